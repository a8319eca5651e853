package dev.parallax.group;

/**
 * Typed settings of the {@link OnlineGrouper}; {@link #defaults()} is the preset measured in
 * docs/evaluation-clustering.md.
 *
 * @param eventWindowDays   an article is compared with events whose dates lie within this many days of its own
 * @param threadWindowDays  events are linked into a thread with events at most this many days apart
 * @param topTerms          distinctive terms kept per article (highest TF-IDF)
 * @param topEntities       entity keys kept per article (highest TF-IDF)
 * @param centroidTerms     terms kept in an event's centroid
 * @param candidates        events scored in full per article (best by shared distinctive weight)
 * @param maxBodyWords      body words read per article
 * @param joinThreshold     an article joins the best event when its score reaches this, else opens a new one
 * @param threadThreshold   an event links to the best earlier event's thread when their similarity reaches this
 * @param entityWeight      weight of entity overlap in the score (text similarity gets 1 − this)
 * @param memberWeight      weight of the similarity to the least similar member (of the first
 *                          {@value OnlineGrouper#MEMBERS_KEPT}) against the similarity to the centroid: guards
 *                          against an event drifting, one borderline article at a time, into a neighbouring one
 * @param batchThreshold    {@link OnlineGrouper#recluster}: average-link similarity at which two clusters merge
 * @param dateBonus         added to the score of a dated article against a dated event on the event's mean day,
 *                          falling linearly to 0 at {@code eventWindowDays} away (reports of one happening bunch
 *                          within a day or two)
 * @param vocabularyBits    terms are hashed into 2^bits slots for document frequencies (no string table)
 */
public record GroupingOptions(int eventWindowDays, int threadWindowDays, int topTerms, int topEntities,
                              int centroidTerms, int candidates, int maxBodyWords, double joinThreshold,
                              double threadThreshold, double entityWeight, double memberWeight,
                              double batchThreshold, double dateBonus, int vocabularyBits) {

    public GroupingOptions {
        positive("eventWindowDays", eventWindowDays);
        positive("threadWindowDays", threadWindowDays);
        positive("topTerms", topTerms);
        positive("topEntities", topEntities);
        positive("centroidTerms", centroidTerms);
        positive("candidates", candidates);
        positive("maxBodyWords", maxBodyWords);
        if (threadWindowDays < eventWindowDays) {
            throw new IllegalArgumentException("threadWindowDays must be at least eventWindowDays");
        }
        if (!(joinThreshold > 0 && joinThreshold < 1) || !(threadThreshold > 0 && threadThreshold < 1)) {
            throw new IllegalArgumentException("thresholds must lie in (0, 1)");
        }
        if (!(entityWeight >= 0 && entityWeight <= 1)) {
            throw new IllegalArgumentException("entityWeight must lie in [0, 1]: " + entityWeight);
        }
        if (!(memberWeight >= 0 && memberWeight <= 1)) {
            throw new IllegalArgumentException("memberWeight must lie in [0, 1]: " + memberWeight);
        }
        if (!(batchThreshold > 0 && batchThreshold < 1)) {
            throw new IllegalArgumentException("batchThreshold must lie in (0, 1): " + batchThreshold);
        }
        if (!(dateBonus >= 0 && dateBonus < 1)) {
            throw new IllegalArgumentException("dateBonus must lie in [0, 1): " + dateBonus);
        }
        if (vocabularyBits < 10 || vocabularyBits > 28) {
            throw new IllegalArgumentException("vocabularyBits must lie in 10..28: " + vocabularyBits);
        }
    }

    /** The measured preset. */
    public static GroupingOptions defaults() {
        return new GroupingOptions(7, 365, 40, 20, 80, 20, 400, 0.20, 0.25, 0.4, 0.5, 0.12, 0.05, 22);
    }

    public GroupingOptions withJoinThreshold(double value) {
        return new GroupingOptions(eventWindowDays, threadWindowDays, topTerms, topEntities, centroidTerms,
                candidates, maxBodyWords, value, threadThreshold, entityWeight, memberWeight, batchThreshold, dateBonus, vocabularyBits);
    }

    public GroupingOptions withEntityWeight(double value) {
        return new GroupingOptions(eventWindowDays, threadWindowDays, topTerms, topEntities, centroidTerms,
                candidates, maxBodyWords, joinThreshold, threadThreshold, value, memberWeight, batchThreshold, dateBonus, vocabularyBits);
    }

    public GroupingOptions withThreadThreshold(double value) {
        return new GroupingOptions(eventWindowDays, threadWindowDays, topTerms, topEntities, centroidTerms,
                candidates, maxBodyWords, joinThreshold, value, entityWeight, memberWeight, batchThreshold, dateBonus, vocabularyBits);
    }

    public GroupingOptions withBatchThreshold(double value) {
        return new GroupingOptions(eventWindowDays, threadWindowDays, topTerms, topEntities, centroidTerms,
                candidates, maxBodyWords, joinThreshold, threadThreshold, entityWeight, memberWeight, value, dateBonus,
                vocabularyBits);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
