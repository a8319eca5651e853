package dev.parallax.model;

import java.util.Objects;

/**
 * A mention of a named entity in one article, as written ("Mr Scholz", "Aleksei Navalny").
 *
 * @param role a role or title written with the mention ("the Foreign Minister", "a government spokeswoman"), or null
 */
public record Mention(String text, EntityType type, Span span, String role) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }
}
