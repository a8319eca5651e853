package dev.parallax.understand.time;

import dev.parallax.model.Article;
import dev.parallax.model.Span;
import dev.parallax.model.TimeExpression;
import dev.parallax.understand.nlp.LanguageAnalyzer;
import dev.parallax.understand.nlp.NlpParagraph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The time expressions of an article, body paragraph by body paragraph (never across paragraphs), resolved
 * against the article's publication date. An undated article is resolved against a date estimated from its
 * content ({@link PublicationDateEstimator}); without that, only expressions whose value does not depend on
 * a reference date ("3 May 2024", "2019", "now") get a value, the others keep a null value.
 *
 * <p>With a {@link LanguageAnalyzer} the rules are completed by the analyzer's time mentions (SUTime); without
 * one, rules only. Not thread-safe when built with an analyzer (one per worker), thread-safe otherwise.
 */
public final class TimeAnnotator {
    /** Two far-apart reference dates: a value equal under both does not depend on the reference. */
    private static final LocalDate PROBE_A = LocalDate.of(2001, 2, 14);
    private static final LocalDate PROBE_B = LocalDate.of(2017, 9, 3);

    private static final TimeRecognizer RULES = new TimeRecognizer();

    private final LanguageAnalyzer analyzer;
    private final TimeFinder finder = new TimeFinder();

    private TimeAnnotator(LanguageAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Rules only: fast, no language model. */
    public static TimeAnnotator rulesOnly() {
        return new TimeAnnotator(null);
    }

    /** Rules completed by the analyzer's time mentions. */
    public static TimeAnnotator with(LanguageAnalyzer analyzer) {
        return new TimeAnnotator(Objects.requireNonNull(analyzer, "analyzer"));
    }

    /** The reference date of an article: its publication date, else an estimate from its body, else empty. */
    public static Optional<LocalDate> referenceDate(Article article) {
        if (article.published() != null) {
            return Optional.of(article.published().date());
        }
        return PublicationDateEstimator.estimate(article.body()).map(p -> p.date());
    }

    public List<TimeExpression> annotate(Article article) {
        Optional<LocalDate> reference = referenceDate(article);
        List<TimeExpression> out = new ArrayList<>();
        List<String> body = article.body();
        for (int i = 0; i < body.size(); i++) {
            String paragraph = body.get(i);
            List<FoundTime> found = reference.isPresent() ? find(paragraph, reference.get())
                    : referenceFree(paragraph);
            for (FoundTime f : found) {
                out.add(new TimeExpression(article.id(), f.text(), f.type(), f.value(), new Span(i, f.begin(), f.end()),
                        TimexMod.of(f.text())));
            }
        }
        return out;
    }

    /**
     * Expressions of an already analysed body paragraph, for callers that share one analysis between annotators.
     * With no reference date (an undated article nothing dates), values are kept only where they do not depend
     * on one, as in {@link #annotate(Article)}.
     */
    public List<TimeExpression> annotate(String articleId, int paragraphIndex, NlpParagraph paragraph,
                                         LocalDate reference) {
        List<FoundTime> found = reference == null ? referenceFree(paragraph.text()) : finder.find(paragraph, reference);
        return found.stream()
                .map(f -> new TimeExpression(articleId, f.text(), f.type(), f.value(),
                        new Span(paragraphIndex, f.begin(), f.end()), TimexMod.of(f.text())))
                .toList();
    }

    private List<FoundTime> find(String paragraph, LocalDate reference) {
        return analyzer == null ? finder.find(paragraph, reference)
                : finder.find(analyzer.analyze(paragraph, reference), reference);
    }

    /** Expressions found with no reference date: values kept only where they do not depend on one. */
    static List<FoundTime> referenceFree(String paragraph) {
        List<FoundTime> a = RULES.find(paragraph, PROBE_A);
        List<FoundTime> b = RULES.find(paragraph, PROBE_B);
        List<FoundTime> out = new ArrayList<>();
        for (FoundTime f : a) {
            boolean stable = b.stream().anyMatch(g -> g.begin() == f.begin() && g.end() == f.end()
                    && Objects.equals(g.value(), f.value()));
            out.add(stable ? f : new FoundTime(f.begin(), f.end(), f.text(), f.type(), null));
        }
        return out;
    }
}
