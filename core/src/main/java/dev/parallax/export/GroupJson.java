package dev.parallax.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.group.Explanation;
import dev.parallax.group.Placement;
import dev.parallax.model.Event;
import dev.parallax.model.Statement;
import dev.parallax.model.StatementVariant;
import dev.parallax.model.StoryThread;
import dev.parallax.pipeline.Analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * The export's {@code events} and {@code threads}, with the explanation of each article's placement: the score,
 * the entities and terms it shares with its event, and the statements it shares with other members.
 */
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
        Map<String, Map<String, List<String>>> sharedByEvent = sharedStatements(analysis.events(), analysis.statements());
        for (Event e : analysis.events()) {
            ObjectNode o = events.addObject();
            o.put("id", e.id());
            o.put("title", e.title());
            ArrayNode articles = o.putArray("articles");
            e.articleIds().forEach(articles::add);
            o.put("date", e.date() == null ? null : e.date().toString());
            ArrayNode explanations = o.putArray("explanations");
            Map<String, List<String>> statements = sharedByEvent.getOrDefault(e.id(), Map.of());
            for (String id : e.articleIds()) {
                Placement p = byArticle.get(id);
                if (p != null && p.eventId().equals(e.id())) {
                    ObjectNode x = explanation(p);
                    ArrayNode shared = x.putArray("sharedStatements");
                    statements.getOrDefault(id, List.of()).forEach(shared::add);
                    explanations.add(x);
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

    /**
     * For each member of an event, the statements it carries that another member carries too (the same thing
     * said, quoted by two articles of the event), in statement order.
     */
    static Map<String, List<String>> sharedStatements(Event event, List<Statement> statements) {
        return sharedStatements(List.of(event), statements).getOrDefault(event.id(), Map.of());
    }

    /** {@link #sharedStatements(Event, List)} for every event at once, by event id, in one pass over the statements. */
    static Map<String, Map<String, List<String>>> sharedStatements(List<Event> events, List<Statement> statements) {
        Map<String, String> eventOf = new HashMap<>();
        for (Event e : events) {
            e.articleIds().forEach(a -> eventOf.put(a, e.id()));
        }
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        for (Statement st : statements) {
            Map<String, Set<String>> carriers = new LinkedHashMap<>();
            for (StatementVariant v : st.variants()) {
                String event = v.articleId() == null ? null : eventOf.get(v.articleId());
                if (event != null) {
                    carriers.computeIfAbsent(event, k -> new LinkedHashSet<>()).add(v.articleId());
                }
            }
            carriers.forEach((event, articles) -> {
                if (articles.size() > 1) {
                    Map<String, List<String>> byArticle = out.computeIfAbsent(event, k -> new LinkedHashMap<>());
                    articles.forEach(a -> byArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(st.id()));
                }
            });
        }
        return out;
    }

    private static ObjectNode explanation(Placement p) {
        Explanation x = p.explanation();
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("article", p.articleId());
        o.put("opened", p.opened());
        ExplanationJson.putScoresAndKeys(o, x, true);
        return o;
    }
}
