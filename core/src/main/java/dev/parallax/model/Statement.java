package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing a speaker said, as the outlets quote it: translations, longer or shorter excerpts and
 * paraphrases of the same words are variants of one statement.
 *
 * @param id                stable within one run ({@code s1}, {@code s2} … in order of the first quote)
 * @param speaker           the speaker's entity id, or null when the speaker was not resolved to an entity
 * @param speakerName       the speaker's canonical name, or as written (name or description), or null
 * @param quoteIds          the variants' quote ids, in input order
 * @param earliestQuoteId   the quote of the earliest-published article carrying the statement
 * @param earliestOutlet    that article's outlet, or null when unknown
 * @param referenceQuoteId  the quote the variants are diffed against: the longest (ties: the first)
 * @param variants          the variants side by side, in input order
 */
public record Statement(String id, String speaker, String speakerName, List<String> quoteIds,
                        String earliestQuoteId, String earliestOutlet, String referenceQuoteId,
                        List<StatementVariant> variants) {
    public Statement {
        Objects.requireNonNull(id, "id");
        quoteIds = List.copyOf(quoteIds);
        variants = List.copyOf(variants);
    }
}
