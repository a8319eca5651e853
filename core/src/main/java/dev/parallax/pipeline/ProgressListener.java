package dev.parallax.pipeline;

import dev.parallax.model.Problem;

import java.nio.file.Path;

/** Told of a batch's progress; the CLI draws a progress bar from it. All methods default to nothing. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    default void started(int files) {
    }

    default void fileDone(Path file, int documents) {
    }

    default void problem(Problem problem) {
    }

    default void finished(BatchReport report) {
    }
}
