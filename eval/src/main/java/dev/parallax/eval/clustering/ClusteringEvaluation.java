package dev.parallax.eval.clustering;

import dev.parallax.group.ArticleFeatures;
import dev.parallax.group.GroupingOptions;
import dev.parallax.group.OnlineGrouper;
import dev.parallax.understand.time.PublicationDateEstimator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the grouper on a benchmark and scores its events against gold. {@link Mode#BATCH} uses
 * {@link OnlineGrouper#recluster} (document frequencies from the whole set, then replay in date order);
 * {@link Mode#ONLINE} places the articles one by one in date order with frequencies counted as they come;
 * {@link Mode#RUN} places them as one {@code analyze} run does ({@link OnlineGrouper#placeAll}: dated ones one by
 * one, undated ones clustered together first).
 */
public final class ClusteringEvaluation {
    public enum Mode { BATCH, ONLINE, RUN }

    private ClusteringEvaluation() {
    }

    public static ClusteringScores run(ClusteringDataset dataset, GroupingOptions options, Mode mode) {
        return run(dataset, options, mode, false);
    }

    /**
     * As {@link #run(ClusteringDataset, GroupingOptions, Mode)}; with {@code estimateDates}, an undated article
     * first gets the date {@link PublicationDateEstimator} reads from its text, marked estimated, as the
     * {@code analyze} pipeline does before grouping.
     */
    public static ClusteringScores run(ClusteringDataset dataset, GroupingOptions options, Mode mode,
                                       boolean estimateDates) {
        List<ArticleFeatures> features = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        for (GoldArticle g : dataset.articles()) {
            GoldArticle a = estimateDates ? withEstimatedDate(g) : g;
            features.add(a.features());
            if (gold.put(a.features().id(), a.goldCluster()) != null) {
                throw new IllegalArgumentException("duplicate article id in " + dataset.name() + ": "
                        + a.features().id());
            }
        }
        OnlineGrouper grouper;
        if (mode == Mode.BATCH) {
            grouper = OnlineGrouper.recluster(features, options);
        } else if (mode == Mode.RUN) {
            grouper = new OnlineGrouper(options);
            grouper.placeAll(features);
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

    private static GoldArticle withEstimatedDate(GoldArticle a) {
        ArticleFeatures f = a.features();
        if (f.date() != null) {
            return a;
        }
        return PublicationDateEstimator.estimate(f.body())
                .map(d -> new GoldArticle(new ArticleFeatures(f.id(), d.date(), true, f.title(), f.body(), f.entityKeys()),
                        a.goldCluster()))
                .orElse(a);
    }
}
