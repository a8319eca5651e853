package dev.parallax.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityJsonTest {
    private final Entity navalny = new Entity("0123456789abcdef", "Alexei Navalny", EntityType.PERSON,
            List.of("Alexei Navalny", "Navalny", "Mr Navalny"), List.of("the opposition politician"));

    @Test
    void entityWritesItsFiveFields() {
        ObjectNode o = EntityJson.toJson(navalny);
        List<String> fields = new ArrayList<>();
        o.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "name", "type", "aliases", "roles"), fields);
        assertEquals("person", o.path("type").asText());
        assertEquals(3, o.path("aliases").size());
    }

    @Test
    void entityReadsBackEqual() {
        assertEquals(navalny, EntityJson.fromJson(EntityJson.toJson(navalny)));
        Entity bare = new Entity("fedcba9876543210", "WHO", EntityType.ORGANIZATION, List.of(), List.of());
        assertEquals(bare, EntityJson.fromJson(EntityJson.toJson(bare)));
    }

    @Test
    void exportWritesEntitiesAfterArticles() {
        ExportDocument doc = new ExportDocument("parallax test", "2024-05-03T10:00:00Z", List.of(),
                List.of(new Problem("x.html", "empty", ""))).withEntities(List.of(navalny));
        JsonNode root = new JsonExporter().toJson(doc);
        List<String> fields = new ArrayList<>();
        Iterator<String> names = root.fieldNames();
        names.forEachRemaining(fields::add);
        assertEquals(fields.indexOf("articles") + 1, fields.indexOf("entities"));
        assertEquals("Alexei Navalny", root.path("entities").get(0).path("name").asText());
    }

    @Test
    void exportWithoutEntitiesWritesAnEmptyArray() {
        ExportDocument doc = new ExportDocument("parallax test", "2024-05-03T10:00:00Z", List.of(), List.of());
        JsonNode root = new JsonExporter().toJson(doc);
        assertTrue(root.path("entities").isArray());
        assertEquals(0, root.path("entities").size());
        assertEquals(1, doc.withEntities(List.of(navalny)).entities().size());
    }

    @Test
    void markdownListsEntitiesWithAliasesAndRoles() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        new MarkdownExporter().write(new ExportDocument("parallax test", "2024-05-03T10:00:00Z", List.of(),
                List.of()).withEntities(List.of(navalny)), out);
        assertTrue(out.toString().contains("- **Alexei Navalny** (person), also Navalny; Mr Navalny. "
                + "Roles: the opposition politician"), out::toString);
    }
}
