package dev.parallax.cli;

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

    @Mixin
    OutputOptions output;

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
            output.write(Outputs.document(articles, problems, analysis));
            System.err.println(ProgressBar.summary(report) + output.wrote());
            return exitCode(report);
        }
    }

    static int exitCode(BatchReport report) {
        if (!report.hasProblems()) {
            return Parallax.EXIT_OK;
        }
        return report.articleIds().isEmpty() ? Parallax.EXIT_FATAL : Parallax.EXIT_SOME_FAILED;
    }
}
