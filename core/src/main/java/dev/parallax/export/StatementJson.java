package dev.parallax.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.DiffOp;
import dev.parallax.model.Statement;
import dev.parallax.model.StatementVariant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.parallax.export.ArticleJson.text;

/**
 * The one place that knows the export's field names for a statement (an element of {@code statements}):
 * {@code id}, {@code speaker}, {@code speakerName}, {@code quotes}, {@code earliest} {@code {quote, outlet}},
 * {@code reference} and {@code variants} {@code [{quote, article, outlet, text, diff: [{op, text}]}]}
 * with {@code op} one of {@code equal}, {@code insert}, {@code delete} (see docs/export-format.md).
 */
public final class StatementJson {
    private StatementJson() {
    }

    public static ObjectNode toJson(Statement s) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("id", s.id());
        o.put("speaker", s.speaker());
        o.put("speakerName", s.speakerName());
        ArrayNode quotes = o.putArray("quotes");
        s.quoteIds().forEach(quotes::add);
        o.putObject("earliest").put("quote", s.earliestQuoteId()).put("outlet", s.earliestOutlet());
        o.put("reference", s.referenceQuoteId());
        ArrayNode variants = o.putArray("variants");
        for (StatementVariant v : s.variants()) {
            ObjectNode vo = variants.addObject();
            vo.put("quote", v.quoteId());
            vo.put("article", v.articleId());
            vo.put("outlet", v.outlet());
            vo.put("text", v.text());
            ArrayNode diff = vo.putArray("diff");
            v.diff().forEach(d -> diff.addObject().put("op", d.kind().exportName()).put("text", d.text()));
        }
        return o;
    }

    /** Reads a statement back; an unknown diff {@code op} throws IllegalArgumentException. */
    public static Statement fromJson(JsonNode o) {
        List<String> quotes = new ArrayList<>();
        o.path("quotes").forEach(n -> quotes.add(n.asText()));
        List<StatementVariant> variants = new ArrayList<>();
        for (JsonNode v : o.path("variants")) {
            List<DiffOp> diff = new ArrayList<>();
            for (JsonNode d : v.path("diff")) {
                diff.add(new DiffOp(DiffOp.Kind.valueOf(d.path("op").asText().toUpperCase(Locale.ROOT)),
                        d.path("text").asText()));
            }
            variants.add(new StatementVariant(text(v, "quote"), text(v, "article"), text(v, "outlet"),
                    v.path("text").asText(), diff));
        }
        JsonNode earliest = o.path("earliest");
        return new Statement(o.path("id").asText(), text(o, "speaker"), text(o, "speakerName"), quotes,
                text(earliest, "quote"), text(earliest, "outlet"), text(o, "reference"), variants);
    }

}
