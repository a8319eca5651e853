package dev.parallax.eval.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Times extractors on a fixed set of pages held in memory, in the calling thread (one core; the
 * JVM's compiler and collector threads still run beside it). A pass is one extraction of every page;
 * pages on which the extractor throws are counted, and their time is included.
 */
public final class Throughput {
    /** One page to extract, already decoded. */
    public record Page(String html, String url) {
    }

    /** The timed passes of one tool, in pages per second. */
    public record Measurement(String tool, String version, List<Double> pagesPerSecond, int failuresPerPass) {
        public Measurement {
            pagesPerSecond = List.copyOf(pagesPerSecond);
        }

        /** The median pass (mean of the two middle ones for an even count); 0 without passes. */
        public double median() {
            if (pagesPerSecond.isEmpty()) {
                return 0;
            }
            List<Double> sorted = new ArrayList<>(pagesPerSecond);
            sorted.sort(null);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        public double min() {
            return pagesPerSecond.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        }

        public double max() {
            return pagesPerSecond.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    /** What one pass did: its speed, failures, and the length of all text extracted (keeps the work observable). */
    public record Pass(double pagesPerSecond, int failures, long characters) {
    }

    private Throughput() {
    }

    /** Extracts every page once and reports the speed of the pass. */
    public static Pass pass(Extractor extractor, List<Page> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to time");
        }
        int failures = 0;
        long characters = 0;
        long start = System.nanoTime();
        for (Page page : pages) {
            try {
                String text = extractor.extract(page.html(), page.url());
                characters += text == null ? 0 : text.length();
            } catch (RuntimeException | StackOverflowError e) {
                failures++;
            }
        }
        long nanos = Math.max(1, System.nanoTime() - start);
        return new Pass(pages.size() * 1e9 / nanos, failures, characters);
    }
}
