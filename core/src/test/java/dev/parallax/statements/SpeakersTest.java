package dev.parallax.statements;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.resolve.MentionRef;
import dev.parallax.resolve.Resolution;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SpeakersTest {
    private static AnnotatedArticle article(String id, List<Mention> mentions, List<Quote> quotes) {
        Article a = new Article(id, id + ".html", "Outlet", null, null, List.of(), null, "en", List.of(),
                List.of("Body."), List.of(), List.of(), null);
        return new AnnotatedArticle(a, mentions, quotes, List.of());
    }

    private static Mention person(String text) {
        return new Mention(text, EntityType.PERSON, new Span(0, 0, 1), null);
    }

    private static Quote quote(String id, String speaker) {
        return new Quote(id, id.substring(0, 2), "We will appeal", speaker, null, "said", true, new Span(0, 0, 1));
    }

    private final Entity dastan = new Entity("00000000000000d1", "Mirela Dastan", EntityType.PERSON,
            List.of("Mirela Dastan", "Dastan", "Ms Dastan"), List.of());
    private final Entity otherDastan = new Entity("00000000000000d2", "Ilir Dastan", EntityType.PERSON,
            List.of("Ilir Dastan"), List.of());

    @Test
    void speakerNamedByAResolvedMentionOrAliasIsThatEntity() {
        AnnotatedArticle a1 = article("a1", List.of(person("Mirela Dastan")), List.of(quote("a1-q0", "Mirela Dastan")));
        AnnotatedArticle a2 = article("a2", List.of(person("Ms Dastan")), List.of(quote("a2-q0", "ms dastan")));
        Resolution r = new Resolution(List.of(dastan), Map.of(new MentionRef(0, 0), dastan.id(), new MentionRef(1, 0), dastan.id()));
        List<AttributedQuote> q = Speakers.attribute(List.of(a1, a2), r);
        assertEquals(List.of(dastan.id(), dastan.id()), q.stream().map(AttributedQuote::speakerEntity).toList());
        assertEquals("Mirela Dastan", q.get(1).displayName());
        // the quote names the speaker without the honorific its mention has
        Entity peskarev = new Entity("00000000000000p1", "Dmitry Peskarev", EntityType.PERSON,
                List.of("Dmitry Peskarev", "Mr Peskarev"), List.of());
        AnnotatedArticle a3 = article("a3", List.of(person("Mr Peskarev")), List.of(quote("a3-q0", "Peskarev")));
        List<AttributedQuote> bare = Speakers.attribute(List.of(a3),
                new Resolution(List.of(peskarev), Map.of(new MentionRef(0, 0), peskarev.id())));
        assertEquals(peskarev.id(), bare.get(0).speakerEntity());
    }

    @Test
    void ambiguousOrUnknownSpeakerStaysUnresolved() {
        AnnotatedArticle a1 = article("a1", List.of(person("Mirela Dastan"), person("Ilir Dastan")),
                List.of(quote("a1-q0", "Dastan"), quote("a1-q1", "Ana Pelt"), quote("a1-q2", null)));
        Resolution r = new Resolution(List.of(dastan, otherDastan),
                Map.of(new MentionRef(0, 0), dastan.id(), new MentionRef(0, 1), otherDastan.id()));
        List<AttributedQuote> q = Speakers.attribute(List.of(a1), r);
        assertNull(q.get(0).speakerEntity());
        assertNull(q.get(1).speakerEntity());
        assertEquals("Ana Pelt", q.get(1).displayName());
        assertNull(q.get(2).displayName());
        assertThrows(IllegalArgumentException.class, () -> Speakers.attribute(null, r));
    }
    @Test
    void aDescriptionThatIsAnOrganisationsNameIsThatOrganisation() {
        Entity ministry = new Entity("00000000000000e1", "Interior Ministry", EntityType.ORGANIZATION,
                List.of("Interior Ministry"), List.of());
        Entity federation = new Entity("00000000000000e2", "Dockworkers' Federation", EntityType.ORGANIZATION,
                List.of("Dockworkers' Federation"), List.of());
        Mention m0 = new Mention("Interior Ministry", EntityType.ORGANIZATION, new Span(0, 0, 1), null);
        Mention m1 = new Mention("Dockworkers' Federation", EntityType.ORGANIZATION, new Span(0, 0, 1), null);
        AnnotatedArticle a1 = article("a1", List.of(m0, m1), List.of(
                described("a1-q0", "Poland's Interior Ministry"), described("a1-q1", "The Dockworkers' Federation"),
                described("a1-q2", "a ministry spokesman"), described("a1-q3", "the ministry")));
        Resolution r = new Resolution(List.of(ministry, federation),
                Map.of(new MentionRef(0, 0), ministry.id(), new MentionRef(0, 1), federation.id()));
        List<AttributedQuote> q = Speakers.attribute(List.of(a1), r);
        assertEquals(ministry.id(), q.get(0).speakerEntity());
        assertEquals(federation.id(), q.get(1).speakerEntity());
        assertNull(q.get(2).speakerEntity());
        assertNull(q.get(3).speakerEntity());
    }

    private static Quote described(String id, String description) {
        return new Quote(id, id.substring(0, 2), "We will appeal", null, description, "said", false, new Span(0, 0, 1));
    }
}
