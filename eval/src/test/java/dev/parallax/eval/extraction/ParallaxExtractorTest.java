package dev.parallax.eval.extraction;

import dev.parallax.clean.CleanResult;
import dev.parallax.model.Article;
import dev.parallax.model.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParallaxExtractorTest {
    private static Article article(List<String> body) {
        return new Article(null, "page", null, null, null, List.of(), null, null, List.of(), body, List.of(),
                List.of(), null);
    }

    @Test
    void bodyParagraphsAreJoinedWithOneNewlineAndTheUrlIsPassedAsAHint() {
        AtomicReference<String> seenUrl = new AtomicReference<>();
        ParallaxExtractor extractor = new ParallaxExtractor(doc -> {
            assertEquals(ContentType.HTML, doc.type());
            seenUrl.set(doc.hints().url());
            return CleanResult.cleaned(article(List.of("First paragraph.", "Second paragraph.")));
        });
        assertEquals("First paragraph.\nSecond paragraph.", extractor.extract("<p>x</p>", "https://news.example/a"));
        assertEquals("https://news.example/a", seenUrl.get());
    }

    @Test
    void aRejectedPageIsEmptyText() {
        ParallaxExtractor extractor = new ParallaxExtractor(doc -> CleanResult.rejected(doc.source(), "no-article", "none"));
        assertEquals("", extractor.extract("<nav>Menu</nav>", null));
    }

    @Test
    void unknownUrlGivesNoUrlHint() {
        AtomicReference<String> seenUrl = new AtomicReference<>("unset");
        new ParallaxExtractor(doc -> {
            seenUrl.set(doc.hints().url());
            return CleanResult.cleaned(article(List.of()));
        }).extract("<p>x</p>", null);
        assertNull(seenUrl.get());
    }

    @Test
    void aMissingCleanerIsACallerMistake() {
        assertThrows(IllegalArgumentException.class, () -> new ParallaxExtractor(null));
    }
}
