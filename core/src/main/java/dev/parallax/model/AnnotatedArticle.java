package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/** An article with what the understand stage found in it: entity mentions, quotes and time expressions. */
public record AnnotatedArticle(Article article, List<Mention> mentions, List<Quote> quotes,
                               List<TimeExpression> timeExpressions) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
        timeExpressions = List.copyOf(timeExpressions);
    }
}
