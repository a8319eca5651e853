package dev.parallax.eval.clustering;

import java.util.List;

/**
 * A benchmark's articles with gold clusters, and what reading it could not use.
 *
 * @param name     the dataset and split ("ecbplus test topics 36-45")
 * @param articles the articles, in the benchmark's own file order
 * @param skipped  one line per file or record that could not be read
 */
public record ClusteringDataset(String name, List<GoldArticle> articles, List<String> skipped) {
    public ClusteringDataset {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }

    public long goldClusters() {
        return articles.stream().map(GoldArticle::goldCluster).distinct().count();
    }
}
