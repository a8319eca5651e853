package dev.parallax.cli;

import dev.parallax.pipeline.BatchReport;
import dev.parallax.pipeline.Pipelines;
import dev.parallax.store.sqlite.SqliteArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code parallax ingest}: read articles into the store. Idempotent: the same content twice is stored once. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles into the store (idempotent; near-duplicates are linked, not double-counted).")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        ProgressBar progress = ProgressBar.onStandardError();
        try (SqliteArchive archive = data.open()) {
            BatchReport report = Pipelines.standard(archive, input.ingestOptions()).run(input.paths, progress);
            System.err.println(ProgressBar.summary(report) + " The store " + archive.file() + " holds "
                    + archive.size() + " articles.");
            return AnalyzeCommand.exitCode(report);
        }
    }
}
