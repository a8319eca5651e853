package dev.parallax.pipeline;

import dev.parallax.understand.Annotator;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the understand stage runs: a factory of annotators (one is built per worker thread, since
 * language models are not thread-safe), the number of workers, and the version name under which
 * annotations are stored (annotations stored under another version are redone).
 */
public record Understanding(Supplier<Annotator> annotators, int workers, String version) {
    public Understanding {
        Objects.requireNonNull(annotators, "annotators");
        Objects.requireNonNull(version, "version");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
    }
}
