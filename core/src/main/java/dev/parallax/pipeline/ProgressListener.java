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

    /** A later stage started: {@code total} articles to go through ({@code stage} names it, e.g. "understand"). */
    default void stageStarted(String stage, int total) {
    }

    /** {@code done} of the stage's articles are through. */
    default void stageProgress(String stage, int done, int total) {
    }

    default void stageFinished(String stage) {
    }
}
