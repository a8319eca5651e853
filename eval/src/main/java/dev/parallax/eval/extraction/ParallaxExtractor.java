package dev.parallax.eval.extraction;

import dev.parallax.clean.CleanResult;
import dev.parallax.clean.Cleaner;
import dev.parallax.model.ContentType;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.SourceDocument;
import dev.parallax.pipeline.Pipelines;

/**
 * Parallax's own extractor as the benchmarks see it: the standard cleaner applied to the page as an
 * HTML {@link SourceDocument} (with the URL as a hint), the body paragraphs joined with {@code "\n"}.
 * A rejected page (no article found) yields the empty string. Thread-safe, as the cleaner is.
 */
public final class ParallaxExtractor implements Extractor {
    private final Cleaner cleaner;

    public ParallaxExtractor(Cleaner cleaner) {
        if (cleaner == null) {
            throw new IllegalArgumentException("cleaner is null");
        }
        this.cleaner = cleaner;
    }

    /** The extractor of {@link Pipelines#standardCleaner()}. */
    public static ParallaxExtractor standard() {
        return new ParallaxExtractor(Pipelines.standardCleaner());
    }

    @Override
    public String extract(String html, String url) {
        DocumentHints hints = url == null ? DocumentHints.NONE : DocumentHints.NONE.withUrl(url);
        SourceDocument doc = new SourceDocument(url == null ? "page" : url, ContentType.HTML, html, hints);
        CleanResult result = cleaner.clean(doc);
        if (result instanceof CleanResult.Cleaned cleaned) {
            return String.join("\n", cleaned.article().body());
        }
        return "";
    }
}
