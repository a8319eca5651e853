package dev.parallax.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineJsonTest {
    static final TimelineEntry ENTRY = new TimelineEntry("2024-05-02", "Anna Vennholt resigned on Thursday.", "b2",
            List.of("b2", "b1"), "e1", "t1", null);

    @Test
    void entryWritesFirstArticleAndAllArticles() {
        ObjectNode o = TimelineJson.toJson(ENTRY);
        List<String> fields = new ArrayList<>();
        o.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("date", "text", "article", "articles", "event", "thread", "statement"), fields);
        assertEquals("b2", o.path("article").asText());
        assertEquals(2, o.path("articles").size());
        assertTrue(o.path("statement").isNull());
    }

    @Test
    void entryReadsBackEqual() {
        assertEquals(ENTRY, TimelineJson.fromJson(TimelineJson.toJson(ENTRY)));
        TimelineEntry said = new TimelineEntry("2024-W18", "Mirela Dastan: \"We will appeal\"", "b3", List.of("b3"),
                "e2", null, "s4");
        assertEquals(said, TimelineJson.fromJson(TimelineJson.toJson(said)));
    }
}
