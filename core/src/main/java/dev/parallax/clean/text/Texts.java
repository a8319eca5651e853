package dev.parallax.clean.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the plain-text cleaner's classes. Stateless. */
final class Texts {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]|[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*$");

    private Texts() {
    }

    /** Whitespace collapsed to single spaces, invisible and control characters removed, stripped. */
    static String collapse(String s) {
        return SPACES.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** True when the text ends like a sentence: {@code . ! ? …}, optionally followed by closing quotes. */
    static boolean endsSentence(String s) {
        return SENTENCE_END.matcher(s.strip()).find();
    }

    /** Lower-cased, accent-folded word tokens: the form used to compare near-identical lines. */
    static List<String> tokens(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NON_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
    }

    /** Share of the words longer than three letters that start with a capital letter. */
    static double capitalisedShare(String s) {
        int counted = 0;
        int capitalised = 0;
        for (String w : s.split("\\s+")) {
            String word = w.replaceAll("^[^\\p{L}]+", "");
            if (word.length() > 3) {
                counted++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return counted == 0 ? 1.0 : (double) capitalised / counted;
    }

    /** {@code JANE DOE} to {@code Jane Doe}; mixed-case text is returned unchanged. */
    static String unshout(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT)) || s.equals(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return out.toString();
    }
}
