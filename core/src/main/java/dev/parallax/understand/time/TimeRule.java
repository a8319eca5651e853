package dev.parallax.understand.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recognition rule: a pattern and how a match resolves. When the pattern has a group named {@code x},
 * only that group is the expression's extent (the rest is context, as "earlier" in "a month earlier").
 */
record TimeRule(String name, Pattern pattern, Resolution resolution) {
    TimeRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(resolution, "resolution");
    }

    /** Turns a match into a type and value; null rejects the match. */
    @FunctionalInterface
    interface Resolution {
        Resolved resolve(Matcher match, LocalDate reference, Tense tense);
    }

    /** A TIMEX3 type and value. */
    record Resolved(String type, String value) {
        static Resolved date(String value) {
            return value == null ? null : new Resolved("DATE", value);
        }

        static Resolved time(String value) {
            return value == null ? null : new Resolved("TIME", value);
        }

        static Resolved duration(String value) {
            return new Resolved("DURATION", value);
        }

        static Resolved set(String value) {
            return new Resolved("SET", value);
        }
    }
}
