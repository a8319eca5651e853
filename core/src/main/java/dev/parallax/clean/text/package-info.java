/**
 * The plain-text cleaner: copied article text to an {@link dev.parallax.model.Article}.
 * {@link dev.parallax.clean.text.PlainTextCleaner} wires header parsing, paragraphing and an ordered list of
 * single-purpose filters over an immutable draft. Two more classes are public for the HTML extractor, so that
 * both read the same lines alike: {@link dev.parallax.clean.text.BylineParser} and
 * {@link dev.parallax.clean.text.FooterLines}.
 * Line rules are data ({@code FurnitureRules}); comments are read by {@code CommentThreadParser}
 * and their times resolved by {@code RelativeTimeResolver}. Furniture is typed and kept.
 */
package dev.parallax.clean.text;
