package dev.parallax.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.TimelineEntry;

import java.util.ArrayList;
import java.util.List;

import static dev.parallax.export.ArticleJson.text;

/**
 * The one place that knows the export's field names for a timeline entry (an element of {@code timeline}):
 * {@code date}, {@code text}, {@code article} (the first reporting article), {@code articles} (all of them),
 * {@code event}, {@code thread} and {@code statement} (see docs/export-format.md).
 */
public final class TimelineJson {
    private TimelineJson() {
    }

    public static ObjectNode toJson(TimelineEntry e) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("date", e.date());
        o.put("text", e.text());
        o.put("article", e.article());
        ArrayNode articles = o.putArray("articles");
        e.articles().forEach(articles::add);
        o.put("event", e.event());
        o.put("thread", e.thread());
        o.put("statement", e.statement());
        return o;
    }

    public static TimelineEntry fromJson(JsonNode o) {
        List<String> articles = new ArrayList<>();
        o.path("articles").forEach(n -> articles.add(n.asText()));
        return new TimelineEntry(o.path("date").asText(), o.path("text").asText(), text(o, "article"),
                articles, text(o, "event"), text(o, "thread"),
                text(o, "statement"));
    }
}
