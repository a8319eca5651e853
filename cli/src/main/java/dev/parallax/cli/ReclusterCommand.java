package dev.parallax.cli;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.Pipelines;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.store.sqlite.SqliteArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code parallax recluster}: re-groups every stored article into events and threads in batch, replacing the
 * stored grouping; later {@code analyze} runs place new articles online against it.
 */
@Command(name = "recluster", mixinStandardHelpOptions = true,
        description = {"Re-group every stored article into events and threads in one batch and keep the result.",
                "Batch grouping sees the whole archive at once (document frequencies from all articles, average-link",
                "clustering within the time windows), so articles that arrived over many analyze runs are grouped as",
                "if they had come together; later analyze runs go on from the result. Needs memory in proportion to",
                "the archive.",
                "Run it after a large import, or when analyze says the stored grouping cannot be continued.",
                "Prints a summary; with --out, also the export of the whole archive."})
final class ReclusterCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Mixin
    UnderstandingOptions understanding;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Also write the export of the whole archive here.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json or markdown (default: markdown for a .md --out, else json).")
    Outputs.Format format;

    @Override
    public Integer call() {
        ProgressBar progress = ProgressBar.onStandardError();
        long start = System.nanoTime();
        try (SqliteArchive archive = data.open()) {
            if (archive.size() == 0) {
                System.err.println("parallax: the store in " + data.dir + " holds no articles: nothing to re-group "
                        + "(add some with `parallax ingest` or `parallax analyze`)");
                return Parallax.EXIT_FATAL;
            }
            Pipeline pipeline = Pipelines.standard(archive, IngestOptions.DEFAULTS);
            Analysis analysis = pipeline.recluster(understanding.understanding(), progress);
            long multi = analysis.events().stream().filter(e -> e.articleIds().size() > 1).count();
            System.out.printf(java.util.Locale.ROOT, "Re-grouped %d article(s) into %d event(s) (%d with more than one article) and %d thread(s) "
                            + "in %.1f s.%n", analysis.articles().size(), analysis.events().size(), multi,
                    analysis.threads().size(), (System.nanoTime() - start) / 1e9);
            if (out != null) {
                Outputs.write(Outputs.document(analysis.articles().stream().map(AnnotatedArticle::article).toList(),
                        analysis.problems(), analysis), format, out);
                System.err.println("Wrote " + out + ".");
            }
            return analysis.problems().isEmpty() ? Parallax.EXIT_OK : Parallax.EXIT_SOME_FAILED;
        }
    }
}
