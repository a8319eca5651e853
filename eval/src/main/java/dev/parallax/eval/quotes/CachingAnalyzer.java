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
 *
 * <p>The file names the analyzer that made it ({@code {"analyzer": …, "paragraphs": {…}}}), and a file made by
 * another analyzer (another preset) is refused: reusing it would report that analyzer's figures under this one's
 * name.
 */
public final class CachingAnalyzer implements LanguageAnalyzer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String analyzerName;
    private final Supplier<LanguageAnalyzer> factory;
    private final Map<String, NlpParagraph> cache;
    private LanguageAnalyzer analyzer;
    private boolean changed;

    /**
     * @param analyzerName names the analyzer and its settings (such as the preset); kept in the file
     * @throws IllegalArgumentException when the file was made by another analyzer, or names none
     */
    public CachingAnalyzer(Path file, String analyzerName, Supplier<LanguageAnalyzer> factory) {
        this.file = Objects.requireNonNull(file, "file");
        this.analyzerName = Objects.requireNonNull(analyzerName, "analyzerName");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.cache = Files.exists(file) ? load(file, analyzerName) : new HashMap<>();
    }

    /** What the file holds. */
    private record CacheFile(String analyzer, Map<String, NlpParagraph> paragraphs) {
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
            JSON.writeValue(out, new CacheFile(analyzerName, cache));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the analysis cache " + file, e);
        }
        changed = false;
    }

    private static Map<String, NlpParagraph> load(Path file, String analyzerName) {
        CacheFile read;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            read = JSON.readValue(in, CacheFile.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the analysis cache " + file + " (" + e.getMessage()
                    + "); delete it or pass another --analysis-cache", e);
        }
        if (!analyzerName.equals(read.analyzer()) || read.paragraphs() == null) {
            throw new IllegalArgumentException("the analysis cache " + file + " was made by "
                    + (read.analyzer() == null ? "an unnamed analyzer" : read.analyzer()) + ", not " + analyzerName
                    + ": pass another --analysis-cache file (one per preset)");
        }
        return new HashMap<>(read.paragraphs());
    }
}
