package dev.parallax.eval.clustering;

import dev.parallax.group.ArticleFeatures;
import dev.parallax.group.GroupingOptions;
import dev.parallax.group.OnlineGrouper;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Speed and memory of the group stage alone as the archive grows: a {@link SyntheticStream} is placed
 * article by article into one {@link OnlineGrouper} on the calling thread. Only the {@code place} calls
 * are timed (generating the text is not). At each checkpoint (10k, 100k, 1M … up to {@code max}) it
 * records the throughput over the last {@value #WINDOW} articles (the per-article cost at that archive
 * size), the cumulative throughput, and the heap in use after a full collection.
 */
public final class ClusteringBenchmark {
    public static final int WINDOW = 5_000;

    /**
     * One checkpoint: {@code articles} placed so far. Wall-clock figures count time the thread waited for
     * a core on a busy machine; CPU figures ({@link java.lang.management.ThreadMXBean} thread CPU time)
     * count only the placing thread's own work. The state figures are what an {@code analyze} run over an
     * archive of this size pays once to go on from the stored grouping: the saved state's size, and the
     * wall-clock time to save it ({@link OnlineGrouper#snapshot}) and to restore it (not in the placing times).
     */
    public record Checkpoint(int articles, int events, double windowArticlesPerSecond, double microsPerArticle,
                             double windowArticlesPerCpuSecond, double cpuMicrosPerArticle,
                             double cumulativeArticlesPerSecond, long heapUsedBytes, long stateBytes,
                             double saveMillis, double restoreMillis) {
    }

    private ClusteringBenchmark() {
    }

    public static List<Integer> checkpoints(int max) {
        List<Integer> out = new ArrayList<>();
        for (int n = 10_000; n < max; n *= 10) {
            out.add(n);
        }
        out.add(max);
        return out;
    }

    public static List<Checkpoint> run(int max, long seed, Consumer<Checkpoint> progress) {
        if (max < WINDOW * 2) {
            throw new IllegalArgumentException("max must be at least " + WINDOW * 2 + ": " + max);
        }
        SyntheticStream stream = new SyntheticStream(seed, 900, 250);
        OnlineGrouper grouper = new OnlineGrouper(GroupingOptions.defaults());
        List<Integer> marks = checkpoints(max);
        List<Checkpoint> out = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        long window = 0;
        long cpuWindow = 0;
        int next = 0;
        for (int i = 1; i <= max; i++) {
            ArticleFeatures a = stream.next();
            boolean inWindow = i > marks.get(next) - WINDOW;
            long c0 = inWindow ? threads.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            grouper.place(a);
            long dt = System.nanoTime() - t0;
            total += dt;
            if (inWindow) {
                window += dt;
                cpuWindow += threads.getCurrentThreadCpuTime() - c0;
            }
            if (i == marks.get(next)) {
                long heap = heapAfterGc();
                long s0 = System.nanoTime();
                byte[] state = grouper.snapshot();
                long s1 = System.nanoTime();
                OnlineGrouper.restore(state, GroupingOptions.defaults());
                long s2 = System.nanoTime();
                Checkpoint c = new Checkpoint(i, grouper.eventCount(), WINDOW / (window / 1e9),
                        window / 1e3 / WINDOW, WINDOW / (cpuWindow / 1e9), cpuWindow / 1e3 / WINDOW,
                        i / (total / 1e9), heap, state.length, (s1 - s0) / 1e6, (s2 - s1) / 1e6);
                out.add(c);
                progress.accept(c);
                window = 0;
                cpuWindow = 0;
                next++;
            }
        }
        return out;
    }

    private static long heapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
