package dev.parallax.eval.quotes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Runs an attribution system over BASIL's articles and adds up {@link BasilQuoteScorer} counts, in all and by
 * outlet. An article whose analysis fails is counted with no predictions and reported through the progress
 * callback.
 */
public final class BasilQuoteBenchmark {
    private BasilQuoteBenchmark() {
    }

    /** One system's totals, in all and by BASIL outlet code. */
    public record Result(String system, BasilQuoteScorer.Counts total, Map<String, BasilQuoteScorer.Counts> byOutlet,
                         long millis) {
        public Result {
            byOutlet = Map.copyOf(byOutlet);
        }
    }

    /**
     * @param errors when not null, a file to write each article's missed spans and wrong speakers to
     */
    public static Result run(AttributionSystem system, List<BasilQuoteArticle> articles, Consumer<String> progress,
                             Path errors) {
        StringBuilder log = errors == null ? null : new StringBuilder();
        BasilQuoteScorer.Counts total = BasilQuoteScorer.Counts.ZERO;
        Map<String, BasilQuoteScorer.Counts> byOutlet = new TreeMap<>();
        long start = System.nanoTime();
        int n = 0;
        for (BasilQuoteArticle article : articles) {
            List<Attribution> predicted = QuoteBenchmark.attribute(system, article.name(), article.text(), progress);
            if (log != null) {
                log.append("## ").append(article.name()).append(" (").append(article.outlet()).append(")\n");
            }
            BasilQuoteScorer.Counts c = BasilQuoteScorer.score(article, predicted, log);
            total = total.plus(c);
            byOutlet.merge(article.outlet(), c, BasilQuoteScorer.Counts::plus);
            QuoteBenchmark.progress(system, ++n, articles.size(), progress);
        }
        QuoteBenchmark.writeErrors(errors, log);
        return new Result(system.name(), total, byOutlet, (System.nanoTime() - start) / 1_000_000);
    }
}
