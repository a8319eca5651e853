package dev.parallax.eval.clustering;

import dev.parallax.group.ArticleFeatures;
import dev.parallax.group.GroupingOptions;
import dev.parallax.group.OnlineGrouper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the grouper on a benchmark and scores its events against gold. {@link Mode#BATCH} uses
 * {@link OnlineGrouper#recluster} (document frequencies from the whole set, then replay in date order);
 * {@link Mode#ONLINE} places the articles one by one in date order with frequencies counted as they come.
 */
public final class ClusteringEvaluation {
    public enum Mode { BATCH, ONLINE }

    private ClusteringEvaluation() {
    }

    public static ClusteringScores run(ClusteringDataset dataset, GroupingOptions options, Mode mode) {
        List<ArticleFeatures> features = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        for (GoldArticle a : dataset.articles()) {
            features.add(a.features());
            if (gold.put(a.features().id(), a.goldCluster()) != null) {
                throw new IllegalArgumentException("duplicate article id in " + dataset.name() + ": "
                        + a.features().id());
            }
        }
        OnlineGrouper grouper;
        if (mode == Mode.BATCH) {
            grouper = OnlineGrouper.recluster(features, options);
        } else {
            grouper = new OnlineGrouper(options);
            List<ArticleFeatures> ordered = new ArrayList<>(features);
            ordered.sort(java.util.Comparator.comparing(ArticleFeatures::date,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
            ordered.forEach(grouper::place);
        }
        int[] assigned = grouper.assignments();
        List<String> ids = grouper.articleIds();
        List<String> predicted = new ArrayList<>(ids.size());
        List<String> goldLabels = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            predicted.add(Integer.toString(assigned[i]));
            goldLabels.add(gold.get(ids.get(i)));
        }
        return ClusteringScores.of(predicted, goldLabels);
    }
}
