/**
 * BASIL as it lies in {@code ../shared/data/basil}: the article files and their body paragraphs, shared by the
 * benchmarks that read BASIL (events, entities, quotes). The data is read at run time and never copied.
 */
package dev.parallax.eval.basil;
