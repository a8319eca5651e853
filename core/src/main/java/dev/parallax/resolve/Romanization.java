package dev.parallax.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spelling variants of romanised names (Russian and Ukrainian names above all: English, German and
 * scholarly systems, official passport spellings). {@link #key} maps a word to a key that variants
 * share: diacritics folded, {@code kh→h}, {@code x→ks}, {@code tz→ts}, {@code w→v}, {@code sch→sh},
 * {@code zh→sh}, {@code j} before a vowel → {@code y}, {@code ye}/{@code yo} → {@code e}, then every
 * {@code y} and any other {@code j} → {@code i}, double letters single. So Alexei, Aleksei, Alexey,
 * Aleksey and Alexej share {@code aleksei}; Navalny, Navalnyi and Nawalny share {@code navalni};
 * Zelensky, Zelenskyy and Zelenskiy share {@code zelenski}.
 *
 * <p>A key is lossy, so {@link #variants} adds a guard: words shorter than {@value #MIN_FUZZY_LENGTH}
 * letters must be spelled alike ("Yan" is not "Ian"), longer ones may differ by at most
 * {@code 45%} of their length in edit distance. The resolver applies these rules to whole names of the
 * same structure, and to a surname alone only against the surnames of one article's full names, when none
 * is spelled alike.
 */
public final class Romanization {
    static final int MIN_FUZZY_LENGTH = 4;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

    private Romanization() {
    }

    /** Lower case, diacritics folded, apostrophes and dots dropped: "Zelenskyy's" → "zelenskyys", "Łukasz" → "lukasz". */
    public static String light(String word) {
        String s = word.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d")
                .replace("æ", "ae").replace("œ", "oe").replace("ı", "i").replace("ь", "").replace("ъ", "");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(s).replaceAll("");
    }

    /** The key romanisation variants of one word share (see the class description). */
    public static String key(String word) {
        String s = light(word);
        s = s.replace("tsch", "ch").replace("sch", "sh").replace("zh", "sh").replace("kh", "h")
                .replace("x", "ks").replace("tz", "ts").replace("w", "v");
        s = s.replaceAll("j(?=[aeiou])", "y");
        s = s.replaceAll("y[eo]", "e");
        s = s.replace('y', 'i').replace('j', 'i');
        return s.replaceAll("(.)\\1+", "$1");
    }

    /** True when two words are spellings of one name: the same key and within the guard. */
    public static boolean variants(String a, String b) {
        String la = light(a);
        String lb = light(b);
        if (la.equals(lb)) {
            return true;
        }
        if (la.length() < MIN_FUZZY_LENGTH || lb.length() < MIN_FUZZY_LENGTH || !key(a).equals(key(b))) {
            return false;
        }
        int longest = Math.max(la.length(), lb.length());
        return editDistance(la, lb) <= Math.ceil(0.45 * longest);
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
