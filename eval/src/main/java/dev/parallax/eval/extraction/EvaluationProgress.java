package dev.parallax.eval.extraction;

/** Told as an evaluation goes through the pages; {@link #NONE} ignores everything. */
public interface EvaluationProgress {
    EvaluationProgress NONE = new EvaluationProgress() {
    };

    /** After each page, failed or not. */
    default void pageDone(int done, int total) {
    }

    /** When the extractor threw on a page (the page is then scored as a failed extraction). */
    default void failed(PageFailure failure) {
    }
}
