/**
 * Readers and scorers for the public main-text extraction benchmarks (read at run time from
 * {@code ../shared/data}, never copied into the repository):
 * <ul>
 *   <li>{@link dev.parallax.eval.extraction.ScrapinghubBenchmark} with {@link dev.parallax.eval.extraction.ShingleScorer},
 *       a faithful port of the benchmark's {@code evaluate.py} (4-word shingles over {@code \w+} tokens);</li>
 *   <li>{@link dev.parallax.eval.extraction.TrafilaturaBenchmark} with {@link dev.parallax.eval.extraction.SegmentScorer},
 *       a faithful port of trafilatura's {@code tests/evaluate.py} (per-segment substring test).</li>
 * </ul>
 * An {@link dev.parallax.eval.extraction.Extractor} is anything that turns an HTML page into body text; the
 * scorers take one, so Parallax and other tools are measured by the same code.
 */
package dev.parallax.eval.extraction;
