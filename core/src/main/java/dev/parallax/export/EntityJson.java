package dev.parallax.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;

import java.util.Locale;

import static dev.parallax.export.ArticleJson.strings;

/**
 * The one place that knows the export's field names for an entity: {@code id}, {@code name},
 * {@code type} ({@code person}, {@code organization}, {@code location}, {@code other}), {@code aliases}
 * and {@code roles} (see docs/export-format.md and docs/export.schema.json).
 */
public final class EntityJson {
    private EntityJson() {
    }

    public static ObjectNode toJson(Entity e) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("id", e.id());
        o.put("name", e.name());
        o.put("type", e.type().exportName());
        ArrayNode aliases = o.putArray("aliases");
        e.aliases().forEach(aliases::add);
        ArrayNode roles = o.putArray("roles");
        e.roles().forEach(roles::add);
        return o;
    }

    /** Reads an entity back; an unknown {@code type} throws IllegalArgumentException. */
    public static Entity fromJson(JsonNode o) {
        return new Entity(o.path("id").asText(), o.path("name").asText(),
                EntityType.valueOf(o.path("type").asText().toUpperCase(Locale.ROOT)),
                strings(o.path("aliases")), strings(o.path("roles")));
    }
}
