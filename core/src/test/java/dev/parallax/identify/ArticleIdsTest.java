package dev.parallax.identify;

import dev.parallax.model.Article;
import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ArticleIdsTest {
    static Article article(String source, String outlet, String url, List<String> body, List<Furniture> removed) {
        return new Article(null, source, outlet, url, "Harbour bridge closed to lorries", List.of(), null, "en",
                List.of(), body, removed, List.of(), null);
    }

    @Test
    void sameContentFromAnotherPathGetsTheSameId() {
        Article a = article("in/a.txt", "The Courier", null, FingerprintTest.BODY, List.of());
        Article b = article("elsewhere/copy.txt", "The Courier", null, FingerprintTest.BODY, List.of());
        assertEquals(ArticleIds.idOf(a), ArticleIds.idOf(b));
    }

    @Test
    void furnitureAndWhitespaceDoNotChangeTheId() {
        Article a = article("a.txt", null, "https://www.example-news.test/2024/bridge/", FingerprintTest.BODY, List.of());
        Article b = article("b.txt", null, "http://example-news.test/2024/bridge#comments",
                FingerprintTest.BODY.stream().map(p -> "  " + p.replace(" ", "  ") + "\n").toList(),
                List.of(new Furniture(FurnitureKind.PROMO, "Sign up for our newsletter")));
        assertEquals(ArticleIds.idOf(a), ArticleIds.idOf(b));
    }

    @Test
    void syndicatedCopyAtAnotherOutletGetsItsOwnId() {
        Article original = article("a.txt", "The Courier", null, FingerprintTest.BODY, List.of());
        Article copy = article("b.txt", "Northern Post", null, FingerprintTest.BODY, List.of());
        assertNotEquals(ArticleIds.idOf(original), ArticleIds.idOf(copy));
    }

    @Test
    void idsAreSixteenHexDigits() {
        assertEquals(16, ArticleIds.idOf(article("a.txt", null, null, FingerprintTest.BODY, List.of())).length());
    }
}
