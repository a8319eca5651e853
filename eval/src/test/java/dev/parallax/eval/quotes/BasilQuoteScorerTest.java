package dev.parallax.eval.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BasilQuoteScorerTest {
    private static final String TEXT = "\u201cIt was a sham,\u201d said Felipe Calderón, and the rest is history.";

    private static CharSpans span(String part) {
        int at = TEXT.indexOf(part);
        return new CharSpans(TEXT, List.<int[]>of(new int[] {at, at + part.length()}));
    }

    @Test
    void namedSpeakersAreTheLastWordOfPeopleAndOrganisationsButNotGroups() {
        assertEquals("trump", BasilQuoteScorer.namedSpeaker("Donald_Trump_Jr."));
        assertEquals("ocasio-cortez", BasilQuoteScorer.namedSpeaker("Alexandria_Ocasio-Cortez"));
        assertEquals("naacp", BasilQuoteScorer.namedSpeaker("NAACP"));
        assertNull(BasilQuoteScorer.namedSpeaker("House_Democrats"));
        assertNull(BasilQuoteScorer.namedSpeaker("Democratic_lawmakers"));
        assertNull(BasilQuoteScorer.namedSpeaker("other_anti"));
        assertNull(BasilQuoteScorer.namedSpeaker(""));
    }

    @Test
    void aSpanIsFoundWhenOnePredictionCoversHalfOfItAndTheSpeakerByTheLabelsLastWord() {
        BasilQuoteArticle article = new BasilQuoteArticle("a", "nyt", TEXT, List.of(
                new BasilQuoteArticle.Quote(span("a sham"), "Felipe_Calder"),
                new BasilQuoteArticle.Quote(span("rest is history"), "other_pro")));
        // the cut-short label "Calder" matches "Calderón"; the second span is not covered at all
        Attribution right = new Attribution(span("It was a sham,"), span("Felipe Calderón"), "Felipe Calderón");
        BasilQuoteScorer.Counts c = BasilQuoteScorer.score(article, List.of(right), null);
        assertEquals(new BasilQuoteScorer.Counts(2, 1, 1, 1, 1), c);
        assertEquals(0.5, c.recall());
        Attribution wrong = new Attribution(span("It was a sham,"), null, "Vicente Fox");
        StringBuilder log = new StringBuilder();
        assertEquals(new BasilQuoteScorer.Counts(2, 1, 1, 1, 0),
                BasilQuoteScorer.score(article, List.of(wrong), log));
        assertTrue(log.toString().contains("SPK"), log::toString);
        assertTrue(log.toString().contains("FN  [other_pro] rest is history"), log::toString);
        // a prediction covering less than half of the span does not find it
        Attribution partial = new Attribution(span("rest"), null, null);
        assertEquals(0, BasilQuoteScorer.score(article, List.of(partial), null).found());
    }

    @Test
    void theSpeakerIsReadFromTheMentionWhenNoNameWasResolved() {
        Attribution mentionOnly = new Attribution(span("It was a sham,"), span("Felipe Calderón"), null);
        assertTrue(BasilQuoteScorer.speakerRight("calder", mentionOnly));
        assertFalse(BasilQuoteScorer.speakerRight("fox", mentionOnly));
    }
}
