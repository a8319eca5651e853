package dev.parallax.ingest;

/**
 * Limits on what ingest accepts.
 *
 * @param maxDocumentBytes the largest single document (a text or HTML file, a feed, a WARC record,
 *                         a JSON line) read; larger ones are reported as {@code too-large}. Whole
 *                         WARC and JSON Lines files are streamed and may be any size.
 */
public record IngestOptions(long maxDocumentBytes) {
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;
    public static final IngestOptions DEFAULTS = new IngestOptions(DEFAULT_MAX_DOCUMENT_BYTES);

    public IngestOptions {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
        }
    }
}
