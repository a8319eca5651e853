package dev.parallax.group;

import java.util.List;

/**
 * Why an article was placed where it was: the score against the chosen event and what they share.
 * For an article that opened a new event, the score and shared keys are those of the best
 * candidate it did not join (empty when there was none).
 *
 * @param score            the combined score, 0..1
 * @param textSimilarity   cosine of the article's distinctive terms with the event's centroid
 * @param entityOverlap    share of the article's entity weight found in the event
 * @param sharedEntities   entity keys the article shares with the event, most distinctive first
 * @param sharedTerms      distinctive terms the article shares with the event, largest contribution first
 * @param candidateEvent   id of the event the score refers to, or null
 */
public record Explanation(double score, double textSimilarity, double entityOverlap, List<String> sharedEntities,
                          List<String> sharedTerms, String candidateEvent) {
    public Explanation {
        sharedEntities = List.copyOf(sharedEntities);
        sharedTerms = List.copyOf(sharedTerms);
    }

    static Explanation none() {
        return new Explanation(0, 0, 0, List.of(), List.of(), null);
    }
}
