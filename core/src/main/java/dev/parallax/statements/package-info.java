/**
 * Statements: one thing a speaker said, matched across the outlets that quote it in different words
 * (translations, longer or shorter excerpts, paraphrase). {@link dev.parallax.statements.Speakers} links
 * quotes to resolved speakers; {@link dev.parallax.statements.StatementGrouper} groups them into
 * {@link dev.parallax.model.Statement}s with their earliest outlet and a word diff of each variant
 * ({@link dev.parallax.statements.WordDiff}) against the longest. Meaning is compared without a language
 * model ({@link dev.parallax.statements.Wording}, {@link dev.parallax.statements.QuoteSimilarity}), so
 * translations that share few content words stay apart.
 */
package dev.parallax.statements;
