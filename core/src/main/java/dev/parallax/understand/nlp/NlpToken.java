package dev.parallax.understand.nlp;

/**
 * One token of a paragraph.
 *
 * @param begin character offset in the paragraph (inclusive)
 * @param end   character offset in the paragraph (exclusive)
 * @param ner   named-entity tag (PERSON, ORGANIZATION, LOCATION, DATE, …) or "O"
 */
public record NlpToken(String word, String tag, String lemma, String ner, int begin, int end) {
}
