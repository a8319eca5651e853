package dev.parallax.clean;

import dev.parallax.model.SourceDocument;

import java.util.Objects;

/** Routes each document to the cleaner for its content type. */
public final class ContentCleaner implements Cleaner {
    private final Cleaner text;
    private final Cleaner html;

    public ContentCleaner(Cleaner text, Cleaner html) {
        this.text = Objects.requireNonNull(text, "text");
        this.html = Objects.requireNonNull(html, "html");
    }

    @Override
    public CleanResult clean(SourceDocument document) {
        return switch (document.type()) {
            case TEXT -> text.clean(document);
            case HTML -> html.clean(document);
        };
    }
}
