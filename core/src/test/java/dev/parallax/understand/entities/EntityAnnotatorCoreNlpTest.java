package dev.parallax.understand.entities;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.resolve.EntityResolver;
import dev.parallax.resolve.Resolution;
import dev.parallax.understand.nlp.CoreNlpAnalyzer;
import dev.parallax.understand.nlp.NlpOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one test that loads CoreNLP (about 20 s): mentions, honorifics and roles found end to end. */
class EntityAnnotatorCoreNlpTest {
    private static AnnotatedArticle annotated;

    @BeforeAll
    static void annotate() {
        Article article = new Article("a1", "test:a1", "Test Outlet", null, "Talks stall", List.of(), null, "en",
                List.of(), List.of(
                "Foreign Minister Ana Petrova said on Tuesday that talks with the rebels had stalled.",
                "\"We are not there yet,\" Petrova, the country's chief negotiator, told reporters in Geneva.",
                "Mr Ramsden, who arrived late, declined to comment. A government spokeswoman, Maria Lenz, said "
                        + "the cabinet would meet on Friday.",
                "The World Health Organization (WHO) warned of a new wave of infections. The ministry said it "
                        + "was prepared, and the WHO promised more vaccines.",
                "Kremlin spokesman Dmitry Peskov and Dmitry Medvedev, the former president, both spoke on state "
                        + "television."),
                List.of(), List.of(), null);
        annotated = new EntityAnnotator(new CoreNlpAnalyzer(NlpOptions.ENTITIES)).annotate(article);
    }

    private static Optional<Mention> mention(String text) {
        return annotated.mentions().stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static String roleOf(String text) {
        return mention(text).orElseThrow(() -> new AssertionError(text + " not found in " + annotated.mentions()))
                .role();
    }

    @Test
    void titlesAndAppositionsAreRoles() {
        assertEquals("Foreign Minister", roleOf("Ana Petrova"));
        assertEquals("the country's chief negotiator", roleOf("Petrova"));
        assertEquals("A government spokeswoman", roleOf("Maria Lenz"));
        assertEquals("Kremlin spokesman", roleOf("Dmitry Peskov"));
        assertEquals("the former president", roleOf("Dmitry Medvedev"));
    }

    @Test
    void honorificIsPartOfTheMention() {
        assertTrue(mention("Mr Ramsden").isPresent(), () -> annotated.mentions().toString());
    }

    @Test
    void descriptionsAreNotMentions() {
        assertTrue(annotated.mentions().stream().noneMatch(m -> m.text().equalsIgnoreCase("ministry")
                || m.text().equalsIgnoreCase("the ministry")));
    }

    @Test
    void resolvedArticleHasOneEntityPerPersonAndOrganisation() {
        Resolution r = new EntityResolver().resolve(List.of(annotated));
        List<String> people = r.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
        assertTrue(people.containsAll(List.of("Ana Petrova", "Maria Lenz", "Dmitry Peskov", "Dmitry Medvedev")),
                people::toString);
        assertEquals(1, people.stream().filter(n -> n.contains("Petrova")).count(), people::toString);
        Entity petrova = r.entities().stream().filter(e -> e.name().equals("Ana Petrova")).findFirst().orElseThrow();
        assertEquals(List.of("Foreign Minister", "the country's chief negotiator"), petrova.roles());
        Entity who = r.entities().stream().filter(e -> e.name().equals("World Health Organization")).findFirst()
                .orElseThrow(() -> new AssertionError(r.entities().toString()));
        assertTrue(who.aliases().contains("WHO"), who::toString);
    }
}
