/**
 * Stage 4, understand: per-article annotation. {@code understand.nlp} is the only package that
 * touches Stanford CoreNLP ({@link dev.parallax.understand.nlp.CoreNlpAnalyzer}); the rest works on
 * its own {@link dev.parallax.understand.nlp.NlpParagraph} values.
 */
package dev.parallax.understand;
