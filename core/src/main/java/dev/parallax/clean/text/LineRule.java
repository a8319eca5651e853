package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule kept as data: a whole line matching {@code pattern} (case-insensitive), with at most
 * {@code maxWords} words and not matching {@code unless}, is furniture of {@code kind}.
 *
 * @param name a short name for documentation and debugging
 */
record LineRule(String name, FurnitureKind kind, Pattern pattern, int maxWords, Pattern unless) {
    LineRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pattern, "pattern");
        if (maxWords < 1) {
            throw new IllegalArgumentException("maxWords must be positive: " + maxWords);
        }
    }

    static LineRule of(String name, FurnitureKind kind, int maxWords, String regex) {
        return new LineRule(name, kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), maxWords, null);
    }

    LineRule unless(String regex) {
        return new LineRule(name, kind, pattern, maxWords, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    boolean matches(String line) {
        return Texts.words(line) <= maxWords && pattern.matcher(line).matches()
                && (unless == null || !unless.matcher(line).find());
    }
}
