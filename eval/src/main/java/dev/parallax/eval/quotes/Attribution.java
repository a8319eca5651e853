package dev.parallax.eval.quotes;

import java.util.Objects;

/**
 * One attribution, gold or predicted, in whole-article offsets.
 *
 * @param content the content
 * @param source  where the source is written (gold Source span; predicted speaker mention), or null
 * @param speaker the resolved speaker's name or description (predicted), or null
 * @param cue     the cue as written (gold Cue span), or null; read only to sort gold attributions into kinds
 *                ({@link SpeechCues})
 */
public record Attribution(CharSpans content, CharSpans source, String speaker, String cue) {
    public Attribution {
        Objects.requireNonNull(content, "content");
    }

    /** An attribution with no cue text: a prediction. */
    public Attribution(CharSpans content, CharSpans source, String speaker) {
        this(content, source, speaker, null);
    }
}
