package dev.parallax.cli;

import dev.parallax.ingest.IngestOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** Input paths and limits shared by the commands that read articles. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or directories (recursive): text, HTML, RSS/Atom, WARC, JSON Lines; gzip or not.")
    List<Path> paths;

    @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "32",
            description = "Largest single document read, in MiB (default: ${DEFAULT-VALUE}). WARC and JSON Lines files are streamed and may be larger.")
    int maxDocumentMb;

    IngestOptions ingestOptions() {
        return new IngestOptions(maxDocumentMb * 1024L * 1024L);
    }
}
