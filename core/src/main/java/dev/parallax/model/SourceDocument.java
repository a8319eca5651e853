package dev.parallax.model;

import java.util.Objects;

/**
 * One document as read from an input, before cleaning: the output of the ingest stage.
 *
 * @param source  where it came from, as given by the user: a path, or a path with a record locator
 *                ({@code feed.xml#item-3}, {@code crawl.warc.gz@1234}, {@code batch.jsonl:17})
 * @param type    whether {@code content} is plain text or HTML
 * @param content the text or HTML
 * @param hints   what the container says about the document
 */
public record SourceDocument(String source, ContentType type, String content, DocumentHints hints) {
    public SourceDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        hints = hints == null ? DocumentHints.NONE : hints;
    }
}
