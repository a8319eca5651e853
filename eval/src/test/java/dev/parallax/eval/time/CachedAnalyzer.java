package dev.parallax.eval.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.understand.nlp.LanguageAnalyzer;
import dev.parallax.understand.nlp.NlpParagraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Supplier;

/** Development aid: keeps analyses on disk so tuning runs do not re-run CoreNLP. */
final class CachedAnalyzer implements LanguageAnalyzer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final Supplier<LanguageAnalyzer> delegate;
    private LanguageAnalyzer loaded;

    CachedAnalyzer(Path dir, Supplier<LanguageAnalyzer> delegate) {
        this.dir = dir;
        this.delegate = delegate;
    }

    @Override
    public NlpParagraph analyze(String paragraph, LocalDate referenceDate) {
        Path file = dir.resolve(key(paragraph + "|" + referenceDate) + ".json");
        try {
            if (Files.exists(file)) {
                return JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), NlpParagraph.class);
            }
            if (loaded == null) {
                loaded = delegate.get();
            }
            NlpParagraph p = loaded.analyze(paragraph, referenceDate);
            Files.createDirectories(dir);
            Files.writeString(file, JSON.writeValueAsString(p), StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
