package dev.parallax.group;

import java.util.Arrays;

/**
 * A sparse vector over hashed slots, sorted by slot: parallel primitive arrays, with the words
 * behind the slots kept only while an article is being placed (for explanations).
 */
final class SparseVector {
    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0], null);

    final int[] slots;
    final float[] weights;
    final String[] words;

    SparseVector(int[] slots, float[] weights, String[] words) {
        this.slots = slots;
        this.weights = weights;
        this.words = words;
    }

    /** The same vector without the words (for storage). */
    SparseVector withoutWords() {
        return words == null ? this : new SparseVector(slots, weights, null);
    }

    int size() {
        return slots.length;
    }

    double norm() {
        double s = 0;
        for (float w : weights) {
            s += (double) w * w;
        }
        return Math.sqrt(s);
    }

    /** The weight at slot, or 0. */
    float weightOf(int slot) {
        int i = Arrays.binarySearch(slots, slot);
        return i >= 0 ? weights[i] : 0f;
    }

    /** Dot product with another slot-sorted vector. */
    double dot(SparseVector other) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < slots.length && j < other.slots.length) {
            if (slots[i] == other.slots[j]) {
                s += (double) weights[i++] * other.weights[j++];
            } else if (slots[i] < other.slots[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /**
     * The top {@code k} of raw (slot, weight, word) triples by weight (ties: higher slot first), with
     * duplicate slots summed, L2-normalised and sorted by slot.
     */
    static SparseVector top(int[] slots, float[] weights, String[] words, int n, int k) {
        long[] order = new long[n];
        int m = 0;
        int[] s = Arrays.copyOf(slots, n);
        float[] w = Arrays.copyOf(weights, n);
        String[] t = words == null ? null : Arrays.copyOf(words, n);
        // merge duplicate slots (hash collisions within one article)
        long[] bySlot = new long[n];
        for (int i = 0; i < n; i++) {
            bySlot[i] = ((long) s[i] << 32) | i;
        }
        Arrays.sort(bySlot);
        int prevSlot = 0;
        int prevIndex = -1;
        for (long key : bySlot) {
            int slot = (int) (key >>> 32);
            int index = (int) key;
            if (prevIndex >= 0 && slot == prevSlot) {
                w[prevIndex] += w[index];
                w[index] = 0;
            } else {
                prevSlot = slot;
                prevIndex = index;
            }
        }
        for (int i = 0; i < n; i++) {
            if (w[i] > 0) {
                order[m++] = ((long) Float.floatToIntBits(w[i]) << 32) | (s[i] & 0xFFFFFFFFL);
            }
        }
        Arrays.sort(order, 0, m);
        int keep = Math.min(k, m);
        long[] chosen = new long[keep];
        for (int i = 0; i < keep; i++) {
            long o = order[m - 1 - i];
            chosen[i] = o;
        }
        // sort chosen by slot, keeping the word of each slot
        int[] outSlots = new int[keep];
        float[] outWeights = new float[keep];
        String[] outWords = t == null ? null : new String[keep];
        long[] slotOrder = new long[keep];
        for (int i = 0; i < keep; i++) {
            slotOrder[i] = ((chosen[i] & 0xFFFFFFFFL) << 32) | i;
        }
        Arrays.sort(slotOrder);
        double norm = 0;
        for (int i = 0; i < keep; i++) {
            float weight = Float.intBitsToFloat((int) (chosen[i] >>> 32));
            norm += (double) weight * weight;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < keep; i++) {
            int c = (int) slotOrder[i];
            outSlots[i] = (int) (slotOrder[i] >>> 32);
            outWeights[i] = (float) (Float.intBitsToFloat((int) (chosen[c] >>> 32)) / norm);
            if (outWords != null) {
                outWords[i] = wordOf(s, t, n, outSlots[i]);
            }
        }
        return new SparseVector(outSlots, outWeights, outWords);
    }

    private static String wordOf(int[] slots, String[] words, int n, int slot) {
        for (int i = 0; i < n; i++) {
            if (slots[i] == slot) {
                return words[i];
            }
        }
        return null;
    }

    /** The {@code k} largest weights, sorted by slot (this vector when it has no more than k). */
    SparseVector top(int k) {
        if (slots.length <= k) {
            return this;
        }
        long[] order = new long[slots.length];
        for (int i = 0; i < slots.length; i++) {
            order[i] = ((long) Float.floatToIntBits(weights[i]) << 32) | i;
        }
        Arrays.sort(order);
        int[] keep = new int[k];
        for (int i = 0; i < k; i++) {
            keep[i] = (int) order[order.length - 1 - i];
        }
        Arrays.sort(keep);
        int[] s = new int[k];
        float[] w = new float[k];
        String[] t = words == null ? null : new String[k];
        for (int i = 0; i < k; i++) {
            s[i] = slots[keep[i]];
            w[i] = weights[keep[i]];
            if (t != null) {
                t[i] = words[keep[i]];
            }
        }
        return new SparseVector(s, w, t);
    }

    /** this + other, then cut to the {@code k} largest weights; words are dropped. */
    SparseVector plus(SparseVector other, int k) {
        int[] s = new int[slots.length + other.slots.length];
        float[] w = new float[s.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < slots.length || j < other.slots.length) {
            if (j >= other.slots.length || (i < slots.length && slots[i] < other.slots[j])) {
                s[n] = slots[i];
                w[n++] = weights[i++];
            } else if (i >= slots.length || other.slots[j] < slots[i]) {
                s[n] = other.slots[j];
                w[n++] = other.weights[j++];
            } else {
                s[n] = slots[i];
                w[n++] = weights[i++] + other.weights[j++];
            }
        }
        if (n <= k) {
            return new SparseVector(Arrays.copyOf(s, n), Arrays.copyOf(w, n), null);
        }
        long[] order = new long[n];
        for (int x = 0; x < n; x++) {
            order[x] = ((long) Float.floatToIntBits(w[x]) << 32) | x;
        }
        Arrays.sort(order);
        int[] keepIdx = new int[k];
        for (int x = 0; x < k; x++) {
            keepIdx[x] = (int) order[n - 1 - x];
        }
        Arrays.sort(keepIdx);
        int[] outS = new int[k];
        float[] outW = new float[k];
        for (int x = 0; x < k; x++) {
            outS[x] = s[keepIdx[x]];
            outW[x] = w[keepIdx[x]];
        }
        return new SparseVector(outS, outW, null);
    }
}
