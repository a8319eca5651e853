package dev.parallax.understand.quotes;

import dev.parallax.model.Span;

import java.util.List;

/**
 * One attribution a pattern found, before it is kept: the content pieces, the resolved speaker, the cue as
 * written, whether the content is a quotation, and the index of the cue token in its sentence.
 */
record Attribution(List<Span> content, Speaker speaker, String cue, boolean direct, int cueIndex) {
    Attribution {
        content = List.copyOf(content);
    }
}
