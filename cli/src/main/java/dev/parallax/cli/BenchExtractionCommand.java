package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.eval.extraction.Extractor;
import dev.parallax.eval.extraction.ExtractorProvider;
import dev.parallax.eval.extraction.ParallaxExtractor;
import dev.parallax.eval.extraction.ScrapinghubBenchmark;
import dev.parallax.eval.extraction.Throughput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code parallax bench extraction}: pages per second of the HTML extractor on one thread (by the
 * JVM's CPU time, and by the wall clock), over the
 * Scrapinghub benchmark's pages (decompressed in memory first), beside boilerpipe and Readability4J run
 * in the same JVM on the same pages (see {@link OtherExtractors}). After warm-up passes, the tools take turns pass by pass (so a change in machine load hits
 * them alike) and each one's median pass is reported.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Pages per second of the HTML extractor on one thread, beside boilerpipe and Readability4J.")
final class BenchExtractionCommand implements Callable<Integer> {
    @Mixin
    SharedDataOption data;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed passes over all pages per tool; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2",
            description = "Untimed passes per tool first, to let the JIT compile (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "End with one line of JSON: pages, runs, pages per second of each tool.")
    boolean json;

    /** One timed tool and its passes so far. */
    private static final class Tool {
        final String name;
        final String version;
        final Extractor extractor;
        final List<Throughput.Pass> passes = new ArrayList<>();

        Tool(String name, String version, Extractor extractor) {
            this.name = name;
            this.version = version;
            this.extractor = extractor;
        }

        Throughput.Measurement measurement() {
            return new Throughput.Measurement(name, version, passes);
        }
    }

    @Override
    public Integer call() {
        if (runs < 1 || warmup < 0) {
            System.err.println("parallax: --runs must be at least 1 and --warmup at least 0");
            return Parallax.EXIT_USAGE;
        }
        Optional<Path> dir = data.find(ScrapinghubBenchmark.FOLDER);
        if (dir.isEmpty() || !ScrapinghubBenchmark.present(dir.get())) {
            System.err.println("parallax: " + data.missing(ScrapinghubBenchmark.FOLDER));
            return Parallax.EXIT_FATAL;
        }
        ScrapinghubBenchmark bench = ScrapinghubBenchmark.open(dir.get());
        List<Throughput.Page> pages = new ArrayList<>();
        for (ScrapinghubBenchmark.Page page : bench.pages()) {
            pages.add(new Throughput.Page(bench.html(page), page.url()));
        }
        long bytes = pages.stream().mapToLong(p -> p.html().length()).sum();

        List<Tool> tools = new ArrayList<>();
        tools.add(new Tool("parallax", version(), ParallaxExtractor.standard()));
        try (OtherExtractors others = OtherExtractors.load()) {
            if (others.providers().isEmpty()) {
                System.err.println("parallax: boilerpipe and Readability4J are not built (bench/target); timing parallax "
                        + "alone. Build them with: " + OtherExtractors.BUILD_HINT);
            }
            for (ExtractorProvider p : others.providers()) {
                tools.add(new Tool(p.name(), p.version(), p.extractor()));
            }
            for (Tool tool : tools) {
                for (int i = 0; i < warmup; i++) {
                    System.err.printf("warm-up %d/%d: %s%n", i + 1, warmup, tool.name);
                    Throughput.pass(tool.extractor, pages);
                }
            }
            for (int run = 1; run <= runs; run++) {
                for (Tool tool : tools) {
                    Throughput.Pass pass = Throughput.pass(tool.extractor, pages);
                    tool.passes.add(pass);
                    System.err.printf(Locale.ROOT, "run %d/%d: %-14s %8.1f pages/s of CPU time, %8.1f by the wall clock%n",
                            run, runs, tool.name, pass.cpuPagesPerSecond(), pass.wallPagesPerSecond());
                }
            }
        }
        print(tools, pages.size(), bytes);
        return Parallax.EXIT_OK;
    }

    private void print(List<Tool> tools, int pageCount, long chars) {
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "HTML extraction speed: %d Scrapinghub benchmark pages (%.1f million characters of HTML) "
                + "held in memory, one thread, median of %d passes after %d warm-up passes%n", pageCount, chars / 1e6,
                runs, warmup);
        out.printf("pages/s: pages per second of CPU time of the JVM (extraction, garbage collection and JIT: what one "
                + "core spends, whatever else runs on the machine)%s; wall p/s: by the wall clock%n%n",
                Throughput.measuresCpuTime() ? "" : " [not available here: wall clock]");
        String format = "%-14s %-24s %9s %9s %9s %13s %9s%n";
        out.printf(format, "tool", "version", "pages/s", "ms/page", "wall p/s", "parallax is", "failures");
        double ours = tools.get(0).measurement().cpuMedian();
        for (Tool t : tools) {
            Throughput.Measurement m = t.measurement();
            double speed = m.cpuMedian();
            out.printf(format, t.name, t.version, String.format(Locale.ROOT, "%.1f", speed),
                    String.format(Locale.ROOT, "%.2f", 1000 / speed),
                    String.format(Locale.ROOT, "%.1f", m.wallMedian()),
                    t == tools.get(0) ? "-" : String.format(Locale.ROOT, "%.2fx faster", ours / speed),
                    String.valueOf(m.failures()));
        }
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("benchmark", "extraction");
            o.put("pages", pageCount);
            o.put("runs", runs);
            o.put("pagesPerSecond", ours);
            o.put("wallPagesPerSecond", tools.get(0).measurement().wallMedian());
            ObjectNode others = o.putObject("tools");
            for (Tool t : tools) {
                ObjectNode tool = others.putObject(t.name);
                tool.put("pagesPerSecond", t.measurement().cpuMedian());
                tool.put("wallPagesPerSecond", t.measurement().wallMedian());
            }
            out.println(o);
        }
    }

    private static String version() {
        String v = Parallax.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
