package dev.parallax.clean.html;

import dev.parallax.model.PublicationDate;

import java.util.List;

/**
 * What a page says about its article outside the body: JSON-LD, OpenGraph, {@code <meta>} tags,
 * {@code <time>}, {@code <html lang>} and the canonical link. Every field may be null (or empty).
 *
 * @param title         the headline (JSON-LD headline, og:title, dc.title …)
 * @param authors       author names, never URLs
 * @param published     the publication date
 * @param siteName      the outlet as the page names itself (og:site_name, JSON-LD publisher)
 * @param url           the canonical URL (canonical link, og:url, JSON-LD url)
 * @param language      an ISO 639-1 code
 * @param articleBody   the JSON-LD articleBody text, when the page carries one
 */
record PageMetadata(String title, List<String> authors, PublicationDate published, String siteName, String url,
                    String language, String articleBody) {

    PageMetadata {
        authors = List.copyOf(authors);
    }
}
