package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world person, organisation or place, as resolved across articles and outlets.
 *
 * @param id      stable identifier: a hash of the type and the normalised canonical name (16 hex digits)
 * @param name    the canonical name: the most frequent full form seen ("Alexei Navalny", "World Health Organization")
 * @param type    the kind of entity
 * @param aliases every surface form seen in mentions, as written ("Navalny", "Mr Navalny", "Aleksei Navalny", "WHO"), in first-seen order
 * @param roles   distinct roles and titles written with its mentions ("Foreign Minister", "a government spokeswoman"), in first-seen order
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<String> roles) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
