package dev.parallax.clean.text;

import dev.parallax.clean.CleanResult;
import dev.parallax.clean.Cleaner;
import dev.parallax.clean.outlet.OutletDirectory;
import dev.parallax.model.Article;
import dev.parallax.model.SourceDocument;

import java.util.ArrayList;
import java.util.List;

/** Cleans plain-text articles copied from pages. (Placeholder: paragraphs only; furniture typing arrives with the cleaning work.) */
public final class PlainTextCleaner implements Cleaner {
    private final OutletDirectory outlets;

    public PlainTextCleaner(OutletDirectory outlets) {
        this.outlets = outlets;
    }

    @Override
    public CleanResult clean(SourceDocument doc) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : doc.content().split("\\n\\s*\\n")) {
            String p = block.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        if (paragraphs.isEmpty()) {
            return CleanResult.rejected(doc.source(), "no-article", "no text");
        }
        String title = doc.hints().title() != null ? doc.hints().title() : paragraphs.remove(0);
        String outlet = doc.hints().outlet() != null ? doc.hints().outlet() : outlets.forUrl(doc.hints().url()).orElse(null);
        return CleanResult.cleaned(new Article(null, doc.source(), outlet, doc.hints().url(), title,
                doc.hints().authors(), doc.hints().published(), doc.hints().language(), List.of(), paragraphs,
                List.of(), List.of(), null));
    }
}
