package dev.parallax.understand;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.understand.nlp.NlpParagraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The understand stage reads English articles and articles of no stated language, and leaves others alone. */
class ArticleAnnotatorLanguageTest {
    private static Article article(String language, String body) {
        return new Article("a1", "test.html", null, null, "Headline", List.of(), null, language, List.of(),
                List.of(body), List.of(), List.of(), null);
    }

    @Test
    void anArticleInAnotherLanguageIsNotAnalysed() {
        List<String> analysed = new ArrayList<>();
        ArticleAnnotator annotator = new ArticleAnnotator((paragraph, date) -> {
            analysed.add(paragraph);
            return new NlpParagraph(paragraph, List.of());
        });
        AnnotatedArticle german = annotator.annotate(article("de", "Übrigens: Die Daten bleiben hier."));
        assertTrue(analysed.isEmpty(), analysed::toString);
        assertTrue(german.quotes().isEmpty());
        assertTrue(german.mentions().isEmpty());
        assertEquals("Übrigens: Die Daten bleiben hier.", german.article().body().get(0));
        annotator.annotate(article("en-GB", "The bridge closed on Monday."));
        annotator.annotate(article(null, "The bridge reopened on Friday."));
        assertEquals(2, analysed.size());
    }

    @Test
    void englishAndUnstatedLanguagesAreRead() {
        assertTrue(ArticleAnnotator.reads("en"));
        assertTrue(ArticleAnnotator.reads("EN-us"));
        assertTrue(ArticleAnnotator.reads(null));
        assertFalse(ArticleAnnotator.reads("de"));
        assertFalse(ArticleAnnotator.reads("pl"));
    }
}
