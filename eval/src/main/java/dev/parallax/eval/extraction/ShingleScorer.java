package dev.parallax.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metric of the Scrapinghub (Zyte) article extraction benchmark, ported rule for rule from its
 * {@code evaluate.py}:
 * <ol>
 *   <li>Tokens are the matches of Python's {@code \w+} on a {@code str} (Unicode-aware): runs of
 *       letters (categories L*), numbers (Nd, Nl, No) and underscores. No lowercasing; combining marks
 *       split tokens, as in Python.</li>
 *   <li>Shingles are the n-grams of 4 consecutive tokens, counted as a multiset. A text of 1 to 3
 *       tokens has one shingle (all its tokens); an empty text has none.</li>
 *   <li>Per document: TP = sum over shingles of min(true count, predicted count), FP = predicted excess,
 *       FN = true excess; the three are then divided by their sum, so every document weighs the same.</li>
 *   <li>Per document precision is 1 when FP = FN = 0, 0 when TP = FP = 0, else TP/(TP+FP); recall alike.</li>
 *   <li>Precision is averaged over the documents with TP+FP &gt; 0 only (an empty prediction does not
 *       lower precision), recall over those with TP+FN &gt; 0; F1 is the harmonic mean of the two averages.</li>
 *   <li>Accuracy is the share of documents whose predicted token sequence equals the true one.</li>
 * </ol>
 * Stateless; all methods are thread-safe.
 */
public final class ShingleScorer {
    /** Tokens per shingle, as in the benchmark. */
    public static final int SHINGLE_SIZE = 4;

    private static final char JOIN = '\u0000'; // never part of a \w token

    private ShingleScorer() {
    }

    /** One document's normalised TP/FP/FN shares and whether the token sequences are identical. */
    public record DocumentMatch(double tp, double fp, double fn, boolean exact) {
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            if (tp == 0 && fp == 0) {
                return 0.0;
            }
            return tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            if (tp == 0 && fn == 0) {
                return 0.0;
            }
            return tp / (tp + fn);
        }
    }

    /** Scores over a set of documents (0 where an average has no document to average over). */
    public record Score(double precision, double recall, double f1, double accuracy, int documents) {
    }

    /** Python {@code re.findall(r'\w+', text)}: the word tokens of a text, in order. Null reads as empty. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python's {@code \w} for {@code str} patterns: alphanumeric ({@code str.isalnum}) or underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The multiset of shingles of a text, each shingle's tokens joined with U+0000. */
    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        int n = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
        for (int i = 0; i < n; i++) {
            List<String> gram = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_SIZE));
            if (!gram.isEmpty()) {
                counts.merge(String.join(String.valueOf(JOIN), gram), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Compares one prediction with its ground truth (either may be null, read as empty). */
    public static DocumentMatch match(String truth, String prediction) {
        List<String> trueTokens = tokens(truth);
        List<String> predTokens = tokens(prediction);
        Map<String, Integer> t = shingles(trueTokens);
        Map<String, Integer> p = shingles(predTokens);
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new DocumentMatch(tp, fp, fn, trueTokens.equals(predTokens));
    }

    /** Averages document matches as the benchmark does. */
    public static Score score(List<DocumentMatch> documents) {
        double precisionSum = 0;
        int precisionDocs = 0;
        double recallSum = 0;
        int recallDocs = 0;
        int exact = 0;
        for (DocumentMatch d : documents) {
            if (d.tp() + d.fp() > 0) {
                precisionSum += d.precision();
                precisionDocs++;
            }
            if (d.tp() + d.fn() > 0) {
                recallSum += d.recall();
                recallDocs++;
            }
            if (d.exact()) {
                exact++;
            }
        }
        double precision = precisionDocs == 0 ? 0 : precisionSum / precisionDocs;
        double recall = recallDocs == 0 ? 0 : recallSum / recallDocs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = documents.isEmpty() ? 0 : (double) exact / documents.size();
        return new Score(precision, recall, f1, accuracy, documents.size());
    }
}
