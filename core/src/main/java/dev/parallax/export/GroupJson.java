package dev.parallax.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.group.Explanation;
import dev.parallax.group.Placement;
import dev.parallax.model.Event;
import dev.parallax.model.StoryThread;
import dev.parallax.pipeline.Analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/** The export's {@code events} and {@code threads}, with the explanation of each article's placement. */
final class GroupJson {
    private GroupJson() {
    }

    static void write(Analysis analysis, ObjectNode root) {
        Map<String, Placement> byArticle = new LinkedHashMap<>();
        for (Placement p : analysis.placements()) {
            if (p != null) {
                byArticle.put(p.articleId(), p);
            }
        }
        ArrayNode events = root.putArray("events");
        for (Event e : analysis.events()) {
            ObjectNode o = events.addObject();
            o.put("id", e.id());
            o.put("title", e.title());
            ArrayNode articles = o.putArray("articles");
            e.articleIds().forEach(articles::add);
            o.put("date", e.date() == null ? null : e.date().toString());
            ArrayNode explanations = o.putArray("explanations");
            for (String id : e.articleIds()) {
                Placement p = byArticle.get(id);
                if (p != null && p.eventId().equals(e.id())) {
                    explanations.add(explanation(p));
                }
            }
        }
        ArrayNode threads = root.putArray("threads");
        for (StoryThread t : analysis.threads()) {
            ObjectNode o = threads.addObject();
            o.put("id", t.id());
            o.put("title", t.title());
            ArrayNode ids = o.putArray("events");
            t.eventIds().forEach(ids::add);
        }
    }

    private static ObjectNode explanation(Placement p) {
        Explanation x = p.explanation();
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("article", p.articleId());
        o.put("opened", p.opened());
        o.put("score", round(x.score()));
        o.put("textSimilarity", round(x.textSimilarity()));
        o.put("entityOverlap", round(x.entityOverlap()));
        ArrayNode entities = o.putArray("sharedEntities");
        x.sharedEntities().forEach(entities::add);
        ArrayNode terms = o.putArray("sharedTerms");
        x.sharedTerms().forEach(terms::add);
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
