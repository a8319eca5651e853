package dev.parallax.cli;

import dev.parallax.export.ExportDocument;
import dev.parallax.export.JsonExporter;
import dev.parallax.export.MarkdownExporter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an export to a file (atomically: a temporary file renamed into place) or to standard output. */
final class Outputs {
    enum Format { json, markdown }

    private Outputs() {
    }

    static void write(ExportDocument doc, Format format, Path out) {
        try {
            if (out == null) {
                Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                write(doc, format, w);
                w.flush();
                return;
            }
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(doc, format, w);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (out == null ? "standard output" : out) + ": " + e.getMessage(), e);
        }
    }

    private static void write(ExportDocument doc, Format format, Writer w) throws IOException {
        switch (format) {
            case json -> new JsonExporter().write(doc, w);
            case markdown -> new MarkdownExporter().write(doc, w);
        }
    }

    static String generator() {
        return new Parallax.Version().getVersion()[0];
    }
}
