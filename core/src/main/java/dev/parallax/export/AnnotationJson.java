package dev.parallax.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.parallax.export.ArticleJson.text;

/**
 * The one place that names the fields of an article's annotations (mentions, quotes, time
 * expressions), in the export and in stores that keep them as JSON.
 */
public final class AnnotationJson {
    private AnnotationJson() {
    }

    /** The annotations of one article, without the article itself. */
    public static ObjectNode toJson(AnnotatedArticle a) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("article", a.article().id());
        boolean estimated = a.article().published() != null && a.article().published().estimated();
        o.put("publishedEstimate", estimated ? a.article().published().toString() : null);
        ArrayNode mentions = o.putArray("mentions");
        a.mentions().forEach(m -> mentions.add(mention(m)));
        ArrayNode quotes = o.putArray("quotes");
        a.quotes().forEach(q -> quotes.add(quote(q, null)));
        ArrayNode times = o.putArray("timeExpressions");
        a.timeExpressions().forEach(t -> times.add(time(t)));
        return o;
    }

    /** Reads annotations written by {@link #toJson} back onto their article. */
    public static AnnotatedArticle fromJson(Article stored, JsonNode o) {
        Article article = stored.published() != null ? stored
                : PublicationDate.parseIso(text(o, "publishedEstimate"))
                        .map(d -> stored.withPublished(d.asEstimated())).orElse(stored);
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : o.path("mentions")) {
            mentions.add(new Mention(m.path("text").asText(),
                    EntityType.valueOf(m.path("type").asText().toUpperCase(Locale.ROOT)),
                    span(m.path("span")), text(m, "role")));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : o.path("quotes")) {
            quotes.add(new Quote(text(q, "id"), text(q, "article"), q.path("text").asText(), text(q, "speakerName"),
                    text(q, "speakerDescription"), text(q, "cue"), q.path("direct").asBoolean(), span(q.path("span"))));
        }
        List<TimeExpression> times = new ArrayList<>();
        for (JsonNode t : o.path("timeExpressions")) {
            times.add(new TimeExpression(text(t, "article"), t.path("text").asText(), t.path("type").asText(),
                    text(t, "value"), span(t.path("span")), text(t, "mod")));
        }
        return new AnnotatedArticle(article, mentions, quotes, times);
    }

    public static ObjectNode mention(Mention m) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("text", m.text());
        o.put("type", m.type().exportName());
        o.put("role", m.role());
        o.set("span", span(m.span()));
        return o;
    }

    /** A quote as exported; {@code speaker} is the canonical entity id when known. */
    public static ObjectNode quote(Quote q, String speaker) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("id", q.id());
        o.put("article", q.article());
        o.put("text", q.text());
        o.put("speaker", speaker);
        o.put("speakerName", q.speakerName());
        o.put("speakerDescription", q.speakerDescription());
        o.put("cue", q.cue());
        o.put("direct", q.direct());
        o.set("span", span(q.span()));
        return o;
    }

    public static ObjectNode time(TimeExpression t) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("article", t.article());
        o.put("text", t.text());
        o.put("type", t.type());
        o.put("value", t.value());
        if (t.mod() != null) {
            o.put("mod", t.mod());
        }
        o.set("span", span(t.span()));
        return o;
    }

    private static JsonNode span(Span s) {
        if (s == null) {
            return ArticleJson.mapper().nullNode();
        }
        return ArticleJson.mapper().createObjectNode()
                .put("paragraph", s.paragraph()).put("start", s.start()).put("end", s.end());
    }

    private static Span span(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        return new Span(n.path("paragraph").asInt(), n.path("start").asInt(), n.path("end").asInt());
    }

}
