package dev.parallax.eval.clustering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise and BCubed precision, recall and F1 of a predicted clustering against gold.
 *
 * <p>Pairwise: over all unordered pairs of articles, a pair is predicted-together and/or gold-together;
 * precision = both / predicted-together, recall = both / gold-together. BCubed (Bagga and Baldwin 1998):
 * for each article, precision = |pred cluster ∩ gold cluster| / |pred cluster| and recall =
 * |pred ∩ gold| / |gold cluster|, averaged over articles. F1 is the harmonic mean of the averages.
 */
public record ClusteringScores(int articles, int predictedClusters, int goldClusters, double pairwisePrecision,
                               double pairwiseRecall, double pairwiseF1, double bcubedPrecision,
                               double bcubedRecall, double bcubedF1) {

    /** Scores parallel lists of predicted and gold labels (one entry per article). */
    public static ClusteringScores of(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException("predicted and gold differ in length: " + predicted.size()
                    + " vs " + gold.size());
        }
        int n = predicted.size();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> jointSize = new HashMap<>();
        for (int i = 0; i < n; i++) {
            predSize.merge(predicted.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            jointSize.merge(predicted.get(i) + '\u0000' + gold.get(i), 1, Integer::sum);
        }
        double bp = 0;
        double br = 0;
        for (int i = 0; i < n; i++) {
            int joint = jointSize.get(predicted.get(i) + '\u0000' + gold.get(i));
            bp += joint / (double) predSize.get(predicted.get(i));
            br += joint / (double) goldSize.get(gold.get(i));
        }
        bp = n == 0 ? 0 : bp / n;
        br = n == 0 ? 0 : br / n;
        long predPairs = pairs(predSize);
        long goldPairs = pairs(goldSize);
        long both = pairs(jointSize);
        double pp = predPairs == 0 ? 1 : both / (double) predPairs;
        double pr = goldPairs == 0 ? 1 : both / (double) goldPairs;
        return new ClusteringScores(n, predSize.size(), goldSize.size(), pp, pr, f1(pp, pr), bp, br, f1(bp, br));
    }

    private static long pairs(Map<String, Integer> sizes) {
        long total = 0;
        for (int s : sizes.values()) {
            total += (long) s * (s - 1) / 2;
        }
        return total;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
