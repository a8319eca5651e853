package dev.parallax.model;

import java.util.Objects;

/**
 * One thing an article reports someone said: a direct quote or reported speech.
 *
 * @param id                 stable within the export: article id + "-q" + index
 * @param article            the article's id
 * @param text               the quoted or reported content
 * @param speakerName        the speaker as resolved to a name ("Mirela Dastan"), or null for anonymous sources
 * @param speakerDescription the speaker as described ("a senior diplomatic source", "the ministry"), or null
 * @param cue                the cue verb or phrase ("said", "told reporters", "according to")
 * @param direct             true for a direct quote in quotation marks, false for reported speech
 * @param span               where the content stands
 */
public record Quote(String id, String article, String text, String speakerName, String speakerDescription,
                    String cue, boolean direct, Span span) {
    public Quote {
        Objects.requireNonNull(text, "text");
    }
}
