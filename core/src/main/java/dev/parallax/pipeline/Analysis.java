package dev.parallax.pipeline;

import dev.parallax.group.Placement;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.Problem;
import dev.parallax.model.Statement;
import dev.parallax.model.TimelineEntry;
import dev.parallax.model.StoryThread;

import java.util.List;
import java.util.Map;

/**
 * What the stages after storage made of a batch: the annotated articles, the canonical entities
 * (with each quote's speaker entity), the events and threads with each article's placement.
 *
 * @param articles      annotated articles: the batch's, in batch order, then stored articles of the same
 *                      events and threads ({@link Pipeline#analyze}), or every stored one ({@link Pipeline#recluster})
 * @param entities      canonical entities across the batch
 * @param quoteSpeakers quote id → speaker entity id, for quotes whose speaker resolved to an entity
 * @param events        events, in order of opening
 * @param threads       story threads linking two or more events
 * @param placements    each article's placement and its explanation, in the order of {@code articles}
 * @param statements    quotes grouped into statements across outlets
 * @param timeline      dated happenings of each story, in the order they happened
 * @param problems      articles a stage could not handle (they are kept, with empty annotations)
 */
public record Analysis(List<AnnotatedArticle> articles, List<Entity> entities, Map<String, String> quoteSpeakers,
                       List<Event> events, List<StoryThread> threads, List<Placement> placements,
                       List<Statement> statements, List<TimelineEntry> timeline, List<Problem> problems) {
    /** No analysis: an export of clean articles only. */
    public static final Analysis EMPTY = new Analysis(List.of(), List.of(), Map.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    public Analysis {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        quoteSpeakers = Map.copyOf(quoteSpeakers);
        events = List.copyOf(events);
        threads = List.copyOf(threads);
        placements = List.copyOf(placements);
        statements = List.copyOf(statements);
        timeline = List.copyOf(timeline);
        problems = List.copyOf(problems);
    }
}
