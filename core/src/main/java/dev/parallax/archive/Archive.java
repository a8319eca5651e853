package dev.parallax.archive;

import dev.parallax.group.Placement;
import dev.parallax.identify.Fingerprint;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where articles are kept. Implementations live outside the core (the {@code store} module);
 * the pipeline sees only this interface.
 *
 * <p>Writes are atomic per call of {@link #putAll}: all of a batch is stored or none of it, so a
 * process killed mid-batch leaves no half-written article. Storing an id already present is a
 * no-op (ingest is idempotent).
 */
public interface Archive extends AutoCloseable {

    /** The article stored with a fingerprint (null when the body was too short to fingerprint). */
    record Entry(Article article, Fingerprint fingerprint) {
    }

    /** Stores the entries whose ids are new, atomically. Returns the ids that were added. */
    Set<String> putAll(Collection<Entry> entries);

    /** Which of these ids are stored already. */
    Set<String> existing(Collection<String> ids);

    /** The id of the earliest stored article whose fingerprint is near this one, if any. */
    Optional<String> nearDuplicateOf(Fingerprint fingerprint);

    Optional<Article> get(String id);

    /**
     * Stores the annotations of stored articles, replacing earlier ones, atomically.
     *
     * @param annotator the annotator's name and version, kept with each so a newer one can redo them
     */
    void putAnnotations(Collection<AnnotatedArticle> annotated, String annotator);

    /** The stored annotations of these articles made by this annotator, by article id. */
    Map<String, AnnotatedArticle> annotations(List<String> ids, String annotator);

    /**
     * A grouping's saved state.
     *
     * @param state    the grouper's state ({@link dev.parallax.group.OnlineGrouper#snapshot})
     * @param revision how many times it was saved; a new state is saved over the revision it was made from
     */
    record GroupingState(byte[] state, long revision) {
    }

    /**
     * The saved state of a grouping, if any. Each grouping has a name (one per way of understanding
     * articles, since entity keys differ between them), and its own state and placements.
     */
    Optional<GroupingState> groupingState(String grouping);

    /**
     * Where these articles went in a grouping, by article id; articles never placed there are absent.
     * Threads are not stored with placements (they change as later events link): {@code threadId} is null.
     */
    Map<String, Placement> placements(String grouping, List<String> articleIds);

    /** The articles placed in an event of a grouping, in order of placement. */
    List<String> eventMembers(String grouping, String eventId);

    /**
     * Saves a grouping's new state with the placements that led to it, atomically: a run killed
     * midway leaves the previous state and placements whole. With {@code replace} (a re-cluster),
     * the grouping's earlier placements are dropped first.
     *
     * @param basedOn the revision of the state the new one was made from (0 when it started afresh)
     * @throws IllegalStateException when another process saved the grouping after {@code basedOn} was
     *                               read; nothing is saved, and the articles stay stored for a new run
     */
    void putGrouping(String grouping, long basedOn, byte[] state, Collection<Placement> placements, boolean replace);

    /** Articles by id, in the order of the ids given; unknown ids are skipped. */
    List<Article> getAll(List<String> ids);

    /** All articles, in the order they were stored. */
    List<Article> all();

    int size();

    @Override
    void close();
}
