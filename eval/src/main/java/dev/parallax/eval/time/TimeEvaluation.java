package dev.parallax.eval.time;

import dev.parallax.understand.nlp.LanguageAnalyzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * TempEval-3 task A (time expressions) for Parallax and for plain SUTime, on the same documents, with the same
 * analysis and the same scorer. The data directory holds {@code tempeval3/Evaluation/te3-platinum} (test) and
 * {@code tempeval3/Training/TBAQ-cleaned} (train), as distributed by the task organisers.
 */
public final class TimeEvaluation {
    /** Which part of the data set to score. */
    public enum Split {
        test("tempeval3/Evaluation/te3-platinum"),
        train("tempeval3/Training/TBAQ-cleaned", "TimeBank", "AQUAINT");

        private final String path;
        private final List<String> parts;

        Split(String path, String... parts) {
            this.path = path;
            this.parts = List.of(parts);
        }

        /** The split's directory under a data directory. */
        public Path in(Path dataDir) {
            return dataDir.resolve(path);
        }

        /** The directories holding the split's documents (TBAQ-cleaned's test-pipeline copy left out). */
        List<Path> documentDirs(Path dataDir) {
            return parts.isEmpty() ? List.of(in(dataDir)) : parts.stream().map(in(dataDir)::resolve).toList();
        }
    }

    /** Both systems' scores on one split. */
    public record Report(Split split, int documents, TimexScores parallax, TimexScores sutime,
                         DateEstimateScores publicationDates) {
    }

    private TimeEvaluation() {
    }

    /** The TimeML documents of a split; IllegalArgumentException naming the path when it is missing or empty. */
    public static List<TimeMlDocument> documents(Path dataDir, Split split) {
        Path dir = split.in(dataDir);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no TempEval-3 data at " + dir);
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        for (Path part : split.documentDirs(dataDir)) {
            if (Files.isDirectory(part)) {
                docs.addAll(TimeMlReader.readAll(part));
            }
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no readable .tml files in " + dir);
        }
        return docs;
    }

    /**
     * Scores Parallax and SUTime on the documents. {@code analyzer} must find time mentions (entities on);
     * {@code progress} hears one line per document and system.
     */
    public static Report run(Split split, List<TimeMlDocument> docs, LanguageAnalyzer analyzer,
                             Consumer<String> progress) {
        MemoAnalyzer shared = new MemoAnalyzer(analyzer);
        TimeBenchmark bench = new TimeBenchmark(docs);
        int[] done = {0};
        TimexScores sutime = bench.run(new SuTimeTagger(shared),
                id -> progress.accept(String.format(Locale.ROOT, "time: SUTime %d/%d %s", ++done[0], docs.size(), id)),
                null);
        done[0] = 0;
        TimexScores ours = bench.run(ParallaxTimeTagger.of(shared),
                id -> progress.accept(String.format(Locale.ROOT, "time: Parallax %d/%d %s", ++done[0], docs.size(), id)),
                null);
        return new Report(split, docs.size(), ours, sutime, DateEstimateScores.of(docs));
    }
}
