package dev.parallax.eval.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The metric of trafilatura's evaluation ({@code tests/evaluate.py} with {@code tests/eval_common.py}),
 * ported rule for rule:
 * <ol>
 *   <li>Text is whitespace-normalised before testing: every run of Python {@code \s} (Unicode white space,
 *       including U+00A0 and U+001C–U+001F) becomes one space, and the ends are stripped. Nothing else
 *       (no case folding).</li>
 *   <li>Each {@code with} segment contained (as a substring) in the normalised output is a true positive,
 *       each one missing a false negative; each {@code without} segment contained is a false positive,
 *       each one absent a true negative.</li>
 *   <li>A failed extraction (exception, null) counts every {@code with} as FN and every {@code without} as TN;
 *       an empty string gives the same counts.</li>
 *   <li>Counts are summed over all pages; precision = TP/(TP+FP), recall = TP/(TP+FN),
 *       accuracy = (TP+TN)/all, F1 = 2TP/(2TP+FP+FN), each 0 when its denominator is 0.</li>
 * </ol>
 * Stateless; all methods are thread-safe.
 */
public final class SegmentScorer {
    private static final Pattern SPACE = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);

    private SegmentScorer() {
    }

    /** Summed segment counts; {@link #plus} adds two. */
    public record Counts(int tp, int fp, int fn, int tn) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double accuracy() {
            int all = tp + fp + fn + tn;
            return all == 0 ? 0 : (double) (tp + tn) / all;
        }

        public double f1() {
            int denominator = 2 * tp + fp + fn;
            return denominator == 0 ? 0 : 2.0 * tp / denominator;
        }
    }

    /** Python {@code re.sub(r"\s+", " ", text).strip()}. */
    public static String normalize(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The segments not contained in the (normalised) result; all of them when the result is null. */
    public static List<String> missing(List<String> segments, String result) {
        if (result == null) {
            return List.copyOf(segments);
        }
        String text = normalize(result);
        return segments.stream().filter(s -> !text.contains(normalize(s))).toList();
    }

    /** The segments contained in the (normalised) result; none when the result is null. */
    public static List<String> present(List<String> segments, String result) {
        if (result == null) {
            return List.of();
        }
        String text = normalize(result);
        return segments.stream().filter(s -> text.contains(normalize(s))).toList();
    }

    /**
     * Counts one page.
     *
     * @param with    segments that must appear
     * @param without segments that must not appear
     * @param result  the extracted text, or null when the extraction failed
     */
    public static Counts count(List<String> with, List<String> without, String result) {
        if (result == null) {
            return new Counts(0, 0, with.size(), without.size());
        }
        String text = normalize(result);
        int tp = 0;
        for (String segment : with) {
            if (text.contains(normalize(segment))) {
                tp++;
            }
        }
        int fp = 0;
        for (String segment : without) {
            if (text.contains(normalize(segment))) {
                fp++;
            }
        }
        return new Counts(tp, fp, with.size() - tp, without.size() - fp);
    }
}
