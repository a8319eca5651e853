/**
 * The export format: the contract read by the CLI, the API, tests and outside scripts.
 * {@link dev.parallax.export.ArticleJson} is the one place that names an article's fields.
 */
package dev.parallax.export;
