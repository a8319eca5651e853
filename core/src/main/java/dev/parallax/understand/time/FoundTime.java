package dev.parallax.understand.time;

import java.util.Objects;

/**
 * A time expression found in one paragraph and resolved.
 *
 * @param begin character offset in the paragraph
 * @param end   character offset in the paragraph (exclusive)
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, or null when it cannot be resolved
 */
public record FoundTime(int begin, int end, String text, String type, String value) {
    public FoundTime {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad extent [" + begin + ", " + end + ")");
        }
    }
}
