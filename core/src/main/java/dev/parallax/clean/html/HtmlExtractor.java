package dev.parallax.clean.html;

import dev.parallax.clean.CleanResult;
import dev.parallax.clean.Cleaner;
import dev.parallax.clean.outlet.OutletDirectory;
import dev.parallax.model.Article;
import dev.parallax.model.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Extracts the article from an HTML page. (Placeholder: title and paragraphs; the real extractor arrives with issue 3.) */
public final class HtmlExtractor implements Cleaner {
    private final OutletDirectory outlets;

    public HtmlExtractor(OutletDirectory outlets) {
        this.outlets = outlets;
    }

    @Override
    public CleanResult clean(SourceDocument doc) {
        Document page = Jsoup.parse(doc.content(), doc.hints().url() == null ? "" : doc.hints().url());
        List<String> paragraphs = new ArrayList<>();
        for (Element p : page.select("p")) {
            String t = p.text().strip();
            if (t.length() > 40) {
                paragraphs.add(t);
            }
        }
        if (paragraphs.isEmpty()) {
            return CleanResult.rejected(doc.source(), "no-article", "no article text found in the page");
        }
        String title = doc.hints().title() != null ? doc.hints().title() : page.title();
        String outlet = doc.hints().outlet() != null ? doc.hints().outlet() : outlets.forUrl(doc.hints().url()).orElse(null);
        return CleanResult.cleaned(new Article(null, doc.source(), outlet, doc.hints().url(), title,
                doc.hints().authors(), doc.hints().published(), doc.hints().language(), List.of(), paragraphs,
                List.of(), List.of(), null));
    }
}
