package dev.parallax.statements;

import dev.parallax.model.Article;
import dev.parallax.model.Quote;

import java.util.Objects;

/**
 * A quote with what statement grouping needs to know about it: the article carrying it (for outlet and
 * date) and its speaker as resolved across articles.
 *
 * @param quote         the quote
 * @param article       the article carrying it
 * @param speakerEntity the speaker's entity id, or null when the speaker was not resolved to an entity
 * @param speakerName   the speaker's canonical name when resolved; otherwise null and the quote's own
 *                      {@code speakerName} or {@code speakerDescription} is used
 */
public record AttributedQuote(Quote quote, Article article, String speakerEntity, String speakerName) {
    public AttributedQuote {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(article, "article");
    }

    /** An unresolved quote: its speaker is known only by the quote's own name or description. */
    public static AttributedQuote unresolved(Quote quote, Article article) {
        return new AttributedQuote(quote, article, null, null);
    }

    /** The name to show for the speaker: canonical name, else the quote's name, else its description, else null. */
    public String displayName() {
        if (speakerName != null) {
            return speakerName;
        }
        return quote.speakerName() != null ? quote.speakerName() : quote.speakerDescription();
    }
}
