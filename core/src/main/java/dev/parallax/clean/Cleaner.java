package dev.parallax.clean;

import dev.parallax.model.SourceDocument;

/**
 * Stage 2, clean: separates an article from its page furniture. Implementations never change
 * their input, never throw on bad content (they return {@link CleanResult.Rejected}), and are
 * thread-safe once built.
 */
public interface Cleaner {
    CleanResult clean(SourceDocument document);
}
