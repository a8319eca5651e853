/**
 * Stage 1, ingest: turns input paths (files or directories, gzip or not) into
 * {@link dev.parallax.model.SourceDocument}s. The format of each file is detected from its content
 * ({@link dev.parallax.ingest.FormatDetector}), never from its name; one
 * {@link dev.parallax.ingest.FormatReader} per format: plain text, HTML (charset honoured), RSS/Atom/RDF
 * feeds (one document per item, {@code path#item-N}), WARC (one document per HTML 200 response,
 * {@code path#record-N}, streamed) and JSON Lines (one document per line, {@code path:LINE}, streamed).
 *
 * <p>Unusable inputs become {@link dev.parallax.model.Problem}s with one of these reasons, and one bad
 * file or record never stops the rest: {@code missing}, {@code unreadable} (I/O error, permission),
 * {@code empty} (0 bytes, only whitespace, a feed without items, an item without content),
 * {@code binary}, {@code encoding} (not UTF-8 and no charset declared; the byte offset is given),
 * {@code truncated} (gzip or WARC cut short; documents before the cut are kept), {@code corrupt}
 * (damaged gzip data), {@code too-large} (one document over
 * {@link dev.parallax.ingest.IngestOptions#maxDocumentBytes()}), {@code malformed} (a feed that does not
 * parse, a JSON line that is not an object or has no text, an invalid WARC record) and
 * {@code unsupported} (XML that is not a feed, JSON that is not JSON Lines).
 */
package dev.parallax.ingest;
