package dev.parallax.eval.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThroughputTest {
    private static final List<Throughput.Page> PAGES = List.of(
            new Throughput.Page("<p>Council votes on the new bridge</p>", "https://example.org/a"),
            new Throughput.Page("<p>broken</p>", null));

    @Test
    void passCountsPagesOnWhichTheExtractorThrowsAndKeepsGoing() {
        Throughput.Pass pass = Throughput.pass((html, url) -> {
            if (url == null) {
                throw new IllegalStateException("no url");
            }
            return "Council votes";
        }, PAGES);
        assertEquals(1, pass.failures());
        assertEquals("Council votes".length(), pass.characters());
        assertTrue(pass.wallPagesPerSecond() > 0);
        assertTrue(pass.cpuPagesPerSecond() > 0);
    }

    @Test
    void medianIsTheMiddlePassOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(20.0, Throughput.median(List.of(30.0, 10.0, 20.0)));
        assertEquals(25.0, Throughput.median(List.of(40.0, 10.0, 20.0, 30.0)));
        assertEquals(0.0, Throughput.median(List.of()));
    }

    @Test
    void measurementTakesMediansOfEachClockAndTheLastPassFailures() {
        Throughput.Measurement m = new Throughput.Measurement("t", "v", List.of(
                new Throughput.Pass(10, 30, 1, 0), new Throughput.Pass(30, 50, 0, 0), new Throughput.Pass(20, 40, 2, 0)));
        assertEquals(20.0, m.wallMedian());
        assertEquals(40.0, m.cpuMedian());
        assertEquals(2, m.failures());
    }

    @Test
    void timingNoPagesIsACallerMistake() {
        assertThrows(IllegalArgumentException.class, () -> Throughput.pass((h, u) -> "", List.of()));
    }
}
