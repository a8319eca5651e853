package dev.parallax.resolve;

import dev.parallax.model.Entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What resolution found: the entities, in the order they were first mentioned, and the entity each
 * mention names. A mention absent from {@link #mentionEntities()} was left unresolved on purpose:
 * a surname that two people in its article share, an acronym that two organisations share, or a
 * mention of a kind that is not resolved ({@code OTHER}).
 */
public record Resolution(List<Entity> entities, Map<MentionRef, String> mentionEntities) {
    public Resolution {
        entities = List.copyOf(entities);
        mentionEntities = Collections.unmodifiableMap(new LinkedHashMap<>(mentionEntities));
    }

    /** The id of the entity mention {@code mention} of article {@code article} names, if resolved. */
    public Optional<String> entityOf(int article, int mention) {
        return Optional.ofNullable(mentionEntities.get(new MentionRef(article, mention)));
    }

    /** The entity with this id, if any (a linear search: for many look-ups, index {@link #entities()} once). */
    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The entity mention {@code mention} of article {@code article} names, if resolved. */
    public Optional<Entity> entityOfMention(int article, int mention) {
        return entityOf(article, mention).flatMap(this::entity);
    }
}
