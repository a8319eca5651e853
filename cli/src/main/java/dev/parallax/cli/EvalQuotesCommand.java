package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.eval.quotes.AttributionScorer;
import dev.parallax.eval.quotes.AttributionSystem;
import dev.parallax.eval.quotes.CachingAnalyzer;
import dev.parallax.eval.quotes.CoreNlpQuoteSystem;
import dev.parallax.eval.quotes.ParallaxSystem;
import dev.parallax.eval.quotes.PolnearArticle;
import dev.parallax.eval.quotes.PolnearReader;
import dev.parallax.eval.quotes.QuoteBenchmark;
import dev.parallax.understand.nlp.CoreNlpAnalyzer;
import dev.parallax.understand.quotes.QuoteFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval quotes}: quote attribution on PolNeAR, Parallax against CoreNLP's QuoteAnnotator,
 * scored alike (docs/evaluation-quotes.md). Progress goes to standard error, the table to standard output,
 * and with {@code --json} a last line holding one JSON object.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Quote attribution on PolNeAR: content precision, recall and F1, speaker accuracy;",
                "Parallax side by side with CoreNLP's QuoteAnnotator (see docs/evaluation-quotes.md)."})
final class EvalQuotesCommand implements Callable<Integer> {
    enum Split { train, dev, test }

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "polnear",
            description = "The benchmark (only polnear).")
    String dataset;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
            description = "train, dev or test (default: ${DEFAULT-VALUE}).")
    Split split;

    @picocli.CommandLine.Mixin
    SharedDataOption data;

    @Option(names = "--json", description = "End with one line of JSON holding the figures.")
    boolean json;

    @picocli.CommandLine.Mixin
    NlpPresetOption nlp;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N articles (by name).")
    Integer limit;

    @Option(names = "--no-reference", description = "Skip CoreNLP's QuoteAnnotator (faster tuning runs).")
    boolean noReference;

    @Option(names = "--reference-without-coref",
            description = "Run CoreNLP's QuoteAnnotator without coref, hence without attribution (faster; speakers not scored).")
    boolean referenceWithoutCoref;

    @Option(names = "--analysis-cache", paramLabel = "FILE",
            description = "Keep Parallax's NLP analyses in this gzipped JSON file and reuse them on later runs "
                    + "(one file per --nlp preset: a file made with another is refused).")
    Path analysisCache;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write Parallax's missed and spurious attributions to this file (for tuning on train/dev).")
    Path errors;

    @Override
    public Integer call() {
        if (!dataset.equalsIgnoreCase("polnear")) {
            System.err.println("parallax: unknown dataset '" + dataset + "': only polnear");
            return Parallax.EXIT_USAGE;
        }
        Path polnear = resolveDataDir(data.dir);
        if (polnear == null) {
            System.err.println("parallax: PolNeAR not found: looked for polnear/data/" + split + " under "
                    + (data.dir != null ? data.dir : "../shared/data (working directory and repository root)")
                    + "; pass --data-dir DIR");
            return Parallax.EXIT_FATAL;
        }
        List<PolnearArticle> articles = PolnearReader.read(polnear, split.name());
        if (limit != null && limit >= 0 && limit < articles.size()) {
            articles = articles.subList(0, limit);
        }
        int gold = articles.stream().mapToInt(a -> a.gold().size()).sum();
        System.err.println("eval quotes: PolNeAR " + split + ", " + articles.size() + " articles, " + gold
                + " gold attributions; loading the Parallax analyzer...");
        List<QuoteBenchmark.Result> results = new ArrayList<>();
        CachingAnalyzer cached = analysisCache == null ? null
                : new CachingAnalyzer(analysisCache, "parallax --nlp " + nlp.preset.name(),
                        () -> new CoreNlpAnalyzer(nlp.preset.options));
        AttributionSystem ours = new ParallaxSystem(cached != null ? cached : new CoreNlpAnalyzer(nlp.preset.options),
                new QuoteFinder());
        results.add(QuoteBenchmark.run(ours, articles, System.err::println, errors));
        if (cached != null) {
            cached.save();
        }
        ours = null; // let the Parallax models go before CoreNLP's are loaded
        cached = null;
        if (!noReference) {
            System.err.println("eval quotes: loading CoreNLP's QuoteAnnotator pipeline...");
            AttributionSystem reference = new CoreNlpQuoteSystem(!referenceWithoutCoref);
            results.add(QuoteBenchmark.run(reference, articles, System.err::println, null));
        }
        printTable(articles.size(), gold, results);
        if (json) {
            System.out.println(toJson(articles.size(), results));
        }
        return Parallax.EXIT_OK;
    }

    private void printTable(int n, int gold, List<QuoteBenchmark.Result> results) {
        System.out.printf(Locale.ROOT, "PolNeAR %s: %d articles, %d gold attributions (first annotator file by name)%n",
                split, n, gold);
        System.out.println("Match: content overlap (letters and digits) >= 50% of the longer span, one-to-one.");
        System.out.printf(Locale.ROOT, "%-24s %7s %7s %7s %9s %10s %8s %8s%n", "system", "P", "R", "F1",
                "speaker", "lenientF1", "exactF1", "seconds");
        for (QuoteBenchmark.Result r : results) {
            AttributionScorer.Counts c = r.main();
            System.out.printf(Locale.ROOT, "%-24s %7.3f %7.3f %7.3f %9.3f %10.3f %8.3f %8.1f%n", r.system(),
                    c.precision(), c.recall(), c.f1(), c.speakerAccuracy(),
                    r.counts().get(AttributionScorer.Rule.HALF_OF_SHORTER).f1(),
                    r.counts().get(AttributionScorer.Rule.EXACT).f1(), r.millis() / 1000.0);
        }
    }

    private String toJson(int n, List<QuoteBenchmark.Result> results) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dataset", "polnear");
        root.put("split", split.name());
        root.put("articles", n);
        root.put("rule", "overlap>=0.5*longer");
        root.putAll(figures(results.get(0)));
        if (results.size() > 1) {
            root.put("corenlp", figures(results.get(1)));
        }
        try {
            return new ObjectMapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> figures(QuoteBenchmark.Result r) {
        AttributionScorer.Counts c = r.main();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("system", r.system());
        m.put("precision", round(c.precision()));
        m.put("recall", round(c.recall()));
        m.put("f1", round(c.f1()));
        m.put("speakerAccuracy", round(c.speakerAccuracy()));
        m.put("gold", c.gold());
        m.put("predicted", c.predicted());
        m.put("matched", c.matched());
        AttributionScorer.Counts lenient = r.counts().get(AttributionScorer.Rule.HALF_OF_SHORTER);
        m.put("lenientF1", round(lenient.f1()));
        m.put("lenientSpeakerAccuracy", round(lenient.speakerAccuracy()));
        m.put("exactF1", round(r.counts().get(AttributionScorer.Rule.EXACT).f1()));
        m.put("seconds", r.millis() / 1000.0);
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** The polnear directory, or null when absent; {@code given} may be the shared data directory or polnear itself. */
    static Path resolveDataDir(Path given) {
        List<Path> candidates = given != null ? List.of(given) : SharedDataOption.defaultRoots();
        for (Path c : candidates) {
            Path p = c.resolve("polnear");
            if (Files.isDirectory(p.resolve("data"))) {
                return p.normalize();
            }
            if (Files.isDirectory(c.resolve("data")) && c.getFileName() != null
                    && c.getFileName().toString().equals("polnear")) {
                return c.normalize();
            }
        }
        return null;
    }
}
