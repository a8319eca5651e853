package dev.parallax.ingest;

/** The input formats Parallax reads. Detected from content, not only from the file name. */
public enum InputFormat {
    TEXT, HTML, FEED, WARC, JSON_LINES
}
