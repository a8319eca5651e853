package dev.parallax.model;

/** What the content of a {@link SourceDocument} is, and so which cleaner reads it. */
public enum ContentType {
    /** Plain text as copied from a page, optionally with header lines. */
    TEXT,
    /** An HTML page or an HTML fragment (a feed item's content). */
    HTML
}
