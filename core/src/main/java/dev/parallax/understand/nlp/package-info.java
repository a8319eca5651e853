/**
 * The language-analysis adapter: the only package that imports Stanford CoreNLP.
 * {@link dev.parallax.understand.nlp.CoreNlpAnalyzer} turns CoreNLP's annotations into Parallax's own
 * immutable {@link dev.parallax.understand.nlp.NlpParagraph} values, configured by typed
 * {@link dev.parallax.understand.nlp.NlpOptions}.
 */
package dev.parallax.understand.nlp;
