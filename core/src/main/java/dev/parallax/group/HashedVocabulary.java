package dev.parallax.group;

/**
 * Document frequencies of terms hashed into 2^bits slots: no string table, so memory stays fixed
 * however large the vocabulary grows (a rare collision merges two terms' counts). Terms and entity
 * keys hash with different seeds. Not thread-safe.
 */
final class HashedVocabulary {
    static final long TERM_SEED = 0x2545F4914F6CDD1DL;
    static final long ENTITY_SEED = 0x9E3779B97F4A7C15L;

    private final int mask;
    final int[] documentFrequency;
    int documents;

    HashedVocabulary(int bits) {
        this.mask = (1 << bits) - 1;
        this.documentFrequency = new int[1 << bits];
    }

    int slot(String key, long seed) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h & mask;
    }

    /** Counts one document holding these distinct slots. */
    void countDocument(int[] distinctSlots, int n) {
        documents++;
        for (int i = 0; i < n; i++) {
            documentFrequency[distinctSlots[i]]++;
        }
    }

    /** Smoothed inverse document frequency, ≥ 1. */
    double idf(int slot) {
        return Math.log((documents + 1.0) / (documentFrequency[slot] + 1.0)) + 1.0;
    }

    int bits() {
        return Integer.bitCount(mask);
    }

    int documents() {
        return documents;
    }
}
