package dev.parallax.identify;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A 64-bit SimHash of an article body over word 3-shingles. Near-identical bodies (a syndicated
 * copy with a changed sentence or a different footer) have fingerprints a few bits apart.
 *
 * <p>The fingerprint is split into four 16-bit bands: two fingerprints within Hamming distance 3
 * share at least one band exactly, which is how an archive finds candidates without a scan.
 */
public record Fingerprint(long value) {
    /** Bodies whose fingerprints differ in at most this many bits are near-duplicates. */
    public static final int NEAR_DUPLICATE_DISTANCE = 3;
    /** Bodies shorter than this many words are not fingerprinted for near-duplicates: too little to tell. */
    public static final int MIN_WORDS = 40;
    public static final int BANDS = 4;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The fingerprint of a body, or null when it has fewer than {@link #MIN_WORDS} words. */
    public static Fingerprint of(List<String> paragraphs) {
        String[] words = words(String.join(" ", paragraphs));
        if (words.length < MIN_WORDS) {
            return null;
        }
        int[] counts = new int[64];
        for (int i = 0; i + 2 < words.length; i++) {
            long h = hash(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
            for (int bit = 0; bit < 64; bit++) {
                counts[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long value = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (counts[bit] > 0) {
                value |= 1L << bit;
            }
        }
        return new Fingerprint(value);
    }

    /** Lower-cased, accent-folded words of a text. */
    static String[] words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String trimmed = NON_WORD.matcher(folded).replaceAll(" ").trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
    }

    public int distance(Fingerprint other) {
        return Long.bitCount(value ^ other.value);
    }

    public boolean isNear(Fingerprint other) {
        return distance(other) <= NEAR_DUPLICATE_DISTANCE;
    }

    /** Band {@code i} (0..3) of the fingerprint, as an unsigned 16-bit value. */
    public int band(int i) {
        if (i < 0 || i >= BANDS) {
            throw new IllegalArgumentException("band must be 0.." + (BANDS - 1) + ": " + i);
        }
        return (int) ((value >>> (16 * i)) & 0xFFFFL);
    }

    /** 64-bit FNV-1a followed by a murmur-style finaliser, so nearby strings spread over all bits. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
