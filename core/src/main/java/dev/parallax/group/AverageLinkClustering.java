package dev.parallax.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Batch average-link agglomerative clustering of articles, for {@link OnlineGrouper#recluster}.
 *
 * <p>Each article's neighbours are found through an inverted index over its distinctive terms and entity
 * keys, among articles dated within the event window (undated articles meet all); the
 * {@value #NEIGHBOURS} most similar are kept, so the similarity graph stays sparse (pairs not kept count
 * as 0). Clusters are then merged, most similar pair first, while their average pairwise similarity
 * reaches the batch threshold. Deterministic: ties go to the lower cluster ids. Not thread-safe.
 */
final class AverageLinkClustering {
    static final int NEIGHBOURS = 10;
    private static final int NO_DAY = Integer.MIN_VALUE;

    /** A pair similarity function: article i against article j (i < j). */
    interface Similarity {
        double of(int i, int j);
    }

    private AverageLinkClustering() {
    }

    /**
     * Cluster labels (0-based, by first member) for n articles with the given keys (one int[] per
     * article, any order), days ({@code Integer.MIN_VALUE} when undated) and pair similarity.
     */
    static int[] cluster(int[][] keys, int[] days, int window, Similarity similarity, double threshold) {
        int n = keys.length;
        TreeMap<Integer, List<Integer>> postings = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            for (int k : keys[i]) {
                postings.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        // sparse kNN graph: sums[a] maps neighbour cluster -> sum of pair similarities
        List<TreeMap<Integer, Double>> sums = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sums.add(new TreeMap<>());
        }
        boolean[] seen = new boolean[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int k : keys[i]) {
                for (int j : postings.get(k)) {
                    if (j != i && !seen[j] && compatible(days[i], days[j], window)) {
                        seen[j] = true;
                        touched[count++] = j;
                    }
                }
            }
            long[] order = new long[count];
            double[] sims = new double[n == 0 ? 0 : count];
            for (int c = 0; c < count; c++) {
                int j = touched[c];
                seen[j] = false;
                double s = similarity.of(Math.min(i, j), Math.max(i, j));
                sims[c] = s;
                order[c] = ((long) Float.floatToIntBits((float) Math.max(0, s)) << 32) | (0x7FFFFFFFL - j);
            }
            Arrays.sort(order);
            for (int c = count - 1; c >= Math.max(0, count - NEIGHBOURS); c--) {
                int j = (int) (0x7FFFFFFFL - (order[c] & 0xFFFFFFFFL));
                float s = Float.intBitsToFloat((int) (order[c] >>> 32));
                if (s <= 0) {
                    break;
                }
                sums.get(i).put(j, (double) s);
                sums.get(j).put(i, (double) s);
            }
        }
        int[] size = new int[n];
        int[] version = new int[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            parent[i] = i;
        }
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> {
            int c = Double.compare(y[0], x[0]);
            if (c != 0) {
                return c;
            }
            c = Double.compare(x[1], y[1]);
            return c != 0 ? c : Double.compare(x[2], y[2]);
        });
        for (int a = 0; a < n; a++) {
            for (var e : sums.get(a).entrySet()) {
                int b = e.getKey();
                if (a < b) {
                    queue.add(new double[]{e.getValue(), a, b, 0, 0});
                }
            }
        }
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int a = (int) top[1];
            int b = (int) top[2];
            if (parent[a] != a || parent[b] != b || version[a] != (int) top[3] || version[b] != (int) top[4]) {
                continue;
            }
            double average = top[0];
            if (average < threshold) {
                break;
            }
            // merge b into a
            parent[b] = a;
            TreeMap<Integer, Double> into = sums.get(a);
            TreeMap<Integer, Double> from = sums.get(b);
            into.remove(b);
            from.remove(a);
            for (var e : from.entrySet()) {
                int c = e.getKey();
                into.merge(c, e.getValue(), Double::sum);
                TreeMap<Integer, Double> other = sums.get(c);
                double moved = other.remove(b);
                other.merge(a, moved, Double::sum);
            }
            from.clear();
            size[a] += size[b];
            version[a]++;
            for (var e : into.entrySet()) {
                int c = e.getKey();
                double avg = e.getValue() / ((double) size[a] * size[c]);
                int lo = Math.min(a, c);
                int hi = Math.max(a, c);
                queue.add(new double[]{avg, lo, hi, version[lo], version[hi]});
            }
        }
        int[] label = new int[n];
        int[] labelOfRoot = new int[n];
        Arrays.fill(labelOfRoot, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int r = i;
            while (parent[r] != r) {
                r = parent[r];
            }
            if (labelOfRoot[r] < 0) {
                labelOfRoot[r] = next++;
            }
            label[i] = labelOfRoot[r];
        }
        return label;
    }

    private static boolean compatible(int a, int b, int window) {
        return a == NO_DAY || b == NO_DAY || Math.abs(a - b) <= window;
    }
}
