package dev.parallax.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.group.Explanation;

import static dev.parallax.export.ArticleJson.text;
import static dev.parallax.export.ArticleJson.strings;


/**
 * A placement's {@link Explanation} as JSON, whole (unrounded, with the candidate event), for stores that
 * keep placements between runs. The export writes its own rounded form ({@code events[].explanations}).
 */
public final class ExplanationJson {
    private ExplanationJson() {
    }

    public static ObjectNode toJson(Explanation x) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        putScoresAndKeys(o, x, false);
        o.put("candidateEvent", x.candidateEvent());
        return o;
    }

    /**
     * Puts {@code score}, {@code textSimilarity}, {@code entityOverlap}, {@code sharedEntities} and
     * {@code sharedTerms}; {@code rounded} rounds the numbers to three decimals (as the export shows them).
     */
    static void putScoresAndKeys(ObjectNode o, Explanation x, boolean rounded) {
        o.put("score", rounded ? round(x.score()) : x.score());
        o.put("textSimilarity", rounded ? round(x.textSimilarity()) : x.textSimilarity());
        o.put("entityOverlap", rounded ? round(x.entityOverlap()) : x.entityOverlap());
        ArrayNode entities = o.putArray("sharedEntities");
        x.sharedEntities().forEach(entities::add);
        ArrayNode terms = o.putArray("sharedTerms");
        x.sharedTerms().forEach(terms::add);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** The explanation {@link #toJson} wrote. */
    public static Explanation fromJson(JsonNode o) {
        return new Explanation(o.path("score").asDouble(), o.path("textSimilarity").asDouble(),
                o.path("entityOverlap").asDouble(), strings(o.path("sharedEntities")), strings(o.path("sharedTerms")),
                text(o, "candidateEvent"));
    }
}
