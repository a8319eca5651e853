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
}
