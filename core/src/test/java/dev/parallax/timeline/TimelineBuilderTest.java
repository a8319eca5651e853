package dev.parallax.timeline;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.DiffOp;
import dev.parallax.model.Event;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.model.Statement;
import dev.parallax.model.StatementVariant;
import dev.parallax.model.StoryThread;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineBuilderTest {
    private final TimelineBuilder builder = new TimelineBuilder();

    /** An article whose time expressions are given as (phrase, value) pairs, found in the body by text. */
    private static AnnotatedArticle article(String id, LocalDate published, List<String> body, List<Quote> quotes,
                                            String... phraseValues) {
        Article a = new Article(id, id + ".html", "Outlet " + id, null, null, List.of(),
                published == null ? null : PublicationDate.ofDate(published), "en", List.of(), body, List.of(),
                List.of(), null);
        List<TimeExpression> times = new ArrayList<>();
        for (int i = 0; i < phraseValues.length; i += 2) {
            times.add(time(id, body, phraseValues[i], phraseValues[i + 1]));
        }
        return new AnnotatedArticle(a, List.of(), quotes, times);
    }

    private static TimeExpression time(String article, List<String> body, String phrase, String value) {
        for (int p = 0; p < body.size(); p++) {
            int at = body.get(p).indexOf(phrase);
            if (at >= 0) {
                return new TimeExpression(article, phrase, "DATE", value, new Span(p, at, at + phrase.length()));
            }
        }
        throw new IllegalArgumentException(phrase);
    }

    private static Quote quote(String id, String article, List<String> body, int paragraph, String text) {
        int at = body.get(paragraph).indexOf(text);
        return new Quote(id, article, text, "Mirela Dastan", null, "said", true,
                new Span(paragraph, at, at + text.length()));
    }

    private static Statement statement(String id, Quote q, String articleId) {
        return new Statement(id, "e-dastan", "Mirela Dastan", List.of(q.id()), q.id(), "Outlet " + articleId,
                q.id(), List.of(new StatementVariant(q.id(), articleId, "Outlet " + articleId, q.text(),
                List.of(new DiffOp(DiffOp.Kind.EQUAL, q.text())))));
    }

    private final List<String> laterBody = List.of(
            "Anna Vennholt resigned on Thursday after a week of pressure. The ministry named a successor on Saturday.",
            "“This is a completely unacceptable step,” Mirela Dastan said on Friday.");
    private final Quote dastan = quote("b1-q0", "b1", laterBody, 1, "This is a completely unacceptable step");
    private final AnnotatedArticle later = article("b1", LocalDate.of(2024, 5, 6), laterBody, List.of(dastan),
            "on Thursday", "2024-05-02", "on Saturday", "2024-05-04", "on Friday", "2024-05-03");
    private final AnnotatedArticle earlier = article("b2", LocalDate.of(2024, 5, 4), List.of(
                    "The defence minister, Anna Vennholt, resigned on Thursday.",
                    "Parliament will debate the crisis in June, officials said."), List.of(),
            "on Thursday", "2024-05-02", "in June", "2024-06");

    @Test
    void entriesAreOrderedByTheHappeningsDateNotTheArticles() {
        List<TimelineEntry> t = builder.build(List.of(earlier, later),
                List.of(new Event("e1", null, List.of("b2", "b1"), LocalDate.of(2024, 5, 4))), List.of(),
                List.of(statement("s1", dastan, "b1")));
        assertEquals(List.of("2024-05-02", "2024-05-03", "2024-05-04", "2024-06"),
                t.stream().map(TimelineEntry::date).toList());
        assertEquals("The ministry named a successor on Saturday.", t.get(2).text());
        assertEquals("Parliament will debate the crisis in June, officials said.", t.get(3).text());
        assertEquals("e1", t.get(0).event());
        assertNull(t.get(0).thread());
    }

    @Test
    void happeningReportedByTwoArticlesIsOneEntryWithBothArticles() {
        List<TimelineEntry> t = builder.build(List.of(earlier, later),
                List.of(new Event("e1", null, List.of("b2", "b1"), null)), List.of(), List.of());
        TimelineEntry resigned = t.get(0);
        assertEquals("2024-05-02", resigned.date());
        assertEquals("The defence minister, Anna Vennholt, resigned on Thursday.", resigned.text());
        assertEquals("b2", resigned.article());
        assertEquals(List.of("b2", "b1"), resigned.articles());
        assertEquals(3, t.size());
    }

    @Test
    void sameDayReportsInFreerWordsMergeButOtherHappeningsOfThatDayDoNot() {
        AnnotatedArticle one = article("h1", LocalDate.of(2024, 3, 6), List.of(
                "The council approved the harbour budget on Tuesday after a long debate. "
                        + "Police closed the harbour road on Tuesday."), List.of(),
                "on Tuesday after", "2024-03-05", "road on Tuesday", "2024-03-05");
        AnnotatedArticle two = article("h2", LocalDate.of(2024, 3, 6), List.of(
                "On Tuesday the city council finally approved its harbour budget, 31 votes to 12."), List.of(),
                "On Tuesday", "2024-03-05");
        List<TimelineEntry> t = builder.build(List.of(one, two),
                List.of(new Event("e1", null, List.of("h1", "h2"), null)), List.of(), List.of());
        assertEquals(2, t.size());
        assertEquals(List.of("h1", "h2"), t.get(0).articles());
        assertEquals(List.of("h1"), t.get(1).articles());
    }

    @Test
    void statementIsDatedWhenItWasSaidAndItsSentenceIsNoSecondEntry() {
        List<TimelineEntry> t = builder.build(List.of(later),
                List.of(new Event("e1", null, List.of("b1"), null)), List.of(),
                List.of(statement("s1", dastan, "b1")));
        List<TimelineEntry> onFriday = t.stream().filter(e -> e.date().equals("2024-05-03")).toList();
        assertEquals(1, onFriday.size());
        assertEquals("Mirela Dastan: \"This is a completely unacceptable step\"", onFriday.get(0).text());
        assertEquals("s1", onFriday.get(0).statement());
    }

    @Test
    void statementIsDatedByTheTimeNearestItsWordsNotByATermOfOfficeOrAFuturePlan() {
        List<String> body = List.of("Mirela Dastan, mayor since 2019, who had been questioned on Tuesday, said on "
                + "Thursday night that “the bridge stays shut” until the repairs end in June.");
        Quote q = quote("c1-q0", "c1", body, 0, "the bridge stays shut");
        AnnotatedArticle a = article("c1", LocalDate.of(2024, 5, 3), body, List.of(q),
                "since 2019", "2019", "on Tuesday", "2024-04-30", "on Thursday night", "2024-05-02TNI", "in June", "2024-06");
        List<TimelineEntry> t = builder.build(List.of(a), List.of(new Event("e1", null, List.of("c1"),
                LocalDate.of(2024, 5, 3))), List.of(), List.of(statement("s1", q, "c1")));
        TimelineEntry said = t.stream().filter(e -> "s1".equals(e.statement())).findFirst().orElseThrow();
        assertEquals("2024-05-02", said.date().substring(0, 10), t.toString());
    }

    @Test
    void statementWithoutADateInItsSentenceTakesItsArticlesDay() {
        List<String> body = List.of("“We will appeal,” Mirela Dastan told reporters.");
        Quote q = quote("b3-q0", "b3", body, 0, "We will appeal");
        AnnotatedArticle a = article("b3", LocalDate.of(2024, 5, 9), body, List.of(q));
        List<TimelineEntry> t = builder.build(List.of(a), List.of(new Event("e1", null, List.of("b3"), null)),
                List.of(), List.of(statement("s1", q, "b3")));
        assertEquals(List.of("2024-05-09"), t.stream().map(TimelineEntry::date).toList());
    }

    @Test
    void threadMergesItsEventsIntoOneTimelineAndLoneEventsFollowSeparately() {
        AnnotatedArticle ruling = article("c1", LocalDate.of(2024, 7, 2), List.of(
                "The court ruled on Monday that the resignation was lawful."), List.of(), "on Monday", "2024-07-01");
        AnnotatedArticle storm = article("d1", LocalDate.of(2024, 1, 10), List.of(
                "A storm closed the port on Tuesday."), List.of(), "on Tuesday", "2024-01-09");
        List<Event> events = List.of(new Event("e1", null, List.of("c1"), null),
                new Event("e2", null, List.of("d1"), null), new Event("e3", null, List.of("b2"), null));
        List<TimelineEntry> t = builder.build(List.of(ruling, storm, earlier), events,
                List.of(new StoryThread("t1", null, List.of("e1", "e3"))), List.of());
        assertEquals(List.of("2024-05-02", "2024-06", "2024-07-01", "2024-01-09"),
                t.stream().map(TimelineEntry::date).toList());
        assertEquals(List.of("e3", "e3", "e1", "e2"), t.stream().map(TimelineEntry::event).toList());
        assertEquals("t1", t.get(0).thread());
        assertNull(t.get(3).thread());
    }

    @Test
    void vagueAndUnresolvedTimesMakeNoEntryAndArticlesOutsideEventsAreLeftOut() {
        AnnotatedArticle vague = article("v1", LocalDate.of(2024, 5, 6), List.of(
                "The crisis began recently. It will end in the summer. It started on 4 May."), List.of(),
                "recently", "PAST_REF", "in the summer", "2024-SU", "on 4 May", "XXXX-05-04");
        assertEquals(List.of(), builder.build(List.of(vague),
                List.of(new Event("e1", null, List.of("v1"), null)), List.of(), List.of()));
        assertEquals(List.of(), builder.build(List.of(earlier), List.of(), List.of(), List.of()));
    }

    @Test
    void aTimeInARelativeAsideDoesNotDateTheQuote() {
        String p = "It recommended that the figures, which were forecast in January, be released in May.";
        Span january = new Span(0, p.indexOf("January"), p.indexOf("January") + 7);
        Span quote = new Span(0, p.indexOf("the figures"), p.indexOf("the figures") + 11);
        assertTrue(TimelineBuilder.inRelativeAside(p, 0, january, quote));
        // the aside that holds the quote, and a time outside any aside, date it
        Span inside = new Span(0, p.indexOf("were forecast"), p.indexOf("were forecast") + 13);
        assertFalse(TimelineBuilder.inRelativeAside(p, 0, january, inside));
        String plain = "On Monday, the minister said the figures would be released.";
        Span monday = new Span(0, 3, 9);
        assertFalse(TimelineBuilder.inRelativeAside(plain, 0, monday, new Span(0, 28, 58)));
    }
}
