package dev.parallax.eval.time;

import dev.parallax.understand.nlp.LanguageAnalyzer;
import dev.parallax.understand.nlp.NlpParagraph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Remembers analyses so two taggers reading the same paragraphs run the language model once. Not thread-safe. */
final class MemoAnalyzer implements LanguageAnalyzer {
    private final LanguageAnalyzer delegate;
    private final Map<String, NlpParagraph> seen = new HashMap<>();

    MemoAnalyzer(LanguageAnalyzer delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public NlpParagraph analyze(String paragraph, LocalDate referenceDate) {
        return seen.computeIfAbsent(referenceDate + "\u0000" + paragraph, k -> delegate.analyze(paragraph, referenceDate));
    }
}
