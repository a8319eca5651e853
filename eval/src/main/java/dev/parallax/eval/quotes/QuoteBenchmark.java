package dev.parallax.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs attribution systems over PolNeAR articles and adds up their counts under every
 * {@link AttributionScorer.Rule}, over all gold attributions and over the speech ones ({@link Scores}).
 * Articles whose analysis fails are counted with no predictions and reported through the progress callback.
 */
public final class QuoteBenchmark {
    private QuoteBenchmark() {
    }

    /**
     * One system's totals, and each article's scores (by article name).
     */
    public record Result(String system, Scores total, Map<String, Scores> byArticle, long millis) {
        /** Totals by rule over all gold attributions. */
        public Map<AttributionScorer.Rule, AttributionScorer.Counts> counts() {
            return total.all();
        }

        public AttributionScorer.Counts main() {
            return total.main();
        }

        /** The totals over these articles only. */
        public Scores over(Set<String> articles) {
            Scores sum = Scores.zero();
            for (Map.Entry<String, Scores> e : byArticle.entrySet()) {
                if (articles.contains(e.getKey())) {
                    sum = sum.plus(e.getValue());
                }
            }
            return sum;
        }
    }

    /**
     * @param errors when not null, a file to write each article's unmatched gold and predicted contents to
     */
    public static Result run(AttributionSystem system, List<PolnearArticle> articles, Consumer<String> progress,
                             Path errors) {
        StringBuilder log = new StringBuilder();
        Scores total = Scores.zero();
        Map<String, Scores> byArticle = new LinkedHashMap<>();
        long start = System.nanoTime();
        int n = 0;
        for (PolnearArticle article : articles) {
            List<Attribution> predicted = attribute(system, article.name(), article.text(), progress);
            if (errors != null) {
                log.append(AttributionScorer.explain(article.name(), article.gold(), predicted));
            }
            Scores scores = Scores.of(article.gold(), predicted);
            total = total.plus(scores);
            byArticle.put(article.name(), scores);
            progress(system, ++n, articles.size(), progress);
        }
        writeErrors(errors, log);
        return new Result(system.name(), total, byArticle, (System.nanoTime() - start) / 1_000_000);
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
