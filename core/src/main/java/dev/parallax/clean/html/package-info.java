/**
 * The HTML article extractor: {@link dev.parallax.clean.html.HtmlExtractor} turns an HTML page into an
 * {@link dev.parallax.model.Article} in one jsoup parse. Metadata is read first (JSON-LD, OpenGraph, meta
 * tags); furniture is pruned by rules kept as data ({@code BoilerplateRules}) and typed, never dropped;
 * the article's container is picked by paragraph text against links and other text, measured bottom-up
 * once per tree ({@code TextStats}); reader comments become {@link dev.parallax.model.Comment} records.
 * Only {@code HtmlExtractor} is public; the rest are package-private stages of it.
 */
package dev.parallax.clean.html;
