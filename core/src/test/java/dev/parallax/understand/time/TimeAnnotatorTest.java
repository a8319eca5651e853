package dev.parallax.understand.time;

import dev.parallax.model.Article;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.TimeExpression;
import dev.parallax.understand.nlp.NlpParagraph;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TimeAnnotatorTest {
    private static Article article(PublicationDate published, String... body) {
        return new Article("a1", "test.html", null, null, "Headline", List.of(), published, "en", List.of(),
                List.of(body), List.of(), List.of(), null);
    }

    @Test
    void expressionsCarryTheirParagraphAndOffsetsAndResolveAgainstThePublicationDate() {
        Article a = article(PublicationDate.ofDate(LocalDate.of(2024, 5, 3)),
                "The minister resigned on Thursday.",
                "Her successor will be named next week, aides said on Friday.");
        List<TimeExpression> times = TimeAnnotator.rulesOnly().annotate(a);
        assertEquals(3, times.size());
        assertEquals("2024-05-02", times.get(0).value());
        assertEquals(0, times.get(0).span().paragraph());
        assertEquals(1, times.get(1).span().paragraph());
        assertEquals("next week", a.body().get(1).substring(times.get(1).span().start(), times.get(1).span().end()));
        assertEquals("2024-W19", times.get(1).value());
        assertEquals("a1", times.get(2).article());
    }

    @Test
    void anAnalysedParagraphWithNoReferenceDateKeepsItsExpressionsWithValuesOnlyWhereNoneIsNeeded() {
        NlpParagraph p = new NlpParagraph("The hearing, first set for 3 May 2024, was moved on Monday.", List.of());
        List<TimeExpression> times = TimeAnnotator.rulesOnly().annotate("a1", 2, p, null);
        assertEquals(2, times.size(), times::toString);
        assertEquals("2024-05-03", times.get(0).value());
        assertEquals("Monday", p.text().substring(times.get(1).span().start(), times.get(1).span().end()));
        assertNull(times.get(1).value());
        assertEquals(2, times.get(1).span().paragraph());
    }

    @Test
    void neverMatchesAcrossParagraphs() {
        Article a = article(PublicationDate.ofDate(LocalDate.of(2024, 5, 3)), "It ended in May", "2020 was hard.");
        List<TimeExpression> times = TimeAnnotator.rulesOnly().annotate(a);
        assertEquals(2, times.size());
        assertEquals("May", times.get(0).text());
        assertEquals("2020", times.get(1).text());
    }

    @Test
    void undatedArticleIsResolvedAgainstItsEstimatedDate() {
        Article a = article(null, "The plant closed on April 29, 2024.", "Workers protested on Monday.");
        List<TimeExpression> times = TimeAnnotator.rulesOnly().annotate(a);
        assertEquals("2024-04-29", times.get(1).value());
    }

    @Test
    void withoutAnyDateOnlyReferenceFreeValuesAreKept() {
        Article a = article(null, "Workers protested on Monday, as they did in 2019.");
        List<TimeExpression> times = TimeAnnotator.rulesOnly().annotate(a);
        assertEquals(2, times.size());
        assertNull(times.get(0).value());
        assertEquals("2019", times.get(1).value());
    }
    @Test
    void modifiersBecomeTheTimexModWhileTheValueKeepsTheWholePeriod() {
        Article a = article(PublicationDate.ofDate(LocalDate.of(2024, 10, 15)),
                "The talks collapsed early last month and resumed in mid-October.",
                "The blockade lasted more than three weeks; the ferry ran on Monday.");
        List<TimeExpression> times = TimeAnnotator.rulesOnly().annotate(a);
        assertEquals("early last month", times.get(0).text());
        assertEquals("2024-09", times.get(0).value());
        assertEquals("START", times.get(0).mod());
        assertEquals("MID", times.get(1).mod());
        assertEquals("MORE_THAN", times.get(2).mod());
        assertNull(times.get(3).mod(), times.get(3).text());
    }
}
