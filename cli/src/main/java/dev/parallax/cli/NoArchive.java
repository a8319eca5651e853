package dev.parallax.cli;

import dev.parallax.archive.Archive;
import dev.parallax.group.Placement;
import dev.parallax.identify.Fingerprint;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An archive that keeps nothing, for commands that run the clean stage alone. */
enum NoArchive implements Archive {
    INSTANCE;

    @Override
    public Set<String> putAll(Collection<Entry> entries) {
        return Set.of();
    }

    @Override
    public Set<String> existing(Collection<String> ids) {
        return Set.of();
    }

    @Override
    public Optional<String> nearDuplicateOf(Fingerprint fingerprint) {
        return Optional.empty();
    }

    @Override
    public Optional<Article> get(String id) {
        return Optional.empty();
    }

    @Override
    public void putAnnotations(Collection<AnnotatedArticle> annotated, String annotator) {
    }

    @Override
    public Map<String, AnnotatedArticle> annotations(List<String> ids, String annotator) {
        return Map.of();
    }

    @Override
    public Optional<GroupingState> groupingState(String grouping) {
        return Optional.empty();
    }

    @Override
    public Map<String, Placement> placements(String grouping, List<String> articleIds) {
        return Map.of();
    }

    @Override
    public List<String> eventMembers(String grouping, String eventId) {
        return List.of();
    }

    @Override
    public void putGrouping(String grouping, long basedOn, byte[] state, Collection<Placement> placements, boolean replace) {
    }

    @Override
    public List<Article> getAll(List<String> ids) {
        return List.of();
    }

    @Override
    public List<Article> all() {
        return List.of();
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public void close() {
    }
}
