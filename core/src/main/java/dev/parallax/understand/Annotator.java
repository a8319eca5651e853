package dev.parallax.understand;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;

/**
 * Stage 4, understand: finds entity mentions, quotes and time expressions in one article. Reads the
 * body paragraph by paragraph, never across paragraph or furniture boundaries. Per article and
 * independent of every other article, so it runs in parallel (one annotator per worker).
 */
public interface Annotator {
    AnnotatedArticle annotate(Article article);
}
