package dev.parallax.model;

import java.util.List;

/**
 * What the container of a document already says about it (a feed item's title and date, a JSON
 * Lines record's fields, a WARC record's target URI). Every field is optional; a cleaner prefers
 * these over what it finds in the content.
 */
public record DocumentHints(String url, String title, List<String> authors, PublicationDate published,
                            String outlet, String language) {

    public static final DocumentHints NONE = new DocumentHints(null, null, List.of(), null, null, null);

    public DocumentHints {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public DocumentHints withUrl(String newUrl) {
        return new DocumentHints(newUrl, title, authors, published, outlet, language);
    }

    public DocumentHints withOutlet(String newOutlet) {
        return new DocumentHints(url, title, authors, published, newOutlet, language);
    }
}
