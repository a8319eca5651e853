package dev.parallax.clean.text;

import dev.parallax.model.PublicationDate;

import java.util.List;

/**
 * The header lines at the top of a copied article ({@code date 2024-05-03}, {@code url https://…},
 * {@code outlet …}, {@code title …}, {@code author …}, {@code language en}). Absent fields are null.
 *
 * @param lines     the header lines as written, in order (each becomes METADATA furniture)
 * @param lineCount how many raw lines of the text the header spans, blank lines included
 */
record Header(List<String> lines, int lineCount, PublicationDate published, String url, String outlet,
              String title, List<String> authors, String language) {

    static final Header NONE = new Header(List.of(), 0, null, null, null, null, List.of(), null);

    Header {
        lines = List.copyOf(lines);
        authors = List.copyOf(authors);
    }
}
