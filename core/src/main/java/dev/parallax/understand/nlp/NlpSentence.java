package dev.parallax.understand.nlp;

import java.util.List;

/** One sentence of a paragraph: its character range, tokens and mentions. */
public record NlpSentence(int begin, int end, List<NlpToken> tokens, List<NlpMention> mentions) {
    public NlpSentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }
}
