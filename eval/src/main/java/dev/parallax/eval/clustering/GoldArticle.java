package dev.parallax.eval.clustering;

import dev.parallax.group.ArticleFeatures;

import java.util.Objects;

/** One benchmark article with its gold cluster label. */
public record GoldArticle(ArticleFeatures features, String goldCluster) {
    public GoldArticle {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(goldCluster, "goldCluster");
    }
}
