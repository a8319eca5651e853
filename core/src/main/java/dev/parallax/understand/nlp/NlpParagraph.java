package dev.parallax.understand.nlp;

import java.util.List;

/** The analysis of one paragraph: all offsets are within {@link #text()}. */
public record NlpParagraph(String text, List<NlpSentence> sentences) {
    public NlpParagraph {
        sentences = List.copyOf(sentences);
    }
}
