/**
 * Other tools' article extractors wrapped as {@link dev.parallax.eval.extraction.Extractor}s, for
 * speed and quality comparisons only. Registered as
 * {@link dev.parallax.eval.extraction.ExtractorProvider} services; nothing in Parallax compiles
 * against this package.
 */
package dev.parallax.bench;
