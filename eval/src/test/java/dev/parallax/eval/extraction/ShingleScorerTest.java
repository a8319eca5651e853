package dev.parallax.eval.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShingleScorerTest {
    private static final double EPS = 1e-12;

    @Test
    void tokensAreUnicodeWordRunsWithoutLowercasing() {
        assertEquals(List.of("Zürich", "s", "Bürgermeister", "sagte", "3", "Mal", "nein_danke"),
                ShingleScorer.tokens("Zürich's Bürgermeister sagte: «3 Mal» — nein_danke!"));
    }

    @Test
    void combiningMarksSplitTokensAsPythonDoes() {
        // "e" followed by U+0301 COMBINING ACUTE ACCENT: Python's \w does not match the mark
        assertEquals(List.of("cafe", "s"), ShingleScorer.tokens("cafe\u0301s"));
    }

    @Test
    void otherNumbersAndSupplementaryLettersAreWordCharacters() {
        assertEquals(List.of("x²", "\uD835\uDC00b"), ShingleScorer.tokens("x² \uD835\uDC00b"));
    }

    @Test
    void identicalTextsScorePerfectlyAndMatchExactly() {
        ShingleScorer.DocumentMatch m = ShingleScorer.match("The mayor said on Monday that", "The mayor said, on Monday, that");
        assertEquals(1.0, m.tp(), EPS);
        assertEquals(0.0, m.fp(), EPS);
        assertTrue(m.exact());
        assertEquals(1.0, m.precision(), EPS);
        assertEquals(1.0, m.recall(), EPS);
    }

    @Test
    void extraTextCostsPrecisionInNormalisedShingleShares() {
        // truth: a b c d e -> shingles abcd, bcde (2); prediction adds "f": abcd, bcde, cdef (3)
        ShingleScorer.DocumentMatch m = ShingleScorer.match("a b c d e", "a b c d e f");
        assertEquals(2.0 / 3, m.tp(), EPS);
        assertEquals(1.0 / 3, m.fp(), EPS);
        assertEquals(0.0, m.fn(), EPS);
        assertEquals(2.0 / 3, m.precision(), EPS);
        assertEquals(1.0, m.recall(), EPS);
        assertFalse(m.exact());
    }

    @Test
    void repeatedShinglesCountAsAMultiset() {
        // truth has "a b c d" once; prediction twice (a b c d a b c d -> abcd, bcda, cdab, dabc, abcd)
        ShingleScorer.DocumentMatch m = ShingleScorer.match("a b c d", "a b c d a b c d");
        assertEquals(1.0 / 5, m.tp(), EPS);
        assertEquals(4.0 / 5, m.fp(), EPS);
    }

    @Test
    void textShorterThanFourTokensIsOneShingle() {
        // the short truth is the single shingle (Breaking, news); a longer prediction shares nothing with it
        assertEquals(0.0, ShingleScorer.match("Breaking news", "Live: Breaking news").tp(), EPS);
        ShingleScorer.DocumentMatch same = ShingleScorer.match("Breaking news", "Breaking, news.");
        assertEquals(1.0, same.tp(), EPS);
        assertTrue(same.exact());
    }

    @Test
    void emptyPredictionHasNoPrecisionAndZeroRecall() {
        ShingleScorer.DocumentMatch m = ShingleScorer.match("one two three four five", "");
        assertEquals(0.0, m.tp(), EPS);
        assertEquals(0.0, m.fp(), EPS);
        assertEquals(1.0, m.fn(), EPS);
        assertEquals(0.0, m.recall(), EPS);
    }

    @Test
    void emptyPredictionsAreLeftOutOfThePrecisionAverageButNotOutOfRecall() {
        ShingleScorer.Score s = ShingleScorer.score(List.of(
                ShingleScorer.match("a b c d e", "a b c d e f"),   // P 2/3, R 1
                ShingleScorer.match("a b c d e", "")));            // no P, R 0
        assertEquals(2.0 / 3, s.precision(), EPS);
        assertEquals(0.5, s.recall(), EPS);
        assertEquals(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), s.f1(), EPS);
        assertEquals(0.0, s.accuracy(), EPS);
        assertEquals(2, s.documents());
    }

    @Test
    void f1IsTheHarmonicMeanOfAveragesNotTheAverageOfF1s() {
        ShingleScorer.Score s = ShingleScorer.score(List.of(
                ShingleScorer.match("a b c d e", "a b c d e f"),   // P 2/3, R 1
                ShingleScorer.match("a b c d e f", "a b c d e"))); // P 1, R 2/3
        double p = (2.0 / 3 + 1) / 2;
        assertEquals(p, s.precision(), EPS);
        assertEquals(p, s.recall(), EPS);
        assertEquals(p, s.f1(), EPS);
    }

    @Test
    void bothEmptyCountsAsExactButInNeitherAverage() {
        ShingleScorer.Score s = ShingleScorer.score(List.of(ShingleScorer.match("", ""),
                ShingleScorer.match("a b c d", "a b c d")));
        assertEquals(1.0, s.precision(), EPS);
        assertEquals(1.0, s.recall(), EPS);
        assertEquals(1.0, s.accuracy(), EPS);
    }
}
