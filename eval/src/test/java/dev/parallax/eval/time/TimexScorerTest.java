package dev.parallax.eval.time;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimexScorerTest {
    @Test
    void overlapIsARelaxedMatchAndOnlyTheExactExtentIsStrict() {
        List<Timex> gold = List.of(new Timex(0, 14, "Sunday evening", "TIME", "2024-05-05TEV"),
                new Timex(20, 24, "2019", "DATE", "2019"));
        List<Timex> system = List.of(new Timex(0, 6, "Sunday", "DATE", "2024-05-05"),
                new Timex(20, 24, "2019", "DATE", "2019"), new Timex(30, 33, "now", "DATE", "PRESENT_REF"));
        TimexScores s = TimexScorer.score(gold, system);
        assertEquals(2, s.relaxedMatches());
        assertEquals(1, s.strictMatches());
        assertEquals(1, s.typeMatches());
        assertEquals(1, s.valueMatches());
        assertEquals(2.0 / 3, s.relaxedPrecision(), 1e-9);
        assertEquals(1.0, s.relaxedRecall(), 1e-9);
        assertEquals(0.5 * s.relaxedF1(), s.valueF1(), 1e-9);
    }

    @Test
    void oneSystemExpressionPairsWithOneGoldExpressionOnly() {
        List<Timex> gold = List.of(new Timex(0, 4, "2009", "DATE", "2009"), new Timex(5, 9, "2010", "DATE", "2010"));
        List<Timex> system = List.of(new Timex(0, 9, "2009-2010", "DURATION", "P1Y"));
        TimexScores s = TimexScorer.score(gold, system);
        assertEquals(1, s.relaxedMatches());
        assertEquals(0.5, s.relaxedRecall(), 1e-9);
    }
}
