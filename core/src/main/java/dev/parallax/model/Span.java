package dev.parallax.model;

/**
 * Where a piece of text stands in an article: paragraph index into {@link Article#body()} and
 * character offsets within that paragraph (end exclusive).
 */
public record Span(int paragraph, int start, int end) {
    public Span {
        if (paragraph < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad span: paragraph " + paragraph + " [" + start + ", " + end + ")");
        }
    }
}
