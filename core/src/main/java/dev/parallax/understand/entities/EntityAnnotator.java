package dev.parallax.understand.entities;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Mention;
import dev.parallax.understand.Annotator;
import dev.parallax.understand.nlp.LanguageAnalyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * An annotator that finds entity mentions only: analyses each body paragraph on its own and hands
 * the analysis to a {@link MentionFinder}. Quotes and time expressions are left empty; the full
 * understand stage composes this with its other finders. Not thread-safe when its analyzer is not:
 * one per worker.
 */
public final class EntityAnnotator implements Annotator {
    private final LanguageAnalyzer analyzer;
    private final MentionFinder finder = new MentionFinder();

    public EntityAnnotator(LanguageAnalyzer analyzer) {
        if (analyzer == null) {
            throw new IllegalArgumentException("analyzer is required");
        }
        this.analyzer = analyzer;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        List<Mention> mentions = new ArrayList<>();
        List<String> body = article.body();
        for (int i = 0; i < body.size(); i++) {
            if (!body.get(i).isBlank()) {
                mentions.addAll(finder.find(i, analyzer.analyze(body.get(i), null)));
            }
        }
        return new AnnotatedArticle(article, mentions, List.of(), List.of());
    }
}
