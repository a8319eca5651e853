package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.eval.extraction.EvaluationProgress;
import dev.parallax.eval.extraction.Extractor;
import dev.parallax.eval.extraction.PageFailure;
import dev.parallax.eval.extraction.ParallaxExtractor;
import dev.parallax.eval.extraction.ScrapinghubBenchmark;
import dev.parallax.eval.extraction.SegmentScorer;
import dev.parallax.eval.extraction.ShingleScorer;
import dev.parallax.eval.extraction.TrafilaturaBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
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
 * benchmark with that benchmark's own metric, and (Scrapinghub) scores every tool's published output
 * with the same scorer beside ours, next to the figure the tool's authors published.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score the HTML article extractor on a public benchmark (scrapinghub or trafilatura).")
final class EvalExtractionCommand implements Callable<Integer> {
    enum Dataset { scrapinghub, trafilatura }

    /** Published F1 of other tools on trafilatura's benchmark (its docs/evaluation.rst), for comparison only. */
    private static final Map<String, Double> TRAFILATURA_PUBLISHED = Map.of(
            "trafilatura 2.2", TrafilaturaBenchmark.PUBLISHED_TRAFILATURA_F1, "justext", 0.862,
            "news-please", 0.836, "readability-lxml", 0.826, "boilerpy3", 0.807, "newspaper4k", 0.801);

    @Option(names = "--dataset", required = true, paramLabel = "NAME",
            description = "scrapinghub (181 news pages, 4-word shingles) or trafilatura (990 pages, segments).")
    Dataset dataset;

    @Mixin
    SharedDataOption data;

    @Option(names = "--json", description = "End with one line of JSON: dataset, documents, precision, recall, f1 (ours).")
    boolean json;

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
        Extractor ours = ParallaxExtractor.standard();
        return dataset == Dataset.scrapinghub ? scrapinghub(dir.get(), ours) : trafilatura(dir.get(), ours);
    }

    private int scrapinghub(Path dir, Extractor ours) {
        ScrapinghubBenchmark bench = ScrapinghubBenchmark.open(dir);
        PageProgress progress = new PageProgress("scrapinghub");
        ScrapinghubBenchmark.Result result = bench.evaluate(ours, progress);
        progress.finish();

        record Row(String tool, String version, ShingleScorer.Score score, Double published) {
        }
        List<Row> references = new ArrayList<>();
        for (ScrapinghubBenchmark.ReferenceOutput ref : bench.referenceOutputs()) {
            try {
                references.add(new Row(ref.tool(), ref.version(), bench.score(ref.bodies()),
                        ScrapinghubBenchmark.PUBLISHED_F1.get(ref.tool())));
            } catch (IllegalArgumentException e) {
                System.err.println("parallax: reference output " + ref.tool() + " not scored: " + e.getMessage());
            }
        }
        references.sort(Comparator.comparingDouble((Row r) -> r.score().f1()).reversed());

        PrintStream out = System.out;
        out.printf("Scrapinghub article extraction benchmark: %d pages, F1 of 4-word shingles (P, R averaged over pages)%n",
                bench.pages().size());
        out.printf("data: %s%n%n", dir.toAbsolutePath().normalize());
        String format = "%-16s %-14s %9s %7s %7s %9s %13s%n";
        out.printf(format, "tool", "version", "precision", "recall", "F1", "accuracy", "published F1");
        ShingleScorer.Score s = result.score();
        out.printf(format, "parallax", version(), f(s.precision()), f(s.recall()), f(s.f1()), f(s.accuracy()), "-");
        for (Row r : references) {
            out.printf(format, r.tool(), r.version().isEmpty() ? "-" : r.version(), f(r.score().precision()),
                    f(r.score().recall()), f(r.score().f1()), f(r.score().accuracy()),
                    r.published() == null ? "-" : f(r.published()));
        }
        reportFailures(out, result.failures(), bench.pages().size());
        if (json) {
            ObjectNode o = summary(s.precision(), s.recall(), s.f1(), s.documents(), result.failures().size());
            o.put("accuracy", s.accuracy());
            ObjectNode refs = o.putObject("references");
            for (Row r : references) {
                ObjectNode t = refs.putObject(r.tool());
                t.put("precision", r.score().precision());
                t.put("recall", r.score().recall());
                t.put("f1", r.score().f1());
                t.put("accuracy", r.score().accuracy());
                if (r.published() != null) {
                    t.put("publishedF1", r.published());
                }
            }
            out.println(o);
        }
        return result.failures().isEmpty() ? Parallax.EXIT_OK : Parallax.EXIT_SOME_FAILED;
    }

    private int trafilatura(Path dir, Extractor ours) {
        TrafilaturaBenchmark bench = TrafilaturaBenchmark.open(dir);
        PageProgress progress = new PageProgress("trafilatura");
        TrafilaturaBenchmark.Result result = bench.evaluate(ours, progress);
        progress.finish();
        SegmentScorer.Counts c = result.counts();

        PrintStream out = System.out;
        out.printf("Trafilatura evaluation benchmark: %d pages, %d segments to find, %d boilerplate segments to leave out%n",
                result.pages(), c.tp() + c.fn(), c.fp() + c.tn());
        out.printf("data: %s%n%n", dir.toAbsolutePath().normalize());
        String format = "%-18s %-14s %9s %7s %7s %9s %13s%n";
        out.printf(format, "tool", "version", "precision", "recall", "F1", "accuracy", "published F1");
        out.printf(format, "parallax", version(), f(c.precision()), f(c.recall()), f(c.f1()), f(c.accuracy()), "-");
        TRAFILATURA_PUBLISHED.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.printf(format, e.getKey(), "-", "-", "-", "-", "-", f(e.getValue())));
        out.printf("%n(other tools: published figures only; no outputs are shipped with this benchmark)%n");
        out.printf("parallax counts: TP %d, FP %d, FN %d, TN %d%n", c.tp(), c.fp(), c.fn(), c.tn());
        reportFailures(out, result.failures(), result.pages());
        if (json) {
            ObjectNode o = summary(c.precision(), c.recall(), c.f1(), result.pages(), result.failures().size());
            o.put("accuracy", c.accuracy());
            o.put("tp", c.tp());
            o.put("fp", c.fp());
            o.put("fn", c.fn());
            o.put("tn", c.tn());
            out.println(o);
        }
        return result.failures().isEmpty() ? Parallax.EXIT_OK : Parallax.EXIT_SOME_FAILED;
    }

    private ObjectNode summary(double precision, double recall, double f1, int documents, int failures) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("dataset", dataset.name());
        o.put("documents", documents);
        o.put("precision", precision);
        o.put("recall", recall);
        o.put("f1", f1);
        o.put("failures", failures);
        return o;
    }

    private static void reportFailures(PrintStream out, List<PageFailure> failures, int pages) {
        if (!failures.isEmpty()) {
            out.printf("%nparallax failed on %d of %d pages (scored as empty output)%n", failures.size(), pages);
        }
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
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println(name + ": " + done + "/" + total + " pages");
            }
        }

        @Override
        public void failed(PageFailure failure) {
            finish();
            err.println("parallax: extraction failed on " + failure.page() + ": " + failure.detail());
        }

        void finish() {
            if (drawn) {
                err.println();
                drawn = false;
            }
        }
    }
}
