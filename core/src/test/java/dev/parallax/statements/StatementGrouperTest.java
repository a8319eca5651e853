package dev.parallax.statements;

import dev.parallax.model.Article;
import dev.parallax.model.DiffOp;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.model.Statement;
import dev.parallax.model.StatementVariant;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementGrouperTest {
    private static final String DASTAN = "e-dastan";
    private static final String KOREN = "e-koren";

    private final StatementGrouper grouper = new StatementGrouper();

    static Article article(String id, String outlet, PublicationDate published) {
        return new Article(id, id + ".html", outlet, null, null, List.of(), published, "en", List.of(),
                List.of("Body."), List.of(), List.of(), null);
    }

    static AttributedQuote quote(Article a, int n, String text, String entity, String name) {
        Quote q = new Quote(a.id() + "-q" + n, a.id(), text, name, null, "said", true, new Span(0, 0, 1));
        return new AttributedQuote(q, a, entity, name);
    }

    private static PublicationDate at(String iso) {
        return PublicationDate.of(OffsetDateTime.parse(iso));
    }

    private final Article harbour = article("a1", "Harbour Times", at("2024-05-03T10:00:00+02:00"));
    private final Article ledger = article("a2", "The Ledger", at("2024-05-03T07:30:00Z"));
    private final Article courier = article("a3", "Valley Courier", PublicationDate.ofDate(LocalDate.of(2024, 5, 4)));

    @Test
    void sameStatementInThreeWordingsFromThreeOutletsIsOneStatement() {
        List<Statement> s = grouper.group(List.of(
                quote(harbour, 0, "This is a completely unacceptable step", DASTAN, "Mirela Dastan"),
                quote(ledger, 0, "an unacceptable step", DASTAN, "Mirela Dastan"),
                quote(courier, 0, "This step is completely unacceptable.", DASTAN, "Mirela Dastan")));
        assertEquals(1, s.size());
        assertEquals(List.of("a1-q0", "a2-q0", "a3-q0"), s.get(0).quoteIds());
        assertEquals(DASTAN, s.get(0).speaker());
        assertEquals("Mirela Dastan", s.get(0).speakerName());
        assertEquals(List.of("Harbour Times", "The Ledger", "Valley Courier"),
                s.get(0).variants().stream().map(StatementVariant::outlet).toList());
    }

    @Test
    void earliestOutletComparesInstantsAcrossOffsets() {
        List<Statement> s = grouper.group(List.of(
                quote(courier, 0, "This is a completely unacceptable step", DASTAN, "Mirela Dastan"),
                quote(harbour, 0, "This is a completely unacceptable step", DASTAN, "Mirela Dastan"),
                quote(ledger, 0, "an unacceptable step", DASTAN, "Mirela Dastan")));
        // 10:00+02:00 is 08:00Z, after the Ledger's 07:30Z; the Courier (a day later) is last.
        assertEquals("a2-q0", s.get(0).earliestQuoteId());
        assertEquals("The Ledger", s.get(0).earliestOutlet());
    }

    @Test
    void undatedArticleIsNeverEarliestAndTiesGoToInputOrder() {
        Article undated = article("a4", "No Date Daily", null);
        Article sameDay = article("a5", "Second Daily", PublicationDate.ofDate(LocalDate.of(2024, 5, 4)));
        List<Statement> s = grouper.group(List.of(
                quote(undated, 0, "We will appeal the ruling", KOREN, "Tomas Koren"),
                quote(courier, 0, "We will appeal the ruling", KOREN, "Tomas Koren"),
                quote(sameDay, 0, "we will appeal this ruling", KOREN, "Tomas Koren")));
        assertEquals(1, s.size());
        assertEquals("Valley Courier", s.get(0).earliestOutlet());
    }

    @Test
    void twoRemarksOfOneSpeakerStayTwo() {
        List<Statement> s = grouper.group(List.of(
                quote(harbour, 0, "This is a completely unacceptable step", DASTAN, "Mirela Dastan"),
                quote(harbour, 1, "The tariffs will hurt our farmers first", DASTAN, "Mirela Dastan"),
                quote(ledger, 0, "The new tariffs will hurt farmers first", DASTAN, "Mirela Dastan"),
                quote(ledger, 1, "an unacceptable step", DASTAN, "Mirela Dastan")));
        assertEquals(2, s.size());
        assertEquals(List.of("a1-q0", "a2-q1"), s.get(0).quoteIds());
        assertEquals(List.of("a1-q1", "a2-q0"), s.get(1).quoteIds());
    }

    @Test
    void sameWordsByTwoSpeakersStayTwo() {
        List<Statement> s = grouper.group(List.of(
                quote(harbour, 0, "This is a completely unacceptable step", DASTAN, "Mirela Dastan"),
                quote(ledger, 0, "This is a completely unacceptable step", KOREN, "Tomas Koren")));
        assertEquals(2, s.size());
    }

    @Test
    void unresolvedSpeakersMatchByNameButIndefiniteSourcesNeverMatch() {
        Quote byName1 = new Quote("a1-q0", "a1", "The bridge will reopen in June", "Ana Pelt", null, "said", true, new Span(0, 0, 1));
        Quote byName2 = new Quote("a2-q0", "a2", "the bridge will reopen in June", "ANA PELT", null, "said", true, new Span(0, 0, 1));
        Quote anon1 = new Quote("a1-q1", "a1", "The minister knew about the leak", null, "a senior official", "said", false, new Span(0, 0, 1));
        Quote anon2 = new Quote("a2-q1", "a2", "The minister knew about the leak", null, "a senior official", "said", false, new Span(0, 0, 1));
        Quote ministry1 = new Quote("a1-q2", "a1", "The border crossing stays closed", null, "the ministry", "said", false, new Span(0, 0, 1));
        Quote ministry2 = new Quote("a2-q2", "a2", "border crossing stays closed", null, "The Ministry", "said", false, new Span(0, 0, 1));
        List<Statement> s = grouper.group(List.of(
                AttributedQuote.unresolved(byName1, harbour), AttributedQuote.unresolved(anon1, harbour),
                AttributedQuote.unresolved(ministry1, harbour), AttributedQuote.unresolved(byName2, ledger),
                AttributedQuote.unresolved(anon2, ledger), AttributedQuote.unresolved(ministry2, ledger)));
        assertEquals(4, s.size());
        assertEquals(List.of("a1-q0", "a2-q0"), s.get(0).quoteIds());
        assertEquals(null, s.get(0).speaker());
        assertEquals("Ana Pelt", s.get(0).speakerName());
        assertEquals(List.of("a1-q2", "a2-q2"), s.get(2).quoteIds());
    }

    @Test
    void twoQuotesOfOneArticleJoinOnlyWhenOneContainsTheOther() {
        List<Statement> s = grouper.group(List.of(
                quote(harbour, 0, "This is a completely unacceptable step by the council", DASTAN, "Mirela Dastan"),
                quote(harbour, 1, "completely unacceptable", DASTAN, "Mirela Dastan"),
                quote(harbour, 2, "This step by the council is unacceptable and reckless", DASTAN, "Mirela Dastan")));
        assertEquals(List.of(List.of("a1-q0", "a1-q1"), List.of("a1-q2")),
                s.stream().map(Statement::quoteIds).toList());
    }

    @Test
    void oneWordExcerptDoesNotChainTwoRemarks() {
        List<Statement> s = grouper.group(List.of(
                quote(harbour, 0, "The vote was unacceptable", DASTAN, "Mirela Dastan"),
                quote(ledger, 0, "unacceptable", DASTAN, "Mirela Dastan"),
                quote(courier, 0, "Closing the hospital is unacceptable", DASTAN, "Mirela Dastan")));
        assertEquals(2, s.size());
        assertEquals(List.of("a1-q0", "a2-q0"), s.get(0).quoteIds());
    }

    @Test
    void negationKeepsRemarksApart() {
        List<Statement> s = grouper.group(List.of(
                quote(harbour, 0, "The agreement is acceptable to us", DASTAN, "Mirela Dastan"),
                quote(ledger, 0, "The agreement is not acceptable to us", DASTAN, "Mirela Dastan"),
                quote(courier, 0, "The agreement is acceptable", DASTAN, "Mirela Dastan")));
        assertEquals(List.of(List.of("a1-q0", "a3-q0"), List.of("a2-q0")),
                s.stream().map(Statement::quoteIds).toList());
        assertEquals(2, grouper.group(List.of(
                quote(harbour, 0, "The new agreement is acceptable to our farmers", DASTAN, "Mirela Dastan"),
                quote(ledger, 0, "The new agreement isn't acceptable to our farmers", DASTAN, "Mirela Dastan"))).size());
    }

    @Test
    void excerptKeepsItsNegations() {
        List<Statement> s = grouper.group(List.of(
                quote(harbour, 0, "We don't like him. We don't want him. We reject his visit.", KOREN, "Tomas Koren"),
                quote(ledger, 0, "We don’t want him. We reject his visit.", KOREN, "Tomas Koren"),
                quote(courier, 0, "We want him", KOREN, "Tomas Koren")));
        assertEquals(List.of(List.of("a1-q0", "a2-q0"), List.of("a3-q0")),
                s.stream().map(Statement::quoteIds).toList());
    }

    @Test
    void spellingVariantsOfATranslationJoin() {
        List<Statement> s = grouper.group(List.of(
                quote(harbour, 0, "The organisation has been paralysed for months", KOREN, "Tomas Koren"),
                quote(ledger, 0, "the organization was paralyzed for months", KOREN, "Tomas Koren")));
        assertEquals(1, s.size());
    }

    @Test
    void diffAgainstTheLongestVariantShowsInsertedAndDeletedWords() {
        List<Statement> s = grouper.group(List.of(
                quote(ledger, 0, "an unacceptable step", DASTAN, "Mirela Dastan"),
                quote(harbour, 0, "This is a completely unacceptable step", DASTAN, "Mirela Dastan")));
        Statement st = s.get(0);
        assertEquals("a1-q0", st.referenceQuoteId());
        assertEquals(List.of(new DiffOp(DiffOp.Kind.DELETE, "This is a completely"),
                        new DiffOp(DiffOp.Kind.INSERT, "an"),
                        new DiffOp(DiffOp.Kind.EQUAL, "unacceptable step")),
                st.variants().get(0).diff());
        assertEquals(List.of(new DiffOp(DiffOp.Kind.EQUAL, "This is a completely unacceptable step")),
                st.variants().get(1).diff());
    }

    @Test
    void groupingIsDeterministic() {
        List<AttributedQuote> in = new ArrayList<>();
        in.add(quote(harbour, 0, "This is a completely unacceptable step", DASTAN, "Mirela Dastan"));
        in.add(quote(ledger, 0, "an unacceptable step", DASTAN, "Mirela Dastan"));
        in.add(quote(courier, 0, "This step is completely unacceptable.", DASTAN, "Mirela Dastan"));
        assertEquals(grouper.group(in), grouper.group(List.copyOf(in)));
        assertTrue(grouper.group(List.of()).isEmpty());
    }
}
