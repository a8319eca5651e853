package dev.parallax.statements;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteSimilarityTest {
    private static double score(String a, String b) {
        return QuoteSimilarity.score(Wording.of(a), Wording.of(b));
    }

    @Test
    void excerptInsideALongerQuoteMatchesFully() {
        assertEquals(1.0, score("an unacceptable step", "This is a completely unacceptable step"));
    }

    @Test
    void reorderedParaphraseMatchesByStemOverlap() {
        assertTrue(score("This step is completely unacceptable", "This is a completely unacceptable step") >= QuoteSimilarity.PARAPHRASE);
    }

    @Test
    void twoRemarksOnOneTopicDoNotMatch() {
        assertTrue(score("We will not accept these tariffs", "The tariffs will hurt our farmers") < 0);
        assertTrue(score("The talks were constructive", "The talks failed") < 0);
    }

    @Test
    void affirmingWhatTheOtherNegatesNeverMatches() {
        assertTrue(score("The new agreement is acceptable to our farmers",
                "The new agreement is not acceptable to our farmers") < 0);
    }

    @Test
    void quoteOfOnlyFunctionWordsMatchesNothing() {
        assertTrue(score("It is what it is", "It is what it is") < 0);
        assertFalse(QuoteSimilarity.contains(Wording.of("and so on"), Wording.of("and so on")));
    }

    @Test
    void aReportedStatementQuotingAPhraseOfTheRemarkIsAnExcerptOfIt() {
        assertTrue(score("the company \u201Cgot this wrong.\u201D",
                "We got this wrong, and I apologize to every one of our members.") >= QuoteSimilarity.EXCERPT);
        assertTrue(score("the company \"got this wrong\"", "We got it right and owe nobody an apology") < 0,
                "the quoted words must appear, in order, in the other");
        assertTrue(score("the ministry called the bill \u201Cdead\u201D", "The talks are dead, and we are leaving.") < 0,
                "one quoted word is too little");
        assertTrue(Wording.of("\u201CWe got this wrong.\u201D").quotedStems().isEmpty(), "all quotation");
    }
}
