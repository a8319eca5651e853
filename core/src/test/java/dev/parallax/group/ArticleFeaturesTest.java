package dev.parallax.group;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleFeaturesTest {

    private static Article article(String id, PublicationDate published) {
        return new Article(id, "file:press.html", "Northfield Courier", null, "Schools to get bottled water",
                List.of(), published, "en", List.of(), List.of("Bottled water will be supplied to four schools."),
                List.of(), List.of(), null);
    }

    @Test
    void anEstimatedPublicationDateStaysMarkedEstimated() {
        ArticleFeatures f = ArticleFeatures.of(article("a1", PublicationDate.ofDate(LocalDate.of(2025, 5, 12))
                .asEstimated()));

        assertEquals(LocalDate.of(2025, 5, 12), f.date());
        assertTrue(f.dateEstimated());
        assertTrue(f.entityKeys().isEmpty());
    }

    @Test
    void mentionsBecomeTypedLowerCasedEntityKeys() {
        Mention m = new Mention("Elena  Varga", EntityType.PERSON, new Span(0, 0, 11), "Mayor");
        ArticleFeatures f = ArticleFeatures.of(new AnnotatedArticle(article("a2", null), List.of(m), List.of(),
                List.of()));

        assertEquals(List.of("person:elena varga"), f.entityKeys());
    }

    @Test
    void anArticleWithoutIdIsACallerMistake() {
        assertThrows(IllegalArgumentException.class, () -> ArticleFeatures.of(article(null, null)));
    }
}
