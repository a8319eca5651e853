package dev.parallax.group;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the grouper needs to know about one article: a small record, so that grouping runs without
 * the understand stage and takes its entity ids once they exist.
 *
 * @param id            the article's id (unique within one grouper)
 * @param date          the publication day, or null when unknown (the article then gets the date of the event it joins)
 * @param dateEstimated true when {@code date} was inferred rather than read from the page
 * @param title         the headline, or null
 * @param body          the body paragraphs
 * @param entityKeys    resolved entity ids or names; when empty, entity-like keys are derived from the text's
 *                      capitalised word sequences ({@link TextAnalyzer})
 */
public record ArticleFeatures(String id, LocalDate date, boolean dateEstimated, String title, List<String> body,
                              List<String> entityKeys) {
    public ArticleFeatures {
        Objects.requireNonNull(id, "id");
        body = List.copyOf(body);
        entityKeys = List.copyOf(entityKeys);
    }

    /** Features of a clean article, entity keys derived from its text. */
    public static ArticleFeatures of(Article article) {
        if (article.id() == null) {
            throw new IllegalArgumentException("the article has no id yet (run the identify stage first): "
                    + article.source());
        }
        LocalDate date = article.published() == null ? null : article.published().date();
        boolean estimated = article.published() != null && article.published().estimated();
        return new ArticleFeatures(article.id(), date, estimated, article.title(), article.body(), List.of());
    }

    /** Features of an annotated article: its entity mentions, typed and lower-cased, become the entity keys. */
    public static ArticleFeatures of(AnnotatedArticle annotated) {
        ArticleFeatures plain = of(annotated.article());
        List<String> keys = new ArrayList<>();
        for (Mention m : annotated.mentions()) {
            keys.add(mentionKey(m));
        }
        return new ArticleFeatures(plain.id, plain.date, plain.dateEstimated, plain.title, plain.body, keys);
    }

    /** The entity key of a mention not resolved to an entity: its type and normalised text ({@code person:elena varga}). */
    public static String mentionKey(Mention m) {
        return m.type().exportName() + ":" + TextAnalyzer.normaliseKey(m.text());
    }
}
