package dev.parallax.cli;

import dev.parallax.export.ExportDocument;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Problem;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.BatchReport;
import dev.parallax.pipeline.Pipelines;
import dev.parallax.store.sqlite.SqliteArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parallax analyze}: the main job. Ingests into the store and exports the analysis of the inputs. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Read articles, store them and export the analysis of their stories.",
                "Each article joins the events stored by earlier runs or opens a new one; the export covers the",
                "inputs' articles, then the stored articles of the same events and threads.",
                "Writes JSON (docs/export-format.md) or a Markdown report to --out, or to standard output."})
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    DataOption data;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the export here (default: standard output).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json or markdown (default: markdown for a .md --out, else json).")
    Outputs.Format format;

    @Mixin
    UnderstandingOptions understanding;

    @Override
    public Integer call() {
        ProgressBar progress = ProgressBar.onStandardError();
        try (SqliteArchive archive = data.open()) {
            Pipeline pipeline = Pipelines.standard(archive, input.ingestOptions());
            BatchReport report = pipeline.run(input.paths, progress);
            Analysis analysis = pipeline.analyze(report.articleIds(), understanding.understanding(), progress);
            List<Article> articles = analysis.articles().stream().map(AnnotatedArticle::article).toList();
            List<Problem> problems = new ArrayList<>(report.problems());
            problems.addAll(analysis.problems());
            ExportDocument doc = new ExportDocument(Outputs.generator(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), articles, problems, analysis);
            Outputs.write(doc, format != null ? format : defaultFormat(out), out);
            System.err.println(ProgressBar.summary(report) + (out == null ? "" : " Wrote " + out + "."));
            return exitCode(report);
        }
    }

    static Outputs.Format defaultFormat(Path out) {
        return out != null && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md")
                ? Outputs.Format.markdown : Outputs.Format.json;
    }

    static int exitCode(BatchReport report) {
        if (!report.hasProblems()) {
            return Parallax.EXIT_OK;
        }
        return report.articleIds().isEmpty() ? Parallax.EXIT_FATAL : Parallax.EXIT_SOME_FAILED;
    }
}
