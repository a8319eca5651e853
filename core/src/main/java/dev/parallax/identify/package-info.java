/**
 * Stage 3, identify: gives each article its stable id ({@link dev.parallax.identify.ArticleIds})
 * and a body {@link dev.parallax.identify.Fingerprint} so that exact and near-duplicate copies
 * (syndication) are linked, not double-counted.
 */
package dev.parallax.identify;
