package dev.parallax.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs attribution systems over PolNeAR articles and adds up their counts under every
 * {@link AttributionScorer.Rule}. Articles whose analysis fails are counted with no predictions and
 * reported through the progress callback.
 */
public final class QuoteBenchmark {
    private QuoteBenchmark() {
    }

    /**
     * One system's totals by rule, and each article's counts by rule (by article name).
     */
    public record Result(String system, Map<AttributionScorer.Rule, AttributionScorer.Counts> counts,
                         Map<String, Map<AttributionScorer.Rule, AttributionScorer.Counts>> byArticle, long millis) {
        public AttributionScorer.Counts main() {
            return counts.get(AttributionScorer.Rule.HALF_OF_LONGER);
        }

        /** The totals by rule over these articles only. */
        public Map<AttributionScorer.Rule, AttributionScorer.Counts> over(Set<String> articles) {
            Map<AttributionScorer.Rule, AttributionScorer.Counts> totals = zero();
            byArticle.forEach((name, counts) -> {
                if (articles.contains(name)) {
                    counts.forEach((rule, c) -> totals.merge(rule, c, AttributionScorer.Counts::plus));
                }
            });
            return totals;
        }
    }

    /** Zero counts for every rule, to add articles to. */
    static Map<AttributionScorer.Rule, AttributionScorer.Counts> zero() {
        Map<AttributionScorer.Rule, AttributionScorer.Counts> totals = new EnumMap<>(AttributionScorer.Rule.class);
        for (AttributionScorer.Rule rule : AttributionScorer.Rule.values()) {
            totals.put(rule, AttributionScorer.Counts.ZERO);
        }
        return totals;
    }

    /**
     * @param errors when not null, a file to write each article's unmatched gold and predicted contents to
     */
    public static Result run(AttributionSystem system, List<PolnearArticle> articles, Consumer<String> progress,
                             Path errors) {
        StringBuilder log = new StringBuilder();
        Map<AttributionScorer.Rule, AttributionScorer.Counts> totals = zero();
        Map<String, Map<AttributionScorer.Rule, AttributionScorer.Counts>> byArticle = new LinkedHashMap<>();
        long start = System.nanoTime();
        int n = 0;
        for (PolnearArticle article : articles) {
            List<Attribution> predicted = attribute(system, article.name(), article.text(), progress);
            if (errors != null) {
                log.append(AttributionScorer.explain(article.name(), article.gold(), predicted));
            }
            Map<AttributionScorer.Rule, AttributionScorer.Counts> counts = new EnumMap<>(AttributionScorer.Rule.class);
            for (AttributionScorer.Rule rule : AttributionScorer.Rule.values()) {
                counts.put(rule, AttributionScorer.score(article.gold(), predicted, rule));
                totals.put(rule, totals.get(rule).plus(counts.get(rule)));
            }
            byArticle.put(article.name(), counts);
            progress(system, ++n, articles.size(), progress);
        }
        writeErrors(errors, log);
        return new Result(system.name(), totals, byArticle, (System.nanoTime() - start) / 1_000_000);
    }

    /** The system's attributions for one article; none, reported, when its analysis fails. */
    static List<Attribution> attribute(AttributionSystem system, String name, String text, Consumer<String> progress) {
        try {
            return system.attribute(text);
        } catch (RuntimeException e) {
            progress.accept(system.name() + ": " + name + ": analysis-failed: " + e);
            return List.of();
        }
    }

    /** Reports every tenth article and the last. */
    static void progress(AttributionSystem system, int done, int of, Consumer<String> progress) {
        if (done % 10 == 0 || done == of) {
            progress.accept(system.name() + ": " + done + "/" + of + " articles");
        }
    }

    /** Writes the error log when a file was asked for. */
    static void writeErrors(Path errors, CharSequence log) {
        if (errors == null) {
            return;
        }
        try {
            Files.writeString(errors, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + errors, e);
        }
    }
}
