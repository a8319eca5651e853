package dev.parallax.statements;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether two wordings of one speaker say the same thing, by three measures over content-word stems
 * ({@link Wording}), each with its own threshold (named constants, chosen on the fixtures of
 * {@code StatementGrouperTest}):
 * <ul>
 *   <li><b>excerpt</b>: the shorter wording's stems appear, in order, in the longer one
 *       (longest common subsequence / shorter length) — all of them when the shorter has fewer than
 *       {@value #SHORT_EXCERPT} content words, at least {@value #EXCERPT} otherwise;</li>
 *   <li><b>paraphrase</b>: Dice overlap of the two stem sets at least {@value #PARAPHRASE}, with at least
 *       {@value #MIN_SHARED} stems shared (word order and function words may change);</li>
 *   <li><b>variant spelling or close translation</b>: Dice overlap of the content words' character
 *       trigrams at least {@value #TRIGRAMS} ("organisation … paralysed" / "organization … paralyzed"
 *       scores 0.79), both wordings of at least {@value #SHORT_EXCERPT} content words sharing a stem.</li>
 * </ul>
 * A reported wording that quotes a phrase of {@value #MIN_SHARED} or more content words in double marks, all
 * found in the same order in the other wording (other words may stand between), is an excerpt of it too ('the
 * company "got this wrong"' of '"We got this wrong, and I apologize …"'): the outlet quoted part of the same
 * remark. Single marks are not read, as they are also apostrophes.
 * A negation is part of the stem it negates ({@link Wording}), and two wordings where one negates a word
 * the other affirms ("acceptable" / "not acceptable") never match, whatever the measures say.
 *
 * <p>On the fixtures, unrelated remarks of one speaker on one topic score at most 0.5 stem Dice and 0.37
 * trigram Dice; paraphrases score 0.6 to 1. As a check on real quotes (BASIL: 722 quotes with speakers from
 * 100 stories, each told by three outlets), 45 statements of two or more quotes formed, 42 across outlets,
 * all read by hand as the same remark or as parts of one longer quote; of the remaining same-speaker
 * cross-outlet pairs sharing two or more stems, 8 were left apart, most of them different remarks, one a
 * paraphrase in other words (beyond these measures).
 * Stateless.
 */
public final class QuoteSimilarity {
    /** Ordered containment an excerpt of three or more content words needs. */
    public static final double EXCERPT = 0.8;
    /** Below this many content words an excerpt must be wholly contained. */
    public static final int SHORT_EXCERPT = 3;
    /** Stem-set Dice a paraphrase needs. */
    public static final double PARAPHRASE = 0.6;
    /** Trigram Dice a spelling or translation variant needs. */
    public static final double TRIGRAMS = 0.6;
    /** Stems a paraphrase or variant must share, so two short remarks on one topic stay apart. */
    public static final int MIN_SHARED = 2;

    private QuoteSimilarity() {
    }

    /** How alike the two wordings are, in [0, 1], when they say the same thing; otherwise a negative number. */
    public static double score(Wording a, Wording b) {
        List<String> sa = a.stems();
        List<String> sb = b.stems();
        if (sa.isEmpty() || sb.isEmpty()) {
            return -1;
        }
        if (conflict(sa, sb) || conflict(sb, sa)) {
            return -1;
        }
        double best = -1;
        double containment = containment(sa, sb);
        int shorter = Math.min(sa.size(), sb.size());
        if (containment >= (shorter < SHORT_EXCERPT ? 1.0 : EXCERPT)) {
            best = containment;
        }
        if (quotesFrom(a, sb) || quotesFrom(b, sa)) {
            best = Math.max(best, EXCERPT); // 'the company "got this wrong"' and '"We got this wrong, and …"'
        }
        int shared = shared(sa, sb);
        if (shared >= MIN_SHARED) {
            double dice = stemDice(sa, sb);
            if (dice >= PARAPHRASE) {
                best = Math.max(best, dice);
            }
        }
        if (shared >= 1 && shorter >= SHORT_EXCERPT) {
            double tri = trigramDice(a.trigrams(), b.trigrams());
            if (tri >= TRIGRAMS) {
                best = Math.max(best, tri);
            }
        }
        return best;
    }


    /**
     * Whether a reported wording quotes, in marks, {@value #MIN_SHARED} or more content words that the other
     * wording holds in the same order (perhaps with words between): the outlet quoted a phrase of that remark.
     */
    private static boolean quotesFrom(Wording reported, List<String> other) {
        for (List<String> part : reported.quotedStems()) {
            if (part.size() >= MIN_SHARED && lcs(part, other) == part.size()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code a} only affirms a word that {@code b} only negates ("acceptable" / "not acceptable");
     * a word both affirmed and negated in one wording ("I don't think … I think") is no conflict.
     */
    private static boolean conflict(List<String> a, List<String> b) {
        Set<String> inA = new HashSet<>(a);
        Set<String> inB = new HashSet<>(b);
        for (String s : b) {
            if (s.startsWith(Wording.NEGATED)) {
                String base = s.substring(Wording.NEGATED.length());
                if (inA.contains(base) && !inB.contains(base) && !inA.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Dice overlap of the two wordings' content-stem sets, in [0, 1]. */
    public static double stemDice(Wording a, Wording b) {
        return a.stems().isEmpty() || b.stems().isEmpty() ? 0 : stemDice(a.stems(), b.stems());
    }

    /** How many distinct content stems the two wordings share. */
    public static int sharedStems(Wording a, Wording b) {
        return shared(a.stems(), b.stems());
    }

    /** True when every content stem of the shorter wording appears, in order, in the longer one. */
    public static boolean contains(Wording a, Wording b) {
        return !a.stems().isEmpty() && !b.stems().isEmpty() && containment(a.stems(), b.stems()) >= 1.0;
    }

    /** Longest common subsequence of the stem lists over the shorter list's length. */
    static double containment(List<String> a, List<String> b) {
        int shorter = Math.min(a.size(), b.size());
        return shorter == 0 ? 0 : (double) lcs(a, b) / shorter;
    }

    static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    static double stemDice(List<String> a, List<String> b) {
        Set<String> sa = new HashSet<>(a);
        Set<String> sb = new HashSet<>(b);
        return 2.0 * shared(a, b) / (sa.size() + sb.size());
    }

    private static int shared(List<String> a, List<String> b) {
        Set<String> sa = new HashSet<>(a);
        sa.retainAll(new HashSet<>(b));
        return sa.size();
    }

    static double trigramDice(Map<String, Integer> a, Map<String, Integer> b) {
        int total = 0;
        int common = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            total += e.getValue();
            common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        for (int c : b.values()) {
            total += c;
        }
        return total == 0 ? 0 : 2.0 * common / total;
    }
}
