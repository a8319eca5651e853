/**
 * The pipeline: the one class ({@link dev.parallax.pipeline.Pipeline}) that wires the stages,
 * and the report of a run.
 */
package dev.parallax.pipeline;
