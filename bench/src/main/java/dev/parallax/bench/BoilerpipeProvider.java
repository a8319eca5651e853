package dev.parallax.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.parallax.eval.extraction.Extractor;
import dev.parallax.eval.extraction.ExtractorProvider;

/** boilerpipe's {@code ArticleExtractor} (Kohlschütter et al.), the Java original, on the page's HTML text. */
public final class BoilerpipeProvider implements ExtractorProvider {
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
            try {
                String text = ArticleExtractor.INSTANCE.getText(html);
                return text == null ? "" : text;
            } catch (BoilerpipeProcessingException e) {
                throw new IllegalStateException("boilerpipe: " + e.getMessage(), e);
            }
        };
    }
}
