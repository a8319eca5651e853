package dev.parallax.cli;

import dev.parallax.eval.clustering.ClusteringBenchmark;
import dev.parallax.eval.clustering.SyntheticStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

/**
 * {@code parallax bench clustering}: articles per second and heap of the group stage alone, single thread,
 * as a synthetic archive ({@link SyntheticStream}) grows 10k → 100k → 1M articles. Run with
 * {@code PARALLAX_JAVA_OPTS=-Xmx4g}.
 */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = "Speed and heap of event grouping as a synthetic archive grows (10k, 100k, 1M articles).")
final class BenchClusteringCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--max", paramLabel = "N", defaultValue = "1000000",
            description = "Articles to place (checkpoints at 10k, 100k, ... and N). Default: ${DEFAULT-VALUE}.")
    int max;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Stream seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "End with one line of JSON holding the figures.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (max < ClusteringBenchmark.WINDOW * 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max must be at least " + ClusteringBenchmark.WINDOW * 2);
        }
        out.printf(Locale.ROOT, "synthetic stream: seed %d, 900 articles/day, 250-word bodies; heap limit %d MB%n",
                seed, Runtime.getRuntime().maxMemory() >> 20);
        out.println("articles   events   wall art/s  wall µs/art   cpu art/s  cpu µs/art   heap MB  state MB  save ms"
                + "  restore ms");
        out.flush();
        List<ClusteringBenchmark.Checkpoint> points = ClusteringBenchmark.run(max, seed, c -> {
            out.printf(Locale.ROOT, "%8d %8d %12.0f %12.1f %11.0f %11.1f %9.0f %9.1f %8.0f %11.0f%n", c.articles(),
                    c.events(), c.windowArticlesPerSecond(), c.microsPerArticle(), c.windowArticlesPerCpuSecond(),
                    c.cpuMicrosPerArticle(), c.heapUsedBytes() / 1048576.0, c.stateBytes() / 1048576.0,
                    c.saveMillis(), c.restoreMillis());
            out.flush();
        });
        ClusteringBenchmark.Checkpoint first = points.get(0);
        ClusteringBenchmark.Checkpoint last = points.get(points.size() - 1);
        double growth = last.cpuMicrosPerArticle() / first.cpuMicrosPerArticle();
        out.printf(Locale.ROOT, "cpu cost per article at %d vs %d: %.2fx%n", last.articles(), first.articles(), growth);
        if (json) {
            StringJoiner cps = new StringJoiner(",", "[", "]");
            for (ClusteringBenchmark.Checkpoint c : points) {
                cps.add(String.format(Locale.ROOT, "{\"articles\":%d,\"events\":%d,\"articlesPerSecond\":%.1f,"
                                + "\"microsPerArticle\":%.2f,\"articlesPerCpuSecond\":%.1f,\"cpuMicrosPerArticle\":%.2f,"
                                + "\"heapUsedBytes\":%d,\"stateBytes\":%d,\"saveMillis\":%.1f,\"restoreMillis\":%.1f}",
                        c.articles(), c.events(), c.windowArticlesPerSecond(), c.microsPerArticle(),
                        c.windowArticlesPerCpuSecond(), c.cpuMicrosPerArticle(), c.heapUsedBytes(), c.stateBytes(),
                        c.saveMillis(), c.restoreMillis()));
            }
            out.printf(Locale.ROOT, "{\"task\":\"clustering\",\"max\":%d,\"seed\":%d,\"checkpoints\":%s,"
                    + "\"cpuCostGrowth\":%.3f}%n", max, seed, cps, growth);
        }
        out.flush();
        return Parallax.EXIT_OK;
    }
}
