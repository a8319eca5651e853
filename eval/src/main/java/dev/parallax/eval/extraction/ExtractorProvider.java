package dev.parallax.eval.extraction;

/**
 * Another tool's extractor, offered to the benchmarks through {@link java.util.ServiceLoader} (the
 * {@code bench} module registers boilerpipe and Readability4J this way), so that no Parallax module
 * has to compile against those tools.
 */
public interface ExtractorProvider {
    /** Short tool name for tables, e.g. {@code boilerpipe}. */
    String name();

    /** Library version and variant, e.g. {@code 1.2.2 ArticleExtractor}. */
    String version();

    /** A ready extractor; it must be safe to call repeatedly from one thread. */
    Extractor extractor();
}
