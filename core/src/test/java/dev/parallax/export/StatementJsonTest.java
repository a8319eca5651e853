package dev.parallax.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.DiffOp;
import dev.parallax.model.Statement;
import dev.parallax.model.StatementVariant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementJsonTest {
    static final Statement STATEMENT = new Statement("s1", "0123456789abcdef", "Mirela Dastan",
            List.of("a1-q0", "a2-q0"), "a2-q0", "The Ledger", "a1-q0", List.of(
            new StatementVariant("a1-q0", "a1", "Harbour Times", "This is a completely unacceptable step",
                    List.of(new DiffOp(DiffOp.Kind.EQUAL, "This is a completely unacceptable step"))),
            new StatementVariant("a2-q0", "a2", null, "an unacceptable step", List.of(
                    new DiffOp(DiffOp.Kind.DELETE, "This is a completely"), new DiffOp(DiffOp.Kind.INSERT, "an"),
                    new DiffOp(DiffOp.Kind.EQUAL, "unacceptable step")))));

    @Test
    void statementWritesItsFieldsInOrderWithDiffOpsInLowerCase() {
        ObjectNode o = StatementJson.toJson(STATEMENT);
        List<String> fields = new ArrayList<>();
        o.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "speaker", "speakerName", "quotes", "earliest", "reference", "variants"), fields);
        assertEquals("The Ledger", o.path("earliest").path("outlet").asText());
        assertEquals("a2-q0", o.path("earliest").path("quote").asText());
        assertEquals("delete", o.path("variants").get(1).path("diff").get(0).path("op").asText());
        assertTrue(o.path("variants").get(1).path("outlet").isNull());
    }

    @Test
    void statementReadsBackEqual() {
        assertEquals(STATEMENT, StatementJson.fromJson(StatementJson.toJson(STATEMENT)));
        Statement unresolved = new Statement("s2", null, null, List.of("a3-q1"), "a3-q1", null, "a3-q1", List.of(
                new StatementVariant("a3-q1", "a3", null, "no comment", List.of(new DiffOp(DiffOp.Kind.EQUAL, "no comment")))));
        assertEquals(unresolved, StatementJson.fromJson(StatementJson.toJson(unresolved)));
    }

    @Test
    void unknownDiffOpIsRejected() {
        ObjectNode o = StatementJson.toJson(STATEMENT);
        ((ObjectNode) o.path("variants").get(0).path("diff").get(0)).put("op", "move");
        assertThrows(IllegalArgumentException.class, () -> StatementJson.fromJson(o));
    }
}
