package dev.parallax.eval.quotes;

import dev.parallax.understand.nlp.NlpParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CachingAnalyzerTest {
    @TempDir
    Path dir;

    @Test
    void aCacheIsReusedByTheSameAnalyzerAndRefusedByAnother() {
        Path file = dir.resolve("cache.json.gz");
        AtomicInteger built = new AtomicInteger();
        CachingAnalyzer first = new CachingAnalyzer(file, "parallax --nlp full", () -> {
            built.incrementAndGet();
            return (paragraph, date) -> new NlpParagraph(paragraph, List.of());
        });
        first.analyze("The council met on Monday.", null);
        first.save();

        CachingAnalyzer again = new CachingAnalyzer(file, "parallax --nlp full", () -> {
            throw new AssertionError("the cached analysis should be used");
        });
        assertEquals("The council met on Monday.", again.analyze("The council met on Monday.", null).text());
        assertEquals(1, built.get());

        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> new CachingAnalyzer(file, "parallax --nlp fast", () -> null));
        assertTrue(other.getMessage().contains("parallax --nlp full"), other.getMessage());
    }

    @Test
    void aFileThatIsNotANamedCacheIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("old.json.gz");
        Files.write(file, new byte[] {1, 2, 3});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CachingAnalyzer(file, "parallax --nlp fast", () -> null));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
