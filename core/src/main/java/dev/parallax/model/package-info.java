/**
 * The model: immutable values passed from stage to stage. {@link dev.parallax.model.SourceDocument}
 * is what ingest reads; {@link dev.parallax.model.Article} is what clean makes of it.
 * Lists are copied on construction; no value is changed after it is made.
 */
package dev.parallax.model;
