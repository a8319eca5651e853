package dev.parallax.identify;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A MinHash signature of an article body over word 3-shingles: {@link #SIZE} minima, one per
 * hash function. The share of equal minima estimates the Jaccard similarity of two bodies'
 * shingle sets, so a syndicated copy with a changed sentence, a few edited words or another
 * footer stays {@linkplain #isNear near} its original.
 *
 * <p>For lookup without a scan the signature is cut into {@link #BANDS} bands of
 * {@link #ROWS} minima (locality-sensitive hashing): bodies with similarity 0.7 share a band
 * with probability 0.99, bodies with similarity 0.3 with probability 0.12 (those candidates are
 * then checked on the whole signature).
 */
public final class Fingerprint {
    public static final int BANDS = 16;
    public static final int ROWS = 4;
    public static final int SIZE = BANDS * ROWS;
    /** Estimated Jaccard similarity of shingle sets at or above which two bodies are near-duplicates. */
    public static final double NEAR_DUPLICATE_SIMILARITY = 0.7;
    /** Bodies shorter than this many words are not fingerprinted: too little to tell copies apart. */
    public static final int MIN_WORDS = 40;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[SIZE];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    private final int[] minima;

    private Fingerprint(int[] minima) {
        this.minima = minima;
    }

    /** A fingerprint from stored minima (see {@link #minima()}). */
    public static Fingerprint ofMinima(int[] minima) {
        if (minima.length != SIZE) {
            throw new IllegalArgumentException("a fingerprint has " + SIZE + " minima, not " + minima.length);
        }
        return new Fingerprint(minima.clone());
    }

    /** The fingerprint of a body, or null when it has fewer than {@link #MIN_WORDS} words. */
    public static Fingerprint of(List<String> paragraphs) {
        String[] words = words(String.join(" ", paragraphs));
        if (words.length < MIN_WORDS) {
            return null;
        }
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + 2 < words.length; i++) {
            shingles.add(hash(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]));
        }
        int[] minima = new int[SIZE];
        Arrays.fill(minima, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        return new Fingerprint(minima);
    }

    /** Lower-cased, accent-folded words of a text. */
    static String[] words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String trimmed = NON_WORD.matcher(folded).replaceAll(" ").trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
    }

    /** Estimated Jaccard similarity of the two bodies' shingle sets, 0..1. */
    public double similarity(Fingerprint other) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (minima[i] == other.minima[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    public boolean isNear(Fingerprint other) {
        return similarity(other) >= NEAR_DUPLICATE_SIMILARITY;
    }

    /** The hash of band {@code i} (0..{@value #BANDS}-1): near fingerprints likely share one. */
    public long band(int i) {
        if (i < 0 || i >= BANDS) {
            throw new IllegalArgumentException("band must be 0.." + (BANDS - 1) + ": " + i);
        }
        long h = i;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h * 31 + minima[i * ROWS + r]);
        }
        return h;
    }

    /** A copy of the minima, for storage. */
    public int[] minima() {
        return minima.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(minima, f.minima);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minima);
    }

    @Override
    public String toString() {
        return "Fingerprint" + Arrays.toString(Arrays.copyOf(minima, 4)) + "…";
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The murmur3 64-bit finaliser. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
