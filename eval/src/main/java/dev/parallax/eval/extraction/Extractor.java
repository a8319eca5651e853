package dev.parallax.eval.extraction;

/**
 * Turns one HTML page into its article body text, paragraphs joined with {@code "\n"}. The
 * benchmarks score only the text, so this is all a tool has to offer to be measured. An
 * implementation returns the empty string when it finds no article; it may throw on a page it
 * cannot handle, and the evaluation counts that page as a failure (scored as empty output).
 */
@FunctionalInterface
public interface Extractor {
    /**
     * @param html the page, already decoded to text
     * @param url  the page's URL, or null when unknown
     * @return the body text, never null
     */
    String extract(String html, String url);
}
