package dev.parallax.cli;

import dev.parallax.export.ExportDocument;
import dev.parallax.export.JsonExporter;
import dev.parallax.export.MarkdownExporter;
import dev.parallax.model.Article;
import dev.parallax.model.Problem;
import dev.parallax.pipeline.Analysis;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Writes an export to a file (atomically: a temporary file renamed into place) or to standard output. */
final class Outputs {
    enum Format { json, markdown }

    private Outputs() {
    }

    /**
     * Writes the export in {@code format}, or when that is null in the format {@code out}'s name asks for:
     * Markdown for a {@code .md} file, else JSON.
     */
    static void write(ExportDocument doc, Format format, Path out) {
        Format chosen = format != null ? format
                : out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")
                ? Format.markdown : Format.json;
        try {
            if (out == null) {
                Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                write(doc, chosen, w);
                w.flush();
                return;
            }
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(doc, chosen, w);
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

    /** An export written now by this program. */
    static ExportDocument document(List<Article> articles, List<Problem> problems, Analysis analysis) {
        return new ExportDocument(new Parallax.Version().getVersion()[0],
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), articles, problems, analysis);
    }
}
