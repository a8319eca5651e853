package dev.parallax.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.Article;
import dev.parallax.model.Comment;
import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;
import dev.parallax.model.PublicationDate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleJsonTest {
    static Article sample() {
        return new Article("0123456789abcdef", "samples/courier.txt", "The Courier", "https://courier.test/a",
                "Bridge closed", List.of("Ana Petrova", "Jon Berg"),
                PublicationDate.parseIso("2024-05-03T10:14:00+02:00").orElseThrow(), "en",
                List.of("The bridge is closed to lorries"), List.of("First paragraph.", "Second paragraph."),
                List.of(new Furniture(FurnitureKind.HEADLINE_REPEAT, "Bridge closed"),
                        new Furniture(FurnitureKind.CAPTION, "The bridge at dawn (Photo: Lena Olt/Courier)")),
                List.of(new Comment("riverside_rita", "2024-04-30", "3 days ago", "About time.", null),
                        new Comment("Tomas", null, "2h ago", "@riverside_rita it was fine", "riverside_rita")),
                null);
    }

    @Test
    void exportUsesTheDocumentedCamelCaseFieldNames() {
        ObjectNode o = ArticleJson.toJson(sample());
        List<String> fields = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "source", "outlet", "url", "title", "authors", "published", "publishedEstimated",
                "language", "summary", "body", "removed", "comments", "duplicateOf"), fields);
        assertEquals("headline-repeat", o.get("removed").get(0).get("kind").asText());
        assertEquals("riverside_rita", o.get("comments").get(1).get("replyTo").asText());
        assertTrue(o.get("duplicateOf").isNull());
    }

    @Test
    void roundTripsEveryField() {
        Article a = sample();
        assertEquals(a, ArticleJson.fromJson(ArticleJson.toJson(a)));
    }

    @Test
    void roundTripKeepsEstimatedDates() {
        Article a = sample();
        Article estimated = new Article(a.id(), a.source(), a.outlet(), a.url(), a.title(), a.authors(),
                a.published().asEstimated(), a.language(), a.summary(), a.body(), a.removed(), a.comments(), null);
        assertTrue(ArticleJson.fromJson(ArticleJson.toJson(estimated)).published().estimated());
    }
}
