package dev.parallax.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.Article;
import dev.parallax.model.Comment;
import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;
import dev.parallax.model.PublicationDate;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that knows the export's field names for an article (see docs/export-format.md
 * and docs/export.schema.json). Used by the exporters and by stores that keep articles as JSON.
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleJson() {
    }

    public static ObjectNode toJson(Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("source", a.source());
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("title", a.title());
        strings(o.putArray("authors"), a.authors());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("publishedEstimated", a.published() != null && a.published().estimated());
        o.put("language", a.language());
        strings(o.putArray("summary"), a.summary());
        strings(o.putArray("body"), a.body());
        ArrayNode removed = o.putArray("removed");
        for (Furniture f : a.removed()) {
            removed.addObject().put("kind", f.kind().exportName()).put("text", f.text());
        }
        ArrayNode comments = o.putArray("comments");
        for (Comment c : a.comments()) {
            comments.addObject()
                    .put("author", c.author())
                    .put("posted", c.posted())
                    .put("postedText", c.postedText())
                    .put("text", c.text())
                    .put("replyTo", c.replyTo());
        }
        o.put("duplicateOf", a.duplicateOf());
        return o;
    }

    public static Article fromJson(JsonNode o) {
        PublicationDate published = PublicationDate.parseIso(text(o, "published"))
                .map(d -> o.path("publishedEstimated").asBoolean(false) ? d.asEstimated() : d)
                .orElse(null);
        List<Furniture> removed = new ArrayList<>();
        for (JsonNode f : o.path("removed")) {
            removed.add(new Furniture(FurnitureKind.fromExportName(f.path("kind").asText()), f.path("text").asText()));
        }
        List<Comment> comments = new ArrayList<>();
        for (JsonNode c : o.path("comments")) {
            comments.add(new Comment(text(c, "author"), text(c, "posted"), text(c, "postedText"),
                    c.path("text").asText(), text(c, "replyTo")));
        }
        return new Article(text(o, "id"), o.path("source").asText(), text(o, "outlet"), text(o, "url"),
                text(o, "title"), strings(o.path("authors")), published, text(o, "language"),
                strings(o.path("summary")), strings(o.path("body")), removed, comments, text(o, "duplicateOf"));
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** The texts of a JSON array (empty when it is missing): shared by the export's readers. */
    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A field's text, or null when it is missing or null: shared by the export's readers. */
    static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
