package dev.parallax.resolve;

import dev.parallax.model.AnnotatedArticle;

import java.util.List;

/**
 * Resolves the mentions of a batch of annotated articles to canonical entities across articles and
 * outlets (the rules are in {@link EntityIndex}). Deterministic: the same articles in the same order
 * give the same entities, ids and assignments. Stateless and thread-safe; each call builds its own index.
 */
public final class EntityResolver {

    public Resolution resolve(List<AnnotatedArticle> articles) {
        if (articles == null) {
            throw new IllegalArgumentException("articles is required");
        }
        EntityIndex index = new EntityIndex();
        articles.forEach(index::add);
        return index.snapshot();
    }
}
