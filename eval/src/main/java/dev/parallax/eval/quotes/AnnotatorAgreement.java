package dev.parallax.eval.quotes;

import java.util.List;
import java.util.Map;

/**
 * How well PolNeAR's annotators agree with each other, scored exactly as a system is: on each article that
 * several people annotated, every annotator after the first is taken as a "system" whose attributions are scored
 * against the first annotator's (the gold the benchmark reads). The speaker of an annotator's attribution is its
 * Source span. This is the figure a system is compared with when asking how close to human it is.
 */
public final class AnnotatorAgreement {
    private AnnotatorAgreement() {
    }

    /**
     * Totals over all (article, later annotator) pairs.
     *
     * @param articles  articles with at least two annotators
     * @param pairs     scored (article, later annotator) pairs
     * @param scores    totals by rule, over all of the first annotator's attributions and over the speech ones
     */
    public record Result(int articles, int pairs, Scores scores) {
        /** Totals by rule over all gold attributions. */
        public Map<AttributionScorer.Rule, AttributionScorer.Counts> counts() {
            return scores.all();
        }

        public AttributionScorer.Counts main() {
            return scores.main();
        }
    }

    /** The articles annotated by more than one person. */
    public static List<PolnearReader.MultiplyAnnotated> multiplyAnnotated(List<PolnearReader.MultiplyAnnotated> all) {
        return all.stream().filter(a -> a.annotators().size() > 1).toList();
    }

    /** Scores every later annotator against the first, on the articles that have more than one. */
    public static Result score(List<PolnearReader.MultiplyAnnotated> all) {
        Scores totals = Scores.zero();
        List<PolnearReader.MultiplyAnnotated> several = multiplyAnnotated(all);
        int pairs = 0;
        for (PolnearReader.MultiplyAnnotated article : several) {
            List<Attribution> gold = article.byAnnotator().get(0);
            for (int other = 1; other < article.annotators().size(); other++) {
                List<Attribution> predicted = asPredictions(article.byAnnotator().get(other));
                totals = totals.plus(Scores.of(gold, predicted));
                pairs++;
            }
        }
        return new Result(several.size(), pairs, totals);
    }

    /**
     * An annotator's attributions as a system's: the Source span is the speaker mention and its text the name;
     * the cue stays.
     */
    static List<Attribution> asPredictions(List<Attribution> annotated) {
        return annotated.stream()
                .map(a -> new Attribution(a.content(), a.source(), a.source() == null ? null : a.source().covered(),
                        a.cue()))
                .toList();
    }
}
