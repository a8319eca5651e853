package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.eval.extraction.EvaluationProgress;
import dev.parallax.eval.extraction.Extractor;
import dev.parallax.eval.extraction.ExtractorProvider;
import dev.parallax.eval.extraction.PageFailure;
import dev.parallax.eval.extraction.ParallaxExtractor;
import dev.parallax.eval.extraction.ScrapinghubBenchmark;
import dev.parallax.eval.extraction.SegmentScorer;
import dev.parallax.eval.extraction.ShingleScorer;
import dev.parallax.eval.extraction.TrafilaturaBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval extraction}: scores Parallax's HTML extractor on a public main-text extraction
 * benchmark with that benchmark's own metric. For Scrapinghub, every tool's published output is scored
 * with the same scorer beside ours, next to the figure the tool's authors published; with
 * {@code --others}, boilerpipe and Readability4J are also run here on the same pages.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score the HTML article extractor on a public benchmark (scrapinghub or trafilatura).")
final class EvalExtractionCommand implements Callable<Integer> {
    enum Dataset { scrapinghub, trafilatura }

    /** Published F1 of tools on trafilatura's benchmark (its docs/evaluation.rst), for comparison only. */
    private static final Map<String, Double> TRAFILATURA_PUBLISHED = Map.of(
            "trafilatura 2.2", TrafilaturaBenchmark.PUBLISHED_TRAFILATURA_F1, "justext", 0.862,
            "news-please", 0.836, "readability-lxml", 0.826, "boilerpy3", 0.807, "newspaper4k", 0.801);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String FORMAT = "%-20s %-24s %9s %7s %7s %9s %13s%n";

    @Option(names = "--dataset", required = true, paramLabel = "NAME",
            description = "scrapinghub (181 news pages, 4-word shingles) or trafilatura (990 pages, segments).")
    Dataset dataset;

    @Mixin
    SharedDataOption data;

    @Option(names = "--others", description = "Also run boilerpipe and Readability4J (the bench module) on the same pages.")
    boolean others;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
            description = "Also list parallax's N worst pages (lowest F1, or most segment errors), to see what to fix.")
    int worst;

    @Option(names = "--save", paramLabel = "FILE",
            description = "Write parallax's extracted texts to FILE as JSON in the benchmark's own format "
                    + "(scrapinghub: id -> {articleBody, url}; trafilatura: url -> {file, text}), to diff runs "
                    + "or score them with the benchmark's own script.")
    Path save;

    @Option(names = "--json", description = "End with one line of JSON: dataset, documents, precision, recall, f1 (ours).")
    boolean json;

    /** A tool run here on the benchmark's pages. */
    private record Run(String tool, String version, Extractor extractor) {
    }

    @Override
    public Integer call() {
        String folder = dataset == Dataset.scrapinghub ? ScrapinghubBenchmark.FOLDER : TrafilaturaBenchmark.FOLDER;
        Optional<Path> dir = data.find(folder);
        boolean present = dir.isPresent() && (dataset == Dataset.scrapinghub
                ? ScrapinghubBenchmark.present(dir.get()) : TrafilaturaBenchmark.present(dir.get()));
        if (!present) {
            System.err.println("parallax: " + data.missing(folder));
            return Parallax.EXIT_FATAL;
        }
        try (OtherExtractors other = others ? OtherExtractors.load() : null) {
            List<Run> runs = new ArrayList<>();
            runs.add(new Run("parallax", version(), ParallaxExtractor.standard()));
            if (other != null) {
                if (other.providers().isEmpty()) {
                    System.err.println("parallax: --others: boilerpipe and Readability4J are not built (bench/target); "
                            + "build them with: " + OtherExtractors.BUILD_HINT);
                }
                for (ExtractorProvider p : other.providers()) {
                    runs.add(new Run(p.name() + " (run)", p.version(), p.extractor()));
                }
            }
            return dataset == Dataset.scrapinghub ? scrapinghub(dir.get(), runs) : trafilatura(dir.get(), runs);
        }
    }

    private int scrapinghub(Path dir, List<Run> runs) {
        ScrapinghubBenchmark bench = ScrapinghubBenchmark.open(dir);
        List<ScrapinghubBenchmark.Result> results = new ArrayList<>();
        for (Run run : runs) {
            PageProgress progress = new PageProgress("scrapinghub, " + run.tool());
            results.add(bench.evaluate(run.extractor(), progress));
            progress.finish();
        }

        record Reference(String tool, String version, ShingleScorer.Score score, Double published) {
        }
        List<Reference> references = new ArrayList<>();
        for (ScrapinghubBenchmark.ReferenceOutput ref : bench.referenceOutputs()) {
            try {
                references.add(new Reference(ref.tool(), ref.version(), bench.score(ref.bodies()),
                        ScrapinghubBenchmark.PUBLISHED_F1.get(ref.tool())));
            } catch (IllegalArgumentException e) {
                System.err.println("parallax: reference output " + ref.tool() + " not scored: " + e.getMessage());
            }
        }
        references.sort(Comparator.comparingDouble((Reference r) -> r.score().f1()).reversed());

        PrintStream out = System.out;
        out.printf("Scrapinghub article extraction benchmark: %d pages, F1 of 4-word shingles (P, R averaged over pages)%n",
                bench.pages().size());
        out.printf("data: %s%n%n", dir.toAbsolutePath().normalize());
        out.printf(FORMAT, "tool", "version", "precision", "recall", "F1", "accuracy", "published F1");
        for (int i = 0; i < runs.size(); i++) {
            ShingleScorer.Score s = results.get(i).score();
            out.printf(FORMAT, runs.get(i).tool(), runs.get(i).version(), f(s.precision()), f(s.recall()), f(s.f1()),
                    f(s.accuracy()), "-");
        }
        out.printf("%npublished outputs of other tools, scored here:%n");
        for (Reference r : references) {
            out.printf(FORMAT, r.tool(), r.version().isEmpty() ? "-" : r.version(), f(r.score().precision()),
                    f(r.score().recall()), f(r.score().f1()), f(r.score().accuracy()),
                    r.published() == null ? "-" : f(r.published()));
        }
        boolean failed = reportFailures(out, runs, results.stream().map(ScrapinghubBenchmark.Result::failures).toList(),
                bench.pages().size());
        if (worst > 0) {
            printWorstShingles(out, results.get(0).pages());
        }
        if (save != null) {
            ObjectNode saved = MAPPER.createObjectNode();
            for (ScrapinghubBenchmark.PageScore p : results.get(0).pages()) {
                ObjectNode item = saved.putObject(p.page().id());
                item.put("articleBody", p.extracted());
                item.put("url", p.page().url());
            }
            write(saved);
        }
        if (json) {
            ShingleScorer.Score s = results.get(0).score();
            ObjectNode o = summary(s.precision(), s.recall(), s.f1(), s.documents(), results.get(0).failures().size());
            o.put("accuracy", s.accuracy());
            ObjectNode refs = o.putObject("references");
            for (Reference r : references) {
                ObjectNode t = score(refs.putObject(r.tool()), r.score());
                if (r.published() != null) {
                    t.put("publishedF1", r.published());
                }
            }
            if (runs.size() > 1) {
                ObjectNode ran = o.putObject("others");
                for (int i = 1; i < runs.size(); i++) {
                    score(ran.putObject(runs.get(i).tool()), results.get(i).score());
                }
            }
            out.println(o);
        }
        return failed ? Parallax.EXIT_SOME_FAILED : Parallax.EXIT_OK;
    }

    private int trafilatura(Path dir, List<Run> runs) {
        TrafilaturaBenchmark bench = TrafilaturaBenchmark.open(dir);
        List<TrafilaturaBenchmark.Result> results = new ArrayList<>();
        for (Run run : runs) {
            PageProgress progress = new PageProgress("trafilatura, " + run.tool());
            results.add(bench.evaluate(run.extractor(), progress));
            progress.finish();
        }
        SegmentScorer.Counts c = results.get(0).counts();

        PrintStream out = System.out;
        out.printf("Trafilatura evaluation benchmark: %d pages, %d segments to find, %d boilerplate segments to leave out%n",
                results.get(0).pages().size(), c.tp() + c.fn(), c.fp() + c.tn());
        out.printf("data: %s%n%n", dir.toAbsolutePath().normalize());
        out.printf(FORMAT, "tool", "version", "precision", "recall", "F1", "accuracy", "published F1");
        for (int i = 0; i < runs.size(); i++) {
            SegmentScorer.Counts k = results.get(i).counts();
            out.printf(FORMAT, runs.get(i).tool(), runs.get(i).version(), f(k.precision()), f(k.recall()), f(k.f1()),
                    f(k.accuracy()), "-");
        }
        out.printf("%npublished figures of other tools (no outputs ship with this benchmark):%n");
        TRAFILATURA_PUBLISHED.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.printf(FORMAT, e.getKey(), "-", "-", "-", "-", "-", f(e.getValue())));
        out.printf("%nparallax counts: TP %d, FP %d, FN %d, TN %d%n", c.tp(), c.fp(), c.fn(), c.tn());
        boolean failed = reportFailures(out, runs, results.stream().map(TrafilaturaBenchmark.Result::failures).toList(),
                results.get(0).pages().size());
        if (worst > 0) {
            printWorstSegments(out, results.get(0).pages());
        }
        if (save != null) {
            ObjectNode saved = MAPPER.createObjectNode();
            for (TrafilaturaBenchmark.PageCounts p : results.get(0).pages()) {
                ObjectNode item = saved.putObject(p.page().url());
                item.put("file", p.page().file());
                item.put("text", p.extracted());
            }
            write(saved);
        }
        if (json) {
            ObjectNode o = summary(c.precision(), c.recall(), c.f1(), results.get(0).pages().size(),
                    results.get(0).failures().size());
            o.put("accuracy", c.accuracy());
            o.put("tp", c.tp());
            o.put("fp", c.fp());
            o.put("fn", c.fn());
            o.put("tn", c.tn());
            if (runs.size() > 1) {
                ObjectNode ran = o.putObject("others");
                for (int i = 1; i < runs.size(); i++) {
                    SegmentScorer.Counts k = results.get(i).counts();
                    ObjectNode t = ran.putObject(runs.get(i).tool());
                    t.put("precision", k.precision());
                    t.put("recall", k.recall());
                    t.put("f1", k.f1());
                    t.put("accuracy", k.accuracy());
                }
            }
            out.println(o);
        }
        return failed ? Parallax.EXIT_SOME_FAILED : Parallax.EXIT_OK;
    }

    private void printWorstShingles(PrintStream out, List<ScrapinghubBenchmark.PageScore> pages) {
        out.printf("%nparallax's %d worst pages (per-page F1; true and extracted length in tokens):%n", worst);
        pages.stream()
                .sorted(Comparator.comparingDouble((ScrapinghubBenchmark.PageScore p) -> pageF1(p.match())))
                .limit(worst)
                .forEach(p -> out.printf(Locale.ROOT, "  F1 %.3f  P %.3f  R %.3f  %6d/%6d tokens  %s  %s%n",
                        pageF1(p.match()), p.match().tp() + p.match().fp() > 0 ? p.match().precision() : 0.0,
                        p.match().recall(), p.trueTokens(), p.predictedTokens(),
                        p.page().id().substring(0, Math.min(12, p.page().id().length())), p.page().url()));
    }

    private static double pageF1(ShingleScorer.DocumentMatch m) {
        double p = m.tp() + m.fp() > 0 ? m.precision() : 0;
        double r = m.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private void printWorstSegments(PrintStream out, List<TrafilaturaBenchmark.PageCounts> pages) {
        out.printf("%nparallax's %d worst pages (most segments missed + boilerplate kept):%n", worst);
        pages.stream()
                .filter(p -> p.counts().fn() + p.counts().fp() > 0)
                .sorted(Comparator.comparingInt((TrafilaturaBenchmark.PageCounts p) -> p.counts().fn() + p.counts().fp())
                        .reversed())
                .limit(worst)
                .forEach(p -> {
                    out.printf("  %d missed, %d kept  %s  %s%n", p.counts().fn(), p.counts().fp(), p.page().file(),
                            p.page().url());
                    p.missed().forEach(m -> out.println("      missed: " + clip(m)));
                    p.kept().forEach(k -> out.println("      kept:   " + clip(k)));
                });
    }

    private static String clip(String segment) {
        String one = segment.replaceAll("\\s+", " ").strip();
        return one.length() <= 90 ? one : one.substring(0, 87) + "...";
    }

    private void write(ObjectNode saved) {
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(save.toFile(), saved);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + save + ": " + e.getMessage(), e);
        }
        System.err.println("parallax: extracted texts written to " + save);
    }

    private ObjectNode summary(double precision, double recall, double f1, int documents, int failures) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("dataset", dataset.name());
        o.put("documents", documents);
        o.put("precision", precision);
        o.put("recall", recall);
        o.put("f1", f1);
        o.put("failures", failures);
        return o;
    }

    private static ObjectNode score(ObjectNode t, ShingleScorer.Score s) {
        t.put("precision", s.precision());
        t.put("recall", s.recall());
        t.put("f1", s.f1());
        t.put("accuracy", s.accuracy());
        return t;
    }

    /** Prints how many pages each tool failed on; true if parallax failed on any. */
    private static boolean reportFailures(PrintStream out, List<Run> runs, List<List<PageFailure>> failures, int pages) {
        for (int i = 0; i < runs.size(); i++) {
            if (!failures.get(i).isEmpty()) {
                out.printf("%s failed on %d of %d pages (scored as failed extractions)%n", runs.get(i).tool(),
                        failures.get(i).size(), pages);
            }
        }
        return !failures.get(0).isEmpty();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String version() {
        String v = Parallax.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    /** Pages done on standard error: one rewritten line on a terminal, a line per tenth otherwise. */
    static final class PageProgress implements EvaluationProgress {
        private final String name;
        private final boolean terminal = System.console() != null;
        private final PrintStream err = System.err;
        private int lastTenth = -1;
        private boolean drawn;

        PageProgress(String name) {
            this.name = name;
        }

        @Override
        public void pageDone(int done, int total) {
            if (terminal) {
                err.print("\r" + name + ": " + done + "/" + total + " pages");
                err.flush();
                drawn = true;
                return;
            }
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth && tenth > 0) {
                lastTenth = tenth;
                err.println(name + ": " + done + "/" + total + " pages");
            }
        }

        @Override
        public void failed(PageFailure failure) {
            finish();
            err.println("parallax: " + name + ": extraction failed on " + failure.page() + ": " + failure.detail());
        }

        void finish() {
            if (drawn) {
                err.println();
                drawn = false;
            }
        }
    }
}
