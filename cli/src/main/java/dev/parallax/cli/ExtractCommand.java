package dev.parallax.cli;

import dev.parallax.clean.CleanResult;
import dev.parallax.ingest.DocumentSink;
import dev.parallax.ingest.Ingestor;
import dev.parallax.model.Article;
import dev.parallax.model.Problem;
import dev.parallax.model.SourceDocument;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parallax extract}: the clean stage alone, no store and no NLP; writes the export's articles. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract clean articles (body, furniture, comments) without storing or analysing them.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Ingestor ingestor = new Ingestor(input.ingestOptions());
        Pipeline cleanOnly = new Pipeline(ingestor, Pipelines.standardCleaner(), NoArchive.INSTANCE);
        ProgressBar progress = ProgressBar.onStandardError();
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        DocumentSink sink = new DocumentSink() {
            @Override
            public void accept(SourceDocument document) {
                CleanResult result = cleanOnly.clean(document);
                if (result instanceof CleanResult.Cleaned c) {
                    articles.add(c.article());
                } else {
                    problem(((CleanResult.Rejected) result).problem());
                }
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
                progress.problem(problem);
            }
        };
        List<Path> files = ingestor.expand(input.paths, sink::problem);
        progress.started(files.size());
        for (Path file : files) {
            int before = articles.size();
            ingestor.read(file, sink);
            progress.fileDone(file, articles.size() - before);
        }
        progress.finished(null);
        output.write(Outputs.document(articles, problems, Analysis.EMPTY));
        System.err.println("Extracted " + articles.size() + " article" + (articles.size() == 1 ? "" : "s")
                + " from " + files.size() + " file" + (files.size() == 1 ? "" : "s")
                + (problems.isEmpty() ? "" : "; " + problems.size() + " failed") + ".");
        if (problems.isEmpty()) {
            return Parallax.EXIT_OK;
        }
        return articles.isEmpty() ? Parallax.EXIT_FATAL : Parallax.EXIT_SOME_FAILED;
    }
}
