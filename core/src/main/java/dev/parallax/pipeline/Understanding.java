package dev.parallax.pipeline;

import dev.parallax.understand.Annotator;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the understand stage runs.
 *
 * @param annotators a factory of annotators (one is built per worker thread, since language models are not
 *                   thread-safe)
 * @param workers    the number of workers
 * @param version    the version name under which annotations are stored (annotations stored under another
 *                   version are redone)
 * @param grouping   the name of the stored event grouping its articles join: one per kind of entity keys the
 *                   annotations give the grouper (with or without language models), so that a new annotator
 *                   version goes on with the same events
 */
public record Understanding(Supplier<Annotator> annotators, int workers, String version, String grouping) {
    public Understanding {
        Objects.requireNonNull(annotators, "annotators");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(grouping, "grouping");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
    }
}
