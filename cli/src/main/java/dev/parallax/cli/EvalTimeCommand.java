package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.eval.time.DateEstimateScores;
import dev.parallax.eval.time.TimeEvaluation;
import dev.parallax.eval.time.TimeEvaluation.Split;
import dev.parallax.eval.time.TimeMlDocument;
import dev.parallax.eval.time.TimexScores;
import dev.parallax.understand.nlp.CoreNlpAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval time}: TempEval-3 task A (finding and normalising time expressions), Parallax beside
 * plain SUTime, scored as the official TempEval-3 scorer does (docs/evaluation-time.md).
 */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = {"Time expressions on TempEval-3 (task A): Parallax and plain SUTime, same scorer.",
                "Reads <data-dir>/tempeval3/Evaluation/te3-platinum (test) or .../Training/TBAQ-cleaned (train)."})
final class EvalTimeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "The benchmark: tempeval3.")
    String dataset;

    @CommandLine.Mixin
    SharedDataOption data;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test",
            description = "test (TE3 platinum, the reported figures) or train (TBAQ-cleaned). Default: ${DEFAULT-VALUE}.")
    Split split;

    @Option(names = "--json", description = "End the output with one JSON object of the figures.")
    boolean json;

    @picocli.CommandLine.Mixin
    NlpPresetOption nlp;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!dataset.equalsIgnoreCase("tempeval3")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown dataset '" + dataset + "' (known: tempeval3)");
        }
        List<Path> tried = data.roots();
        Optional<Path> dir = tried.stream().filter(d -> Files.isDirectory(split.in(d))).findFirst();
        if (dir.isEmpty()) {
            err.println("parallax: no TempEval-3 data at " + String.join(" or ",
                    tried.stream().map(d -> split.in(d).toAbsolutePath().normalize().toString()).toList())
                    + "; pass the directory holding tempeval3/ with --data-dir");
            return Parallax.EXIT_FATAL;
        }
        List<TimeMlDocument> docs = TimeEvaluation.documents(dir.get(), split);
        err.println("time: " + docs.size() + " documents from " + split.in(dir.get()) + "; loading CoreNLP...");
        err.flush();
        TimeEvaluation.Report report = TimeEvaluation.run(split, docs, new CoreNlpAnalyzer(nlp.preset.options),
                line -> {
                    err.println(line);
                    err.flush();
                });
        out.print(table(report));
        if (json) {
            out.println(json(report));
        }
        out.flush();
        return Parallax.EXIT_OK;
    }

    static String table(TimeEvaluation.Report r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "TempEval-3 task A, %s split: %d documents, %d gold time expressions%n",
                r.split(), r.documents(), r.parallax().gold()));
        b.append(String.format(Locale.ROOT, "%-9s %6s %6s %6s  %6s %6s %6s  %8s %8s%n", "system", "str.P", "str.R",
                "str.F1", "rel.P", "rel.R", "rel.F1", "type acc", "value F1"));
        row(b, "Parallax", r.parallax());
        if (r.sutime().system() == 0 && r.parallax().system() > 0) {
            b.append("SUTime    not run: the analyzer preset has no SUTime (pass --nlp full for its row)\n");
        } else {
            row(b, "SUTime", r.sutime());
        }
        DateEstimateScores d = r.publicationDates();
        b.append(String.format(Locale.ROOT, "Publication date estimated from text alone: %d of %d documents;"
                        + " of those, exact day %.2f%%, within 7 days %.2f%%, not after the true date %.2f%%%n",
                d.estimated(), d.documents(), 100 * d.exactAccuracy(), 100 * d.withinWeekAccuracy(),
                100 * d.lowerBoundAccuracy()));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, TimexScores s) {
        b.append(String.format(Locale.ROOT, "%-9s %6.2f %6.2f %6.2f  %6.2f %6.2f %6.2f  %8.2f %8.2f%n", name,
                100 * s.strictPrecision(), 100 * s.strictRecall(), 100 * s.strictF1(), 100 * s.relaxedPrecision(),
                100 * s.relaxedRecall(), 100 * s.relaxedF1(), 100 * s.typeAccuracy(), 100 * s.valueF1()));
    }

    static String json(TimeEvaluation.Report r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = figures(mapper.createObjectNode(), r.parallax());
        root.put("dataset", "tempeval3");
        root.put("split", r.split().name());
        root.put("documents", r.documents());
        ObjectNode dates = mapper.createObjectNode();
        dates.put("documents", r.publicationDates().documents());
        dates.put("estimated", r.publicationDates().estimated());
        dates.put("exactAccuracy", round(r.publicationDates().exactAccuracy()));
        dates.put("withinWeekAccuracy", round(r.publicationDates().withinWeekAccuracy()));
        dates.put("lowerBoundAccuracy", round(r.publicationDates().lowerBoundAccuracy()));
        root.set("publicationDateEstimate", dates);
        root.set("sutime", figures(mapper.createObjectNode(), r.sutime()));
        return root.toString();
    }

    private static ObjectNode figures(ObjectNode n, TimexScores s) {
        n.put("gold", s.gold());
        n.put("system", s.system());
        n.put("strictPrecision", round(s.strictPrecision()));
        n.put("strictRecall", round(s.strictRecall()));
        n.put("strictF1", round(s.strictF1()));
        n.put("relaxedPrecision", round(s.relaxedPrecision()));
        n.put("relaxedRecall", round(s.relaxedRecall()));
        n.put("relaxedF1", round(s.relaxedF1()));
        n.put("typeAccuracy", round(s.typeAccuracy()));
        n.put("valueAccuracy", round(s.valueAccuracy()));
        n.put("valueF1", round(s.valueF1()));
        return n;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
