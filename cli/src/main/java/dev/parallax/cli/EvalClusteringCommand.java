package dev.parallax.cli;

import dev.parallax.eval.clustering.BasilReader;
import dev.parallax.eval.clustering.ClusteringDataset;
import dev.parallax.eval.clustering.ClusteringEvaluation;
import dev.parallax.eval.clustering.ClusteringScores;
import dev.parallax.eval.clustering.EcbPlusReader;
import dev.parallax.eval.clustering.NeusReader;
import dev.parallax.group.GroupingOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval clustering}: same-event clustering quality of the group stage on ECB+ (test topics
 * 36–45), BASIL or NeuS, as BCubed and pairwise precision, recall and F1. The data is read from
 * {@code --data-dir} (see {@link SharedDataOption}).
 */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = "Same-event clustering: BCubed and pairwise P/R/F1 on ECB+ (test topics 36-45), BASIL or NeuS.")
final class EvalClusteringCommand implements Callable<Integer> {
    enum Dataset { ecbplus, basil, neus }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME",
            description = "ecbplus, basil or neus.")
    Dataset dataset;

    @CommandLine.Mixin
    SharedDataOption data;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "BATCH",
            description = "BATCH (recluster: frequencies from the whole set, replay by date), ONLINE "
                    + "(one by one in date order, frequencies counted as they come) or RUN (the whole set as one "
                    + "analyze run: dated articles one by one, undated ones clustered together first). "
                    + "Default: ${DEFAULT-VALUE}.")
    ClusteringEvaluation.Mode mode;

    @Option(names = "--tuning", description = "ECB+ only: score the tuning topics 1-35 instead of the test topics 36-45.")
    boolean tuning;

    @Option(names = "--estimate-dates",
            description = "Give undated articles the date their text names, marked estimated, as analyze does before "
                    + "grouping (ECB+ is undated).")
    boolean estimateDates;

    @Option(names = "--json", description = "End with one line of JSON holding the figures.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = switch (dataset) {
            case ecbplus -> "ecbplus";
            case basil -> "basil";
            case neus -> "neus-allsides";
        };
        Path folder = data.find(name).orElse(null);
        if (folder == null) {
            err.println("parallax: " + data.missing(name));
            return Parallax.EXIT_FATAL;
        }
        ClusteringDataset data;
        try {
            data = switch (dataset) {
                case ecbplus -> EcbPlusReader.read(folder, !tuning);
                case basil -> BasilReader.read(folder);
                case neus -> NeusReader.read(folder);
            };
        } catch (IOException e) {
            err.println("parallax: cannot read " + dataset + ": " + e.getMessage());
            return Parallax.EXIT_FATAL;
        }
        for (String s : data.skipped()) {
            err.println("parallax: skipped " + s);
        }
        if (data.articles().isEmpty()) {
            err.println("parallax: no articles found in " + folder);
            return Parallax.EXIT_FATAL;
        }
        long t0 = System.nanoTime();
        ClusteringScores s = ClusteringEvaluation.run(data, GroupingOptions.defaults(), mode, estimateDates);
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "dataset        %s (%s mode)%n", data.name(), mode.name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, "articles       %d in %d gold clusters; %d predicted events (%.1f s)%n",
                s.articles(), s.goldClusters(), s.predictedClusters(), seconds);
        out.printf(Locale.ROOT, "BCubed         P %.3f  R %.3f  F1 %.3f%n", s.bcubedPrecision(), s.bcubedRecall(),
                s.bcubedF1());
        out.printf(Locale.ROOT, "pairwise       P %.3f  R %.3f  F1 %.3f%n", s.pairwisePrecision(), s.pairwiseRecall(),
                s.pairwiseF1());
        if (json) {
            out.printf(Locale.ROOT, "{\"task\":\"clustering\",\"dataset\":\"%s\",\"mode\":\"%s\",\"articles\":%d,"
                            + "\"goldClusters\":%d,\"predictedClusters\":%d,\"bcubedPrecision\":%.4f,"
                            + "\"bcubedRecall\":%.4f,\"bcubedF1\":%.4f,\"pairwisePrecision\":%.4f,"
                            + "\"pairwiseRecall\":%.4f,\"pairwiseF1\":%.4f}%n",
                    dataset, mode.name().toLowerCase(Locale.ROOT), s.articles(), s.goldClusters(),
                    s.predictedClusters(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(),
                    s.pairwisePrecision(), s.pairwiseRecall(), s.pairwiseF1());
        }
        out.flush();
        return Parallax.EXIT_OK;
    }
}
