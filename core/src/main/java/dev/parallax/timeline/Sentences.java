package dev.parallax.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences without a language model: a sentence ends at {@code .}, {@code !} or
 * {@code ?} (with any closing quotation marks and brackets after it) followed by white space and an
 * upper-case letter, a digit or an opening quotation mark; not after a common abbreviation ("Mr.",
 * "Gen.", "Jan.") or a single initial ("J. Smith"). Offsets are character offsets into the paragraph
 * (end exclusive), white space trimmed. Stateless.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen",
            "rep", "gov", "lt", "col", "sgt", "capt", "rev", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co",
            "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
            "u.k", "e.g", "i.e", "approx", "dept", "est", "fig", "mt", "ft");
    private static final String CLOSERS = "\"'”’)]»";
    private static final String OPENERS = "\"'“‘([«";

    private Sentences() {
    }

    /** The sentences' {@code [start, end)} offsets in order; an empty or blank paragraph has none. */
    static List<int[]> spans(String paragraph) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && (CLOSERS.indexOf(paragraph.charAt(end)) >= 0 || paragraph.charAt(end) == '.')) {
                end++;
            }
            int next = end;
            while (next < n && Character.isWhitespace(paragraph.charAt(next))) {
                next++;
            }
            if (next == end || next >= n) {
                continue;
            }
            char first = paragraph.charAt(next);
            boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || OPENERS.indexOf(first) >= 0;
            if (opens && !(c == '.' && abbreviation(paragraph, i))) {
                add(out, paragraph, start, end);
                start = next;
                i = next - 1;
            }
        }
        add(out, paragraph, start, n);
        return out;
    }

    private static boolean abbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String word = text.substring(b, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new int[] {s, e});
        }
    }
}
