package dev.parallax.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.group.Explanation;

import java.util.ArrayList;
import java.util.List;

/**
 * A placement's {@link Explanation} as JSON, whole (unrounded, with the candidate event), for stores that
 * keep placements between runs. The export writes its own rounded form ({@code events[].explanations}).
 */
public final class ExplanationJson {
    private ExplanationJson() {
    }

    public static ObjectNode toJson(Explanation x) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("score", x.score());
        o.put("textSimilarity", x.textSimilarity());
        o.put("entityOverlap", x.entityOverlap());
        ArrayNode entities = o.putArray("sharedEntities");
        x.sharedEntities().forEach(entities::add);
        ArrayNode terms = o.putArray("sharedTerms");
        x.sharedTerms().forEach(terms::add);
        o.put("candidateEvent", x.candidateEvent());
        return o;
    }

    /** The explanation {@link #toJson} wrote. */
    public static Explanation fromJson(JsonNode o) {
        return new Explanation(o.path("score").asDouble(), o.path("textSimilarity").asDouble(),
                o.path("entityOverlap").asDouble(), strings(o.path("sharedEntities")), strings(o.path("sharedTerms")),
                o.hasNonNull("candidateEvent") ? o.get("candidateEvent").asText() : null);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
