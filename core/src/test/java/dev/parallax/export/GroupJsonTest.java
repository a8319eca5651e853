package dev.parallax.export;

import dev.parallax.model.Event;
import dev.parallax.model.Statement;
import dev.parallax.model.StatementVariant;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GroupJsonTest {
    private static Statement statement(String id, String... articles) {
        List<StatementVariant> variants = java.util.Arrays.stream(articles)
                .map(a -> new StatementVariant(a + "-" + id, a, null, "words of " + id, List.of())).toList();
        return new Statement(id, null, "Mirela Dastan", variants.stream().map(StatementVariant::quoteId).toList(),
                variants.get(0).quoteId(), null, variants.get(0).quoteId(), variants);
    }

    @Test
    void aStatementIsSharedByTheMembersOfAnEventThatCarryItWhenTwoOrMoreDo() {
        Event event = new Event("e1", "Bridge closed", List.of("a1", "a2", "a3"), LocalDate.of(2024, 5, 3));
        List<Statement> statements = List.of(
                statement("s1", "a1", "a2"),          // shared by two members
                statement("s2", "a3"),                // one member only
                statement("s3", "a3", "b9"),          // the other carrier is in another event
                statement("s4", "a1", "a2", "a3"));

        Map<String, List<String>> shared = GroupJson.sharedStatements(event, statements);

        assertEquals(Map.of("a1", List.of("s1", "s4"), "a2", List.of("s1", "s4"), "a3", List.of("s4")), shared);
    }
}
