package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.eval.quotes.AnnotatorAgreement;
import dev.parallax.eval.quotes.AttributionScorer;
import dev.parallax.eval.quotes.BasilQuoteArticle;
import dev.parallax.eval.quotes.BasilQuoteBenchmark;
import dev.parallax.eval.quotes.BasilQuoteReader;
import dev.parallax.eval.quotes.BasilQuoteScorer;
import dev.parallax.eval.quotes.AttributionSystem;
import dev.parallax.eval.quotes.CachingAnalyzer;
import dev.parallax.eval.quotes.CoreNlpQuoteSystem;
import dev.parallax.eval.quotes.ParallaxSystem;
import dev.parallax.eval.quotes.PolnearArticle;
import dev.parallax.eval.quotes.PolnearReader;
import dev.parallax.eval.quotes.QuoteBenchmark;
import dev.parallax.eval.quotes.Scores;
import dev.parallax.understand.nlp.CoreNlpAnalyzer;
import dev.parallax.understand.quotes.QuoteFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code parallax eval quotes}: quote attribution on PolNeAR, Parallax against CoreNLP's QuoteAnnotator,
 * scored alike (docs/evaluation-quotes.md); with {@code --dataset basil}, recall and speaker accuracy on the
 * quotes BASIL marks in 300 articles of Fox News, the New York Times and HuffPost. Progress goes to standard
 * error, the table to standard output, and with {@code --json} a last line holding one JSON object.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Quote attribution on PolNeAR: content precision, recall and F1, speaker accuracy;",
                "Parallax side by side with CoreNLP's QuoteAnnotator (see docs/evaluation-quotes.md).",
                "--dataset basil: recall and speaker accuracy on BASIL's marked quotes (no precision: see the docs)."})
final class EvalQuotesCommand implements Callable<Integer> {
    enum Split { train, dev, test }

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "polnear",
            description = "polnear (default) or basil.")
    String dataset;

    @Option(names = "--split", paramLabel = "SPLIT",
            description = "PolNeAR's train, dev or test (default: dev). BASIL has no splits.")
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

    @Option(names = "--agreement",
            description = "Also score PolNeAR's later annotators against the first on the articles several people "
                    + "annotated, and Parallax on those same articles: how close to human agreement it is.")
    boolean agreement;

    @Override
    public Integer call() {
        if (dataset.equalsIgnoreCase("basil")) {
            return basil();
        }
        if (!dataset.equalsIgnoreCase("polnear")) {
            System.err.println("parallax: unknown dataset '" + dataset + "': polnear or basil");
            return Parallax.EXIT_USAGE;
        }
        if (split == null) {
            split = Split.dev;
        }
        Path polnear = resolveDataDir(data.dir);
        if (polnear == null) {
            System.err.println("parallax: PolNeAR not found: looked for polnear/data/" + split + " under "
                    + (data.dir != null ? data.dir : "../shared/data (working directory and repository root)")
                    + "; pass --data-dir DIR");
            return Parallax.EXIT_FATAL;
        }
        List<PolnearReader.MultiplyAnnotated> annotated = limited(PolnearReader.readAllAnnotators(polnear, split.name()));
        List<PolnearArticle> articles = annotated.stream()
                .map(a -> new PolnearArticle(a.name(), a.annotators().get(0), a.text(), a.byAnnotator().get(0)))
                .toList();
        int gold = articles.stream().mapToInt(a -> a.gold().size()).sum();
        System.err.println("eval quotes: PolNeAR " + split + ", " + articles.size() + " articles, " + gold
                + " gold attributions; loading the Parallax analyzer...");
        List<QuoteBenchmark.Result> results = runBoth(system -> QuoteBenchmark.run(system, articles,
                System.err::println, system instanceof ParallaxSystem ? errors : null));
        printTable(articles.size(), gold, results);
        AnnotatorAgreement.Result humans = agreement ? AnnotatorAgreement.score(annotated) : null;
        Scores oursOnThem = null;
        if (humans != null) {
            // Parallax's counts on the same articles, from the run above
            oursOnThem = results.get(0).over(AnnotatorAgreement.multiplyAnnotated(annotated).stream()
                    .map(PolnearReader.MultiplyAnnotated::name).collect(Collectors.toSet()));
            printAgreement(humans, results.get(0).system(), oursOnThem);
        }
        if (json) {
            Map<String, Object> root = polnearJson(articles.size(), results);
            if (humans != null) {
                root.put("agreement", agreementJson(humans, oursOnThem));
            }
            System.out.println(write(root));
        }
        return Parallax.EXIT_OK;
    }

    private Integer basil() {
        if (split != null) {
            System.err.println("parallax: BASIL has no splits: leave out --split");
            return Parallax.EXIT_USAGE;
        }
        Optional<Path> folder = data.find("basil");
        if (folder.isEmpty()) {
            System.err.println("parallax: " + data.missing("basil"));
            return Parallax.EXIT_FATAL;
        }
        List<BasilQuoteArticle> articles;
        try {
            articles = limited(BasilQuoteReader.read(folder.get(), p -> System.err.println("eval quotes: left out: " + p)));
        } catch (IOException e) {
            System.err.println("parallax: cannot read BASIL at " + folder.get() + ": " + e.getMessage());
            return Parallax.EXIT_FATAL;
        }
        int gold = articles.stream().mapToInt(a -> a.gold().size()).sum();
        System.err.println("eval quotes: BASIL, " + articles.size() + " articles, " + gold
                + " marked quotes; loading the Parallax analyzer...");
        List<BasilQuoteBenchmark.Result> results = runBoth(system -> BasilQuoteBenchmark.run(system, articles,
                System.err::println, system instanceof ParallaxSystem ? errors : null));
        System.out.printf(Locale.ROOT, "BASIL: %d articles (Fox News fox, New York Times nyt, HuffPost hpo), %d marked quotes%n",
                articles.size(), gold);
        System.out.println("Found: one predicted content covers >= 50% of the marked span's letters. "
                + "Speaker: on found spans with a named speaker. No precision: BASIL marks only quotes that carry bias.");
        System.out.printf(Locale.ROOT, "%-24s %-6s %7s %9s %8s %8s%n", "system", "outlet", "recall", "speaker",
                "spans", "seconds");
        for (BasilQuoteBenchmark.Result r : results) {
            System.out.printf(Locale.ROOT, "%-24s %-6s %7.3f %9.3f %8d %8.1f%n", r.system(), "all",
                    r.total().recall(), r.total().speakerAccuracy(), r.total().gold(), r.millis() / 1000.0);
            new TreeMap<>(r.byOutlet()).forEach((outlet, c) -> System.out.printf(Locale.ROOT, "%-24s %-6s %7.3f %9.3f %8d%n", "",
                    outlet, c.recall(), c.speakerAccuracy(), c.gold()));
        }
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("dataset", "basil");
            root.put("articles", articles.size());
            root.put("rule", "covers>=0.5*gold");
            root.putAll(basilFigures(results.get(0)));
            if (results.size() > 1) {
                root.put("corenlp", basilFigures(results.get(1)));
            }
            System.out.println(write(root));
        }
        return Parallax.EXIT_OK;
    }

    private <A> List<A> limited(List<A> articles) {
        return limit != null && limit >= 0 && limit < articles.size() ? articles.subList(0, limit) : articles;
    }

    /** Parallax's run, then (unless --no-reference) CoreNLP's QuoteAnnotator, one after the other in memory. */
    private <R> List<R> runBoth(Function<AttributionSystem, R> run) {
        List<R> results = new ArrayList<>();
        CachingAnalyzer cached = analysisCache == null ? null
                : new CachingAnalyzer(analysisCache, "parallax --nlp " + nlp.preset.name(),
                        () -> new CoreNlpAnalyzer(nlp.preset.options));
        AttributionSystem ours = new ParallaxSystem(cached != null ? cached : new CoreNlpAnalyzer(nlp.preset.options),
                new QuoteFinder());
        results.add(run.apply(ours));
        if (cached != null) {
            cached.save();
        }
        ours = null; // let the Parallax models go before CoreNLP's are loaded
        cached = null;
        if (!noReference) {
            System.err.println("eval quotes: loading CoreNLP's QuoteAnnotator pipeline...");
            results.add(run.apply(new CoreNlpQuoteSystem(!referenceWithoutCoref)));
        }
        return results;
    }

    private static Map<String, Object> basilFigures(BasilQuoteBenchmark.Result r) {
        Map<String, Object> m = basilCounts(r.total());
        m.put("system", r.system());
        Map<String, Object> outlets = new LinkedHashMap<>();
        r.byOutlet().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> outlets.put(e.getKey(), basilCounts(e.getValue())));
        m.put("byOutlet", outlets);
        m.put("seconds", r.millis() / 1000.0);
        return m;
    }

    private static Map<String, Object> basilCounts(BasilQuoteScorer.Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recall", round(c.recall()));
        m.put("speakerAccuracy", round(c.speakerAccuracy()));
        m.put("gold", c.gold());
        m.put("found", c.found());
        m.put("namedSpeaker", c.named());
        m.put("speakerEligible", c.speakerEligible());
        m.put("speakerCorrect", c.speakerCorrect());
        return m;
    }

    private void printTable(int n, int gold, List<QuoteBenchmark.Result> results) {
        printTable(n, gold, results, false);
        System.out.printf(Locale.ROOT, "%nSpeech attributions only (%d of %d gold: the cue holds a verb of saying, "
                + "'according to' or 'statement', or is a colon or dash; predictions of that kind, by their gold's cue "
                + "when matched, else their own; no cue counts as speech):%n",
                results.get(0).total().speech().get(AttributionScorer.Rule.HALF_OF_LONGER).gold(), gold);
        printTable(n, gold, results, true);
    }

    private void printTable(int n, int gold, List<QuoteBenchmark.Result> results, boolean speech) {
        if (speech) {
            System.out.printf(Locale.ROOT, "%-24s %7s %7s %7s %9s %10s %8s%n", "system", "P", "R", "F1",
                    "speaker", "lenientF1", "exactF1");
            for (QuoteBenchmark.Result r : results) {
                printRow(r.system(), r.total().speech());
            }
            return;
        }
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

    private void printAgreement(AnnotatorAgreement.Result humans, String system, Scores ours) {
        System.out.printf(Locale.ROOT, "%nAgreement: %d articles annotated by several people, %d later annotators "
                + "scored against the first (same rule)%n", humans.articles(), humans.pairs());
        System.out.printf(Locale.ROOT, "%-24s %7s %7s %7s %9s %10s %8s%n", "system", "P", "R", "F1",
                "speaker", "lenientF1", "exactF1");
        printRow("later annotators", humans.counts());
        printRow(system + " (same)", ours.all());
        printRow("later annotators, speech", humans.scores().speech());
        printRow(system + " (same), speech", ours.speech());
    }

    private static void printRow(String name, Map<AttributionScorer.Rule, AttributionScorer.Counts> counts) {
        AttributionScorer.Counts c = counts.get(AttributionScorer.Rule.HALF_OF_LONGER);
        System.out.printf(Locale.ROOT, "%-24s %7.3f %7.3f %7.3f %9.3f %10.3f %8.3f%n", name,
                c.precision(), c.recall(), c.f1(), c.speakerAccuracy(),
                counts.get(AttributionScorer.Rule.HALF_OF_SHORTER).f1(),
                counts.get(AttributionScorer.Rule.EXACT).f1());
    }

    private static Map<String, Object> agreementJson(AnnotatorAgreement.Result humans, Scores ours) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", humans.articles());
        m.put("pairs", humans.pairs());
        m.putAll(counts(humans.counts()));
        m.put("speech", counts(humans.scores().speech()));
        Map<String, Object> parallax = counts(ours.all());
        parallax.put("speech", counts(ours.speech()));
        m.put("parallaxOnTheseArticles", parallax);
        return m;
    }

    private static Map<String, Object> counts(Map<AttributionScorer.Rule, AttributionScorer.Counts> counts) {
        AttributionScorer.Counts c = counts.get(AttributionScorer.Rule.HALF_OF_LONGER);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(c.precision()));
        m.put("recall", round(c.recall()));
        m.put("f1", round(c.f1()));
        m.put("speakerAccuracy", round(c.speakerAccuracy()));
        m.put("gold", c.gold());
        m.put("predicted", c.predicted());
        m.put("matched", c.matched());
        m.put("lenientF1", round(counts.get(AttributionScorer.Rule.HALF_OF_SHORTER).f1()));
        m.put("exactF1", round(counts.get(AttributionScorer.Rule.EXACT).f1()));
        return m;
    }

    private Map<String, Object> polnearJson(int n, List<QuoteBenchmark.Result> results) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dataset", "polnear");
        root.put("split", split.name());
        root.put("articles", n);
        root.put("rule", "overlap>=0.5*longer");
        root.putAll(figures(results.get(0)));
        if (results.size() > 1) {
            root.put("corenlp", figures(results.get(1)));
        }
        return root;
    }

    private static String write(Map<String, Object> root) {
        try {
            return new ObjectMapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> figures(QuoteBenchmark.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("system", r.system());
        m.putAll(counts(r.counts()));
        m.put("lenientSpeakerAccuracy",
                round(r.counts().get(AttributionScorer.Rule.HALF_OF_SHORTER).speakerAccuracy()));
        m.put("speech", counts(r.total().speech()));
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
