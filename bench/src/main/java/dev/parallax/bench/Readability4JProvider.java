package dev.parallax.bench;

import dev.parallax.eval.extraction.Extractor;
import dev.parallax.eval.extraction.ExtractorProvider;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Readability4J, the Kotlin port of Mozilla's Readability.js; the article's text content. */
public final class Readability4JProvider implements ExtractorProvider {
    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public String version() {
        return "1.0.8";
    }

    @Override
    public Extractor extractor() {
        return (html, url) -> {
            Article article = new Readability4J(url == null ? "" : url, html).parse();
            String text = article.getTextContent();
            return text == null ? "" : text;
        };
    }
}
