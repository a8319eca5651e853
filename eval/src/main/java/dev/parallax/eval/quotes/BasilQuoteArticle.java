package dev.parallax.eval.quotes;

import java.util.List;
import java.util.Objects;

/**
 * One BASIL article as a quote benchmark: its body text (paragraphs joined by newlines, the sentences of a
 * paragraph by spaces) and the annotated quote spans in it.
 *
 * @param name   the article file name without extension ({@code <triplet-uuid>_<n>})
 * @param outlet BASIL's source code: {@code fox}, {@code nyt} or {@code hpo}
 * @param gold   the phrase-level spans BASIL marks as quotes
 */
public record BasilQuoteArticle(String name, String outlet, String text, List<Quote> gold) {
    public BasilQuoteArticle {
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
    }

    /**
     * A quoted span and BASIL's label for its speaker: a name written with underscores ({@code Donald_Trump}),
     * a group ({@code House_Democrats}) or an unnamed side ({@code other_anti}).
     */
    public record Quote(CharSpans span, String speaker) {
        public Quote {
            Objects.requireNonNull(span, "span");
        }
    }
}
