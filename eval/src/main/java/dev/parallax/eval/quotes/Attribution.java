package dev.parallax.eval.quotes;

import java.util.Objects;

/**
 * One attribution, gold or predicted, in whole-article offsets.
 *
 * @param content the content
 * @param source  where the source is written (gold Source span; predicted speaker mention), or null
 * @param speaker the resolved speaker's name or description (predicted), or null
 */
public record Attribution(CharSpans content, CharSpans source, String speaker) {
    public Attribution {
        Objects.requireNonNull(content, "content");
    }
}
