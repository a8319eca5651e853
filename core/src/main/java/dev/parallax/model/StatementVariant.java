package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One outlet's wording of a statement: a quote, where it was carried, and how its words differ from the
 * statement's reference variant.
 *
 * @param quoteId   the quote's id
 * @param articleId the id of the article carrying the quote
 * @param outlet    the article's outlet, or null when unknown
 * @param text      the quote's text as the article has it
 * @param diff      word runs from the reference variant to this one; the reference itself is one EQUAL run
 */
public record StatementVariant(String quoteId, String articleId, String outlet, String text, List<DiffOp> diff) {
    public StatementVariant {
        Objects.requireNonNull(text, "text");
        diff = List.copyOf(diff);
    }
}
