/**
 * Stage 2, clean: {@link dev.parallax.model.SourceDocument} to {@link dev.parallax.model.Article}.
 * {@code clean.text} reads copied plain text, {@code clean.html} reads HTML pages,
 * {@code clean.outlet} names outlets from domains and cues. {@link dev.parallax.clean.ContentCleaner}
 * routes by content type. Furniture is typed and kept, never dropped.
 */
package dev.parallax.clean;
