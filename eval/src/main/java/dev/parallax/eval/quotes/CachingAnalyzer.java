package dev.parallax.eval.quotes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.understand.nlp.LanguageAnalyzer;
import dev.parallax.understand.nlp.NlpParagraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A language analyzer that remembers its analyses in a gzipped JSON file, so repeated benchmark runs (tuning)
 * skip the slow NLP. The real analyzer is built only on the first paragraph not in the file. Keys are the
 * paragraph texts; reference dates are not part of the key (the benchmark passes none).
 */
public final class CachingAnalyzer implements LanguageAnalyzer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Supplier<LanguageAnalyzer> factory;
    private final Map<String, NlpParagraph> cache;
    private LanguageAnalyzer analyzer;
    private boolean changed;

    public CachingAnalyzer(Path file, Supplier<LanguageAnalyzer> factory) {
        this.file = Objects.requireNonNull(file, "file");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.cache = Files.exists(file) ? load(file) : new HashMap<>();
    }

    @Override
    public NlpParagraph analyze(String paragraph, LocalDate referenceDate) {
        NlpParagraph hit = cache.get(paragraph);
        if (hit != null) {
            return hit;
        }
        if (analyzer == null) {
            analyzer = factory.get();
        }
        NlpParagraph result = analyzer.analyze(paragraph, referenceDate);
        cache.put(paragraph, result);
        changed = true;
        return result;
    }

    /** Writes the file when anything new was analysed. */
    public void save() {
        if (!changed) {
            return;
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            JSON.writeValue(out, cache);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the analysis cache " + file, e);
        }
        changed = false;
    }

    private static Map<String, NlpParagraph> load(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new HashMap<>(JSON.readValue(in, new TypeReference<Map<String, NlpParagraph>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the analysis cache " + file, e);
        }
    }
}
