/**
 * Quotes and attribution: who said what in an article's body. {@link dev.parallax.understand.quotes.QuoteFinder}
 * works on analysed body paragraphs ({@link dev.parallax.understand.nlp.NlpParagraph}) and finds direct quotes
 * (quotation marks, straight or curly, across paragraphs, broken by the attribution, partial, nested) and
 * reported speech (cue verbs kept as data in {@code cues.txt}), and attributes each to a speaker resolved
 * across the article (names, pronouns, descriptions, organisations, anonymous sources).
 * {@link dev.parallax.understand.quotes.QuoteAnnotator} turns that into {@link dev.parallax.model.Quote} records.
 *
 * <p>Only {@link dev.parallax.model.Article#body()} is read: reader comments, captions and embedded posts were
 * separated as furniture before this stage, so quotes inside them are never taken for the article's quotes.
 */
package dev.parallax.understand.quotes;
