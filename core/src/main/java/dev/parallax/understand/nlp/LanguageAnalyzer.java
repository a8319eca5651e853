package dev.parallax.understand.nlp;

import java.time.LocalDate;

/** Analyses one paragraph at a time. Implementations are not required to be thread-safe: one per worker. */
public interface LanguageAnalyzer {
    /**
     * @param paragraph     one paragraph of body text (never text spanning furniture)
     * @param referenceDate the date relative time expressions are resolved against, or null
     */
    NlpParagraph analyze(String paragraph, LocalDate referenceDate);
}
