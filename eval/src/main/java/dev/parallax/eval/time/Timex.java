package dev.parallax.eval.time;

import java.util.Objects;

/**
 * One time expression in a document's text, gold or system: character extent (end exclusive),
 * TIMEX3 type and value.
 */
public record Timex(int begin, int end, String text, String type, String value) {
    public Timex {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad extent [" + begin + ", " + end + ")");
        }
        type = type == null ? "" : type;
        value = value == null ? "" : value;
    }

    boolean overlaps(Timex other) {
        return begin < other.end && other.begin < end;
    }

    int overlap(Timex other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }
}
