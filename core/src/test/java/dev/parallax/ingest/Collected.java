package dev.parallax.ingest;

import dev.parallax.model.Problem;
import dev.parallax.model.SourceDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/** A sink that keeps what it receives, and fixture helpers for the ingest tests. */
final class Collected implements DocumentSink {
    final List<SourceDocument> documents = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    @Override
    public void accept(SourceDocument document) {
        documents.add(document);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    List<String> reasons() {
        return problems.stream().map(Problem::reason).collect(Collectors.toList());
    }

    List<String> sources() {
        return documents.stream().map(SourceDocument::source).collect(Collectors.toList());
    }

    static Collected read(Path file) {
        return read(new Ingestor(), file);
    }

    static Collected read(Ingestor ingestor, Path file) {
        Collected collected = new Collected();
        ingestor.read(file, collected);
        return collected;
    }

    static byte[] resource(String name) {
        try (InputStream in = Collected.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
