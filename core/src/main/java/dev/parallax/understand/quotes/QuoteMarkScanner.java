package dev.parallax.understand.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds quotations by their marks: curly double quotes, straight double quotes (paired by position),
 * guillemets and low-high quotes, and single quotes as the outer marks (British style): freely where a
 * paragraph uses no double marks, and beside double ones only when they close within the paragraph over more
 * than one word and no double mark. An apostrophe before a year's digits ({@code '08}) opens nothing. Quotes
 * nested inside a quotation are part of it. A quotation still open at the end
 * of a paragraph continues when the next paragraph opens with a quote mark (the newspaper convention), or
 * when the next paragraph's first mark closes it (an opening mark lost on the page); otherwise it ends with
 * its paragraph. Stateless and thread-safe.
 */
public final class QuoteMarkScanner {
    private static final char FILLER = '\u0001';

    private QuoteMarkScanner() {
    }

    /** The quotations in these paragraphs, in reading order. */
    public static List<QuotedRegion> scan(List<String> paragraphs) {
        List<QuotedRegion> out = new ArrayList<>();
        int group = 0;
        boolean carried = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = doubledMarks(paragraphs.get(p));
            boolean doubles = hasDoubleMarks(text);
            int i = 0;
            if (carried) {
                int first = firstNonSpace(text);
                if (first < text.length() && isOpening(text, first, doubles)) {
                    int close = findClose(text, first + 1, text.charAt(first));
                    addRegion(out, text, p, first + 1, close < 0 ? text.length() : close, group, close >= 0);
                    if (close < 0) {
                        continue;
                    }
                    i = close + 1;
                    group++;
                } else if (orphanClose(text) >= 0) {
                    // the next paragraph lost its opening mark but closes the quotation: it still goes on
                    int close = orphanClose(text);
                    addRegion(out, text, p, first, close, group++, true);
                    i = close + 1;
                } else {
                    group++;
                }
                carried = false;
            }
            while (i < text.length()) {
                if (isOpening(text, i, doubles)) {
                    int close = findClose(text, i + 1, text.charAt(i));
                    if (close < 0) {
                        addRegion(out, text, p, i + 1, text.length(), group, false);
                        carried = true;
                        break;
                    }
                    addRegion(out, text, p, i + 1, close, group++, true);
                    i = close + 1;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /**
     * Two apostrophes or backticks stand for a double mark (typewriter style), and two curly single marks for a
     * curly double one (wire copy's {@code ‘‘…’’}): the second becomes filler.
     */
    private static String doubledMarks(String text) {
        if (!text.contains("''") && !text.contains("``") && !text.contains("\u2019\u2019")
                && !text.contains("\u2018\u2018")) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i + 1 < sb.length(); i++) {
            char c = sb.charAt(i);
            if ((c == '\'' || c == '`' || c == '\u2018' || c == '\u2019') && sb.charAt(i + 1) == c) {
                sb.setCharAt(i, c == '\u2018' ? '\u201C' : c == '\u2019' ? '\u201D' : '"');
                sb.setCharAt(i + 1, FILLER);
                i++;
            }
        }
        return sb.toString();
    }

    private static void addRegion(List<QuotedRegion> out, String text, int p, int start, int end, int group,
                                  boolean closed) {
        if (start < end && text.charAt(start) == FILLER) {
            start++;
        }
        if (end > start) {
            out.add(new QuotedRegion(p, start, end, group, closed));
        }
    }

    /**
     * The closing double mark a paragraph starts without opening (its first mark closes: "… unacceptable.”"),
     * or -1.
     */
    private static int orphanClose(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || c == '\u00AB' || c == '\u201E' || c == '\u00BB') {
                return -1;
            }
            if (c == '\u201D') {
                return i;
            }
            if (c == '"') {
                boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
                boolean beforeBreak = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
                return afterWord && beforeBreak ? i : -1;
            }
        }
        return -1;
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean hasDoubleMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u201E') {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpening(String text, int i, boolean doubles) {
        char c = text.charAt(i);
        switch (c) {
            case '\u201C', '\u00AB', '\u201E':
                return true;
            case '"':
                return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            case '\u2018', '\'':
                return (i == 0 || isOpenContext(text.charAt(i - 1)))
                        && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                        && !isElidedYear(text, i) && !isElision(text, i) && (!doubles || singleCloses(text, i));
            default:
                return false;
        }
    }

    /**
     * In a paragraph that also has double marks, a single mark opens only a quotation it closes within the
     * paragraph, over at least two words: {@code he said: 'My door is open.'} after a double-quoted sentence.
     */
    private static boolean singleCloses(String text, int i) {
        int close = findClose(text, i + 1, text.charAt(i));
        if (close < 0) {
            return false;
        }
        String inside = text.substring(i + 1, close);
        return inside.strip().contains(" ") && !hasDoubleMarks(inside);
    }

    /** An apostrophe for a century's digits ({@code in '08}, {@code the ’90s}) opens nothing. */
    private static boolean isElidedYear(String text, int i) {
        return i + 2 < text.length() && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))
                && (i + 3 == text.length() || !Character.isDigit(text.charAt(i + 3)));
    }

    /** Words that lose their first letters to an apostrophe: "in 't Veld", "rock 'n' roll", "'em", "'til". */
    private static final Set<String> ELIDED = Set.of("t", "n", "s", "em", "til", "tis", "twas");

    /** An apostrophe that stands for letters of the word after it ({@code Sophie in 't Veld}) opens nothing. */
    private static boolean isElision(String text, int i) {
        int j = i + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j > i + 1 && (j == text.length() || !Character.isLetterOrDigit(text.charAt(j)))
                && ELIDED.contains(text.substring(i + 1, j));
    }

    private static boolean isOpenContext(char before) {
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014' || before == '-';
    }

    private static int findClose(String text, int from, char open) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (open) {
                case '\u201C':
                    if (c == '\u201D' || c == '"') {
                        return i;
                    }
                    if (c == '\u201C' && i > from && ",.?!".indexOf(text.charAt(i - 1)) >= 0
                            && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                        return i; // "“Apparently not,“ he said": an opening mark typed where the close belongs
                    }
                    if (c == '\u201C') {
                        return -1; // a second opening mark before any close: this one was left open
                    }
                    break;
                case '"':
                    if (c == '"' || c == '\u201D') {
                        return i;
                    }
                    break;
                case '\u00AB':
                    if (c == '\u00BB') {
                        return i;
                    }
                    break;
                case '\u201E':
                    if (c == '\u201C' || c == '\u201D') {
                        return i;
                    }
                    break;
                default: // single quotes as outer marks
                    if ((c == '\u2019' || c == '\'') && isSingleClose(text, i)) {
                        return i;
                    }
            }
        }
        return -1;
    }

    private static boolean isSingleClose(String text, int i) {
        if (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
            return false; // an apostrophe inside a word: don't, it's
        }
        char before = text.charAt(i - 1);
        if (before == 's' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
            return i + 2 < text.length() && !Character.isLowerCase(text.charAt(i + 2)); // voters' rights
        }
        return !Character.isWhitespace(before);
    }
}
