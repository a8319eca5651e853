package dev.parallax.cli;

import dev.parallax.pipeline.Pipelines;
import dev.parallax.pipeline.Understanding;
import picocli.CommandLine.Option;

/** How articles are understood ({@code --no-nlp}, {@code --workers}), shared by {@code analyze} and {@code recluster}. */
final class UnderstandingOptions {
    @Option(names = "--no-nlp",
            description = "Skip the language models: no entities, quotes or time expressions; stories are grouped on text alone. Much faster.")
    boolean noNlp;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "${sys:parallax.workers:-2}",
            description = "Articles annotated in parallel, one set of language models each (default: ${DEFAULT-VALUE}).")
    int workers;

    Understanding understanding() {
        return noNlp ? Pipelines.textOnly() : Pipelines.languageModels(workers);
    }
}
