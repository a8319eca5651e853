package dev.parallax.model;

import java.util.Objects;

/**
 * A time expression in an article resolved against its publication date.
 *
 * @param text  as written ("last week", "on Thursday", "in March")
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3-style value ("2024-05-02", "2024-W17", "2024-03", "P3D", "PRESENT_REF"), or null when unresolvable
 */
public record TimeExpression(String article, String text, String type, String value, Span span) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
