/**
 * Quote attribution benchmark: reads PolNeAR (BRAT standoff attributions over raw article text) from
 * {@code ../shared/data/polnear}, runs Parallax's {@link dev.parallax.understand.quotes.QuoteFinder} and, as a
 * reference, CoreNLP's own QuoteAnnotator, and scores both with the same overlap rule
 * ({@link dev.parallax.eval.quotes.AttributionScorer}).
 */
package dev.parallax.eval.quotes;
