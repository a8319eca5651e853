package dev.parallax.eval.clustering;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClusteringScoresTest {

    @Test
    void pairwiseAndBcubedMatchAHandComputedExample() {
        ClusteringScores s = ClusteringScores.of(List.of("1", "1", "2", "2", "2"), List.of("A", "A", "A", "B", "B"));

        assertEquals(0.5, s.pairwisePrecision(), 1e-9);
        assertEquals(0.5, s.pairwiseRecall(), 1e-9);
        assertEquals(11.0 / 15, s.bcubedPrecision(), 1e-9);
        assertEquals(11.0 / 15, s.bcubedRecall(), 1e-9);
        assertEquals(11.0 / 15, s.bcubedF1(), 1e-9);
        assertEquals(2, s.predictedClusters());
    }

    @Test
    void allSingletonsHavePerfectBcubedPrecisionAndLowRecall() {
        ClusteringScores s = ClusteringScores.of(List.of("1", "2", "3", "4"), List.of("A", "A", "B", "B"));

        assertEquals(1.0, s.bcubedPrecision(), 1e-9);
        assertEquals(0.5, s.bcubedRecall(), 1e-9);
        assertEquals(0.0, s.pairwiseRecall(), 1e-9);
    }

    @Test
    void listsOfDifferentLengthAreACallerMistake() {
        assertThrows(IllegalArgumentException.class, () -> ClusteringScores.of(List.of("1"), List.of()));
    }
}
