package dev.parallax.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.parallax.eval.extraction.Extractor;
import dev.parallax.eval.extraction.ExtractorProvider;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * boilerpipe's {@code ArticleExtractor} (Kohlschütter et al.), the Java original, on the page's HTML text.
 * boilerpipe prints a warning line to standard error for every page with nested links; those are
 * silenced during the call (the extractor is meant for the single-threaded benchmarks only).
 */
public final class BoilerpipeProvider implements ExtractorProvider {
    private static final PrintStream SILENT = new PrintStream(OutputStream.nullOutputStream());

    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String version() {
        return "1.2.2 ArticleExtractor";
    }

    @Override
    public Extractor extractor() {
        return (html, url) -> {
            PrintStream err = System.err;
            System.setErr(SILENT);
            try {
                String text = ArticleExtractor.INSTANCE.getText(html);
                return text == null ? "" : text;
            } catch (BoilerpipeProcessingException e) {
                throw new IllegalStateException("boilerpipe: " + e.getMessage(), e);
            } finally {
                System.setErr(err);
            }
        };
    }
}
