package dev.parallax.eval.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Times extractors on a fixed set of pages held in memory, in the calling thread. A pass is one
 * extraction of every page; pages on which the extractor throws are counted, and their time is
 * included. Each pass is measured twice: by the wall clock, and by the CPU time of the whole JVM
 * process (the extracting thread plus the garbage collector and JIT compiler threads working for it):
 * what one core would spend, unaffected by other processes competing for the cores. Nothing else may
 * run in the JVM meanwhile. Where the JVM cannot measure process CPU time, the CPU figure is the
 * wall-clock one.
 */
public final class Throughput {
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    /** One page to extract, already decoded. */
    public record Page(String html, String url) {
    }

    /** What one pass did: its speeds in pages per second, failures, and the characters extracted. */
    public record Pass(double wallPagesPerSecond, double cpuPagesPerSecond, int failures, long characters) {
    }

    /** The timed passes of one tool. */
    public record Measurement(String tool, String version, List<Pass> passes) {
        public Measurement {
            passes = List.copyOf(passes);
        }

        /** Median pass by process CPU time, in pages per second; 0 without passes. */
        public double cpuMedian() {
            return median(passes.stream().map(Pass::cpuPagesPerSecond).toList());
        }

        /** Median pass by wall clock, in pages per second; 0 without passes. */
        public double wallMedian() {
            return median(passes.stream().map(Pass::wallPagesPerSecond).toList());
        }

        /** Failures in the last pass. */
        public int failures() {
            return passes.isEmpty() ? 0 : passes.get(passes.size() - 1).failures();
        }
    }

    private Throughput() {
    }

    /** Whether the CPU figures really are process CPU time on this JVM. */
    public static boolean measuresCpuTime() {
        return processCpuNanos() >= 0;
    }

    private static long processCpuNanos() {
        if (OS instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }

    /** Extracts every page once and reports the speed of the pass. */
    public static Pass pass(Extractor extractor, List<Page> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to time");
        }
        boolean cpu = measuresCpuTime();
        int failures = 0;
        long characters = 0;
        long cpuStart = cpu ? processCpuNanos() : 0;
        long start = System.nanoTime();
        for (Page page : pages) {
            try {
                String text = extractor.extract(page.html(), page.url());
                characters += text == null ? 0 : text.length();
            } catch (RuntimeException | StackOverflowError e) {
                failures++;
            }
        }
        long wall = Math.max(1, System.nanoTime() - start);
        long cpuNanos = cpu ? Math.max(1, processCpuNanos() - cpuStart) : wall;
        return new Pass(pages.size() * 1e9 / wall, pages.size() * 1e9 / cpuNanos, failures, characters);
    }

    /** The median (mean of the two middle values for an even count); 0 for no values. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
