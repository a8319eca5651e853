package dev.parallax.resolve;

/**
 * One mention of a resolved batch: the article's position in the order articles were given
 * (to {@link EntityResolver#resolve} or {@link EntityIndex#add}) and the mention's index in its
 * {@link dev.parallax.model.AnnotatedArticle#mentions()}. Positions, not ids, so that articles not yet
 * identified and equal mentions in two articles are told apart.
 */
public record MentionRef(int article, int mention) {
    public MentionRef {
        if (article < 0 || mention < 0) {
            throw new IllegalArgumentException("bad mention reference: article " + article + ", mention " + mention);
        }
    }
}
