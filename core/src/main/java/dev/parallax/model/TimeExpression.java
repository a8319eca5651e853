package dev.parallax.model;

import java.util.Objects;

/**
 * A time expression in an article resolved against its publication date.
 *
 * @param text  as written ("last week", "on Thursday", "in March")
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3-style value ("2024-05-02", "2024-W17", "2024-03", "P3D", "PRESENT_REF"), or null when unresolvable
 * @param span  where it stands
 * @param mod   TIMEX3 mod: which part or bound of the value is meant ("early last month": {@code START};
 *              "more than a week": {@code MORE_THAN}; also MID, END, APPROX, LESS_THAN, EQUAL_OR_LESS,
 *              EQUAL_OR_MORE), or null
 */
public record TimeExpression(String article, String text, String type, String value, Span span, String mod) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    /** An expression without a mod. */
    public TimeExpression(String article, String text, String type, String value, Span span) {
        this(article, text, type, value, span, null);
    }
}
