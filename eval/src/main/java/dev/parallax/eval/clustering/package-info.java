/**
 * Same-event clustering benchmarks: readers for ECB+, BASIL and NeuS (AllSides) as they lie in
 * {@code ../shared/data}, pairwise and BCubed scorers, and a synthetic article stream for the
 * speed and memory benchmark of the group stage. The data is read at run time and never copied.
 */
package dev.parallax.eval.clustering;
