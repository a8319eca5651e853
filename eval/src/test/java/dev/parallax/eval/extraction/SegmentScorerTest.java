package dev.parallax.eval.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmentScorerTest {
    private static final List<String> WITH = List.of("The council voted 7 to 2", "after a long   debate");
    private static final List<String> WITHOUT = List.of("Subscribe now", "Related stories");

    @Test
    void segmentFoundIsTruePositiveAndBoilerplateAbsentIsTrueNegative() {
        SegmentScorer.Counts c = SegmentScorer.count(WITH, WITHOUT,
                "The council voted 7 to 2\nafter a long debate on Tuesday.");
        assertEquals(new SegmentScorer.Counts(2, 0, 0, 2), c);
    }

    @Test
    void whitespaceRunsIncludingNoBreakSpaceAreNormalisedOnBothSides() {
        SegmentScorer.Counts c = SegmentScorer.count(List.of("The council voted 7 to 2"), List.of(),
                "The\u00a0council \n voted 7\tto 2");
        assertEquals(1, c.tp());
    }

    @Test
    void caseIsNotFolded() {
        assertEquals(0, SegmentScorer.count(List.of("The council voted"), List.of(), "the council voted").tp());
    }

    @Test
    void boilerplateFoundIsFalsePositiveAndMissingSegmentIsFalseNegative() {
        SegmentScorer.Counts c = SegmentScorer.count(WITH, WITHOUT, "The council voted 7 to 2. Related stories");
        assertEquals(new SegmentScorer.Counts(1, 1, 1, 1), c);
    }

    @Test
    void failedExtractionMissesEverythingAndFindsNoBoilerplate() {
        assertEquals(new SegmentScorer.Counts(0, 0, 2, 2), SegmentScorer.count(WITH, WITHOUT, null));
        assertEquals(new SegmentScorer.Counts(0, 0, 2, 2), SegmentScorer.count(WITH, WITHOUT, ""));
    }

    @Test
    void scoresComeFromSummedCounts() {
        SegmentScorer.Counts c = new SegmentScorer.Counts(1, 1, 1, 1).plus(new SegmentScorer.Counts(2, 0, 0, 2));
        assertEquals(new SegmentScorer.Counts(3, 1, 1, 3), c);
        assertEquals(0.75, c.precision(), 1e-12);
        assertEquals(0.75, c.recall(), 1e-12);
        assertEquals(0.75, c.accuracy(), 1e-12);
        assertEquals(0.75, c.f1(), 1e-12);
        assertEquals(0.0, SegmentScorer.Counts.ZERO.f1(), 1e-12);
    }

    @Test
    void missingAndPresentNameTheSegmentsBehindTheCounts() {
        String result = "The council voted 7 to 2. Related stories";
        assertEquals(List.of("after a long   debate"), SegmentScorer.missing(WITH, result));
        assertEquals(List.of("Related stories"), SegmentScorer.present(WITHOUT, result));
        assertEquals(WITH, SegmentScorer.missing(WITH, null));
        assertEquals(List.of(), SegmentScorer.present(WITHOUT, null));
    }
}
