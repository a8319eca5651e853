package dev.parallax.eval.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Scores predicted attribution contents against gold ones, one-to-one, and the speakers of matched pairs.
 *
 * <p>Overlap counts letters and digits only ({@link CharSpans}). Rules ({@link Rule}): the main one,
 * {@link Rule#HALF_OF_LONGER}, matches a prediction to a gold content when their overlap is at least half of
 * the longer of the two, so each covers at least half of the other: a sentence-long prediction cannot claim a
 * three-word gold content and a fragment cannot claim a paragraph. {@link Rule#HALF_OF_SHORTER} is the lenient
 * rule, {@link Rule#EXACT} needs the same letters. Pairs are matched greedily, best overlap first, each gold
 * and each prediction at most once.
 *
 * <p>A matched pair's speaker is right when the predicted speaker mention overlaps the gold Source span, or
 * the last word of the predicted speaker's name is one of the gold Source's words (a quote given to the
 * previous speaker has no mention of its own). Pairs whose gold attribution has no Source are not counted.
 *
 * <p>{@link #scoreWithin} scores against one kind of gold attribution only (speech, {@link SpeechCues}).
 */
public final class AttributionScorer {
    /** When a predicted content matches a gold one. */
    public enum Rule {
        HALF_OF_LONGER, HALF_OF_SHORTER, EXACT;

        boolean matches(int overlap, int predicted, int gold) {
            return switch (this) {
                case HALF_OF_LONGER -> overlap > 0 && 2 * overlap >= Math.max(predicted, gold);
                case HALF_OF_SHORTER -> overlap > 0 && 2 * overlap >= Math.min(predicted, gold);
                case EXACT -> overlap > 0 && overlap == predicted && overlap == gold;
            };
        }
    }

    /** Counts, addable over articles. */
    public record Counts(int gold, int predicted, int matched, int speakerEligible, int speakerCorrect) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, matched + o.matched,
                    speakerEligible + o.speakerEligible, speakerCorrect + o.speakerCorrect);
        }

        public double precision() {
            return predicted == 0 ? 0 : matched / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : matched / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double speakerAccuracy() {
            return speakerEligible == 0 ? 0 : speakerCorrect / (double) speakerEligible;
        }
    }

    private AttributionScorer() {
    }

    private record Pair(int gold, int predicted, int overlap, double score) {
    }

    /** Scores one article's predictions. */
    public static Counts score(List<Attribution> gold, List<Attribution> predicted, Rule rule) {
        int[] goldOf = match(gold, predicted, rule);
        int matched = 0;
        int eligible = 0;
        int correct = 0;
        for (int q = 0; q < predicted.size(); q++) {
            if (goldOf[q] < 0) {
                continue;
            }
            matched++;
            Attribution g = gold.get(goldOf[q]);
            if (g.source() != null) {
                eligible++;
                if (speakerRight(g, predicted.get(q))) {
                    correct++;
                }
            }
        }
        return new Counts(gold.size(), predicted.size(), matched, eligible, correct);
    }

    /**
     * Scores one article's predictions against the gold attributions of one kind only, and the predictions of
     * that kind: a prediction that the full matching pairs with a gold attribution is of its gold's kind, an
     * unmatched one is of its own kind (by its cue). The others are set aside, neither right nor wrong here.
     */
    public static Counts scoreWithin(List<Attribution> gold, List<Attribution> predicted, Rule rule,
                                     Predicate<Attribution> kind) {
        int[] goldOf = match(gold, predicted, rule);
        List<Attribution> keptPredicted = new ArrayList<>();
        for (int q = 0; q < predicted.size(); q++) {
            if (kind.test(goldOf[q] < 0 ? predicted.get(q) : gold.get(goldOf[q]))) {
                keptPredicted.add(predicted.get(q));
            }
        }
        return score(gold.stream().filter(kind).toList(), keptPredicted, rule);
    }

    /** For each prediction, the gold attribution it is matched to, or -1: one-to-one, best overlap first. */
    private static int[] match(List<Attribution> gold, List<Attribution> predicted, Rule rule) {
        List<Pair> pairs = new ArrayList<>();
        int[] goldSize = new int[gold.size()];
        int[] predSize = new int[predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            goldSize[g] = gold.get(g).content().size();
        }
        for (int q = 0; q < predicted.size(); q++) {
            predSize[q] = predicted.get(q).content().size();
        }
        for (int g = 0; g < gold.size(); g++) {
            for (int q = 0; q < predicted.size(); q++) {
                int overlap = gold.get(g).content().overlap(predicted.get(q).content());
                if (rule.matches(overlap, predSize[q], goldSize[g])) {
                    pairs.add(new Pair(g, q, overlap, overlap / (double) Math.max(predSize[q], goldSize[g])));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        boolean[] goldUsed = new boolean[gold.size()];
        int[] goldOf = new int[predicted.size()];
        Arrays.fill(goldOf, -1);
        for (Pair pair : pairs) {
            if (goldUsed[pair.gold()] || goldOf[pair.predicted()] >= 0) {
                continue;
            }
            goldUsed[pair.gold()] = true;
            goldOf[pair.predicted()] = pair.gold();
        }
        return goldOf;
    }

    /** A readable account of one article: missed gold contents, spurious predictions, wrong speakers. */
    public static String explain(String name, List<Attribution> gold, List<Attribution> predicted) {
        StringBuilder sb = new StringBuilder("## ").append(name).append('\n');
        boolean[] goldUsed = new boolean[gold.size()];
        for (Attribution q : predicted) {
            int best = -1;
            for (int g = 0; g < gold.size(); g++) {
                int o = gold.get(g).content().overlap(q.content());
                if (!goldUsed[g] && Rule.HALF_OF_LONGER.matches(o, q.content().size(), gold.get(g).content().size())) {
                    best = g;
                    break;
                }
            }
            String who = (q.source() == null ? "-" : q.source().covered()) + " => " + q.speaker() + cue(q);
            if (best < 0) {
                sb.append("FP  [").append(who).append("] ").append(flat(q.content().covered())).append('\n');
                for (Attribution g : gold) {
                    if (g.content().touches(q.content())) {
                        sb.append("    ~gold [").append(g.source() == null ? "-" : g.source().covered()).append(cue(g))
                                .append("] ")
                                .append(flat(g.content().covered())).append('\n');
                    }
                }
            } else {
                goldUsed[best] = true;
                Attribution g = gold.get(best);
                if (g.source() != null && !speakerRight(g, q)) {
                    sb.append("SPK [").append(who).append("] gold [").append(g.source().covered()).append("] ")
                            .append(flat(q.content().covered())).append('\n');
                }
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldUsed[g]) {
                Attribution a = gold.get(g);
                sb.append("FN  [").append(a.source() == null ? "-" : a.source().covered()).append(cue(a)).append("] ")
                        .append(flat(a.content().covered())).append('\n');
            }
        }
        return sb.toString();
    }

    /** The cue for error logs, marked as speech ({@link SpeechCues}) or not: " | said*". */
    private static String cue(Attribution a) {
        return a.cue() == null ? "" : " | " + flat(a.cue()) + (SpeechCues.isSpeech(a) ? "*" : "");
    }

    /** One line of at most 220 characters, for error logs. */
    static String flat(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 220 ? one.substring(0, 220) + "…" : one;
    }

    static boolean speakerRight(Attribution gold, Attribution predicted) {
        if (predicted.source() != null && predicted.source().touches(gold.source())) {
            return true;
        }
        if (predicted.speaker() == null || predicted.speaker().isBlank()) {
            return false;
        }
        String[] words = predicted.speaker().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        if (last.isEmpty()) {
            return false;
        }
        for (String w : gold.source().covered().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.equals(last)) {
                return true;
            }
        }
        return false;
    }
}
