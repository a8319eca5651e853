package dev.parallax.understand.quotes;

import dev.parallax.model.Span;

/**
 * Who said something, as resolved by {@link SpeakerResolver}.
 *
 * @param name        a person's or organisation's name, or null (anonymous or unresolved)
 * @param description how the article describes the speaker, or null
 * @param mention     where the speaker is written at the cue, or null
 */
public record Speaker(String name, String description, Span mention) {
}
