package dev.parallax.ingest;

import dev.parallax.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads input paths into documents: expands directories (recursively, in a stable order),
 * decompresses gzip, detects each file's format from its content and hands it to the reader for
 * that format. Thread-safe.
 */
public final class Ingestor {

    private final IngestOptions options;

    public Ingestor(IngestOptions options) {
        this.options = options;
    }

    public Ingestor() {
        this(IngestOptions.DEFAULTS);
    }

    /**
     * The files the given paths name, directories expanded recursively and sorted, hidden files
     * skipped. A path that does not exist is reported to {@code problems}.
     */
    public List<Path> expand(List<Path> paths, java.util.function.Consumer<Problem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.accept(new Problem(path.toString(), "unreadable", "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problems.accept(new Problem(path.toString(), "missing", "no such file or directory"));
            }
        }
        return files;
    }

    /** Reads one file into the sink. Never throws: every failure becomes a problem. */
    public void read(Path file, DocumentSink sink) {
        throw new UnsupportedOperationException("format readers arrive with the ingest work");
    }

    public IngestOptions options() {
        return options;
    }
}
