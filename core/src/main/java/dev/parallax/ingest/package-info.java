/**
 * Stage 1, ingest: turns input paths (files or directories, gzip or not) into
 * {@link dev.parallax.model.SourceDocument}s. The format of each file is detected from its content;
 * one {@link dev.parallax.ingest.FormatReader} per format. Unreadable inputs become
 * {@link dev.parallax.model.Problem}s; one bad file never stops a batch.
 */
package dev.parallax.ingest;
