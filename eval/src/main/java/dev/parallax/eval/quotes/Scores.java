package dev.parallax.eval.quotes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts under every {@link AttributionScorer.Rule}, over all gold attributions and over the speech ones only
 * ({@link SpeechCues}); addable over articles.
 */
public record Scores(Map<AttributionScorer.Rule, AttributionScorer.Counts> all,
                     Map<AttributionScorer.Rule, AttributionScorer.Counts> speech) {
    public Scores {
        all = Map.copyOf(all);
        speech = Map.copyOf(speech);
    }

    /** Nothing counted yet. */
    public static Scores zero() {
        return new Scores(zeroCounts(), zeroCounts());
    }

    /** One article's (or one annotator pair's) scores. */
    public static Scores of(List<Attribution> gold, List<Attribution> predicted) {
        Map<AttributionScorer.Rule, AttributionScorer.Counts> all = new EnumMap<>(AttributionScorer.Rule.class);
        Map<AttributionScorer.Rule, AttributionScorer.Counts> speech = new EnumMap<>(AttributionScorer.Rule.class);
        for (AttributionScorer.Rule rule : AttributionScorer.Rule.values()) {
            all.put(rule, AttributionScorer.score(gold, predicted, rule));
            speech.put(rule, AttributionScorer.scoreWithin(gold, predicted, rule, SpeechCues::isSpeech));
        }
        return new Scores(all, speech);
    }

    public Scores plus(Scores o) {
        return new Scores(add(all, o.all), add(speech, o.speech));
    }

    /** The main rule's counts over all gold attributions. */
    public AttributionScorer.Counts main() {
        return all.get(AttributionScorer.Rule.HALF_OF_LONGER);
    }

    private static Map<AttributionScorer.Rule, AttributionScorer.Counts> add(
            Map<AttributionScorer.Rule, AttributionScorer.Counts> a,
            Map<AttributionScorer.Rule, AttributionScorer.Counts> b) {
        Map<AttributionScorer.Rule, AttributionScorer.Counts> sum = new EnumMap<>(AttributionScorer.Rule.class);
        for (AttributionScorer.Rule rule : AttributionScorer.Rule.values()) {
            sum.put(rule, a.get(rule).plus(b.get(rule)));
        }
        return sum;
    }

    private static Map<AttributionScorer.Rule, AttributionScorer.Counts> zeroCounts() {
        Map<AttributionScorer.Rule, AttributionScorer.Counts> zero = new EnumMap<>(AttributionScorer.Rule.class);
        for (AttributionScorer.Rule rule : AttributionScorer.Rule.values()) {
            zero.put(rule, AttributionScorer.Counts.ZERO);
        }
        return zero;
    }
}
