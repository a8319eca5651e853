package dev.parallax.eval.time;

import dev.parallax.understand.nlp.CoreNlpAnalyzer;
import dev.parallax.understand.nlp.NlpOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Development aid: scores SUTime and Parallax on a TimeML directory with a disk cache, printing errors. */
final class TuneTime {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        if (args.length > 1 && args[1].equals("dates")) {
            for (TimeMlDocument doc : TimeMlReader.readAll(data)) {
                var p = dev.parallax.understand.time.PublicationDateEstimator.estimate(TimeBenchmark.paragraphs(doc.text()));
                p.ifPresent(x -> System.out.println(doc.id() + " " + doc.creationDate() + " -> " + x.date()));
            }
            return;
        }
        String which = args.length > 1 ? args[1] : "both";
        CachedAnalyzer analyzer = new CachedAnalyzer(Path.of("/tmp/parallax-time-cache"),
                () -> new CoreNlpAnalyzer(NlpOptions.ENTITIES));
        TimeBenchmark bench = new TimeBenchmark(TimeMlReader.readAll(data));
        List<String> errors = new ArrayList<>();
        TimexScores sutime = bench.run(new SuTimeTagger(analyzer), id -> { }, which.equals("sutime") ? errors : null);
        System.out.println("SUTime   " + line(sutime));
        if (!which.equals("sutime")) {
            TimexScores ours = bench.run(ParallaxTimeTagger.of(analyzer), id -> { }, errors);
            System.out.println("Parallax " + line(ours));
        }
        Files.write(Path.of("/tmp/parallax-time-errors.txt"), errors);
        DateEstimateScores d = DateEstimateScores.of(bench.documents());
        System.out.println("Dates    " + d + String.format(" exact %.3f week %.3f lower-bound %.3f", d.exactAccuracy(), d.withinWeekAccuracy(), d.lowerBoundAccuracy()));
    }

    static String line(TimexScores s) {
        return String.format("gold %d sys %d strict P %.3f R %.3f F %.3f relaxed P %.3f R %.3f F %.3f type %.3f valueAcc %.3f valueF1 %.3f",
                s.gold(), s.system(), s.strictPrecision(), s.strictRecall(), s.strictF1(), s.relaxedPrecision(),
                s.relaxedRecall(), s.relaxedF1(), s.typeAccuracy(), s.valueAccuracy(), s.valueF1());
    }
}
