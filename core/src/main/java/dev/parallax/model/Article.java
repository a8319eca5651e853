package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A clean article: headline, byline, date and body, with the page furniture and reader comments
 * separated out and kept. The output of the clean stage; {@link #id()} and {@link #duplicateOf()}
 * are set by the identify stage.
 *
 * @param id          stable identifier, a hash of the normalised body and the URL or outlet; null before identification
 * @param source      the input as given (path or URL, with record locator)
 * @param outlet      the outlet's name, or null when unknown (never guessed)
 * @param url         the article's URL, or null
 * @param title       the headline, or null
 * @param authors     the authors' names from the byline
 * @param published   the publication date, or null
 * @param language    an ISO 639-1 code, or null
 * @param summary     key points the page lists above the body
 * @param body        the body paragraphs
 * @param removed     furniture separated from the body, in page order
 * @param comments    reader comments
 * @param duplicateOf id of the earlier article this one copies (syndication), or null
 */
public record Article(String id, String source, String outlet, String url, String title, List<String> authors,
                      PublicationDate published, String language, List<String> summary, List<String> body,
                      List<Furniture> removed, List<Comment> comments, String duplicateOf) {

    public Article {
        Objects.requireNonNull(source, "source");
        authors = List.copyOf(authors);
        summary = List.copyOf(summary);
        body = List.copyOf(body);
        removed = List.copyOf(removed);
        comments = List.copyOf(comments);
    }

    public Article withIdentity(String newId, String newDuplicateOf) {
        return new Article(newId, source, outlet, url, title, authors, published, language, summary, body,
                removed, comments, newDuplicateOf);
    }

    public Article withPublished(PublicationDate newPublished) {
        return new Article(id, source, outlet, url, title, authors, newPublished, language, summary, body,
                removed, comments, duplicateOf);
    }

    public Article withOutlet(String newOutlet) {
        return new Article(id, source, newOutlet, url, title, authors, published, language, summary, body,
                removed, comments, duplicateOf);
    }

    /** The body as one text, paragraphs separated by blank lines. */
    public String bodyText() {
        return String.join("\n\n", body);
    }
}
