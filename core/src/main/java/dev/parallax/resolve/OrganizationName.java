package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of organisations and places: the normalised key they are matched by, and acronyms.
 * "the World Health Organization" and "World Health Organisation's" are not folded together by
 * spelling rules (only the leading article, case, diacritics, punctuation and {@code &} are), but
 * "WHO" abbreviates "World Health Organization" ({@link #initials}).
 */
public final class OrganizationName {
    private static final Set<String> SMALL_WORDS = Set.of(
            "of", "the", "and", "for", "de", "des", "du", "la", "le", "der", "die", "das", "on", "in", "et", "y",
            "fur", "a", "an", "to", "at");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,7}|(\\p{Lu}\\.){2,7}|\\p{Lu}\\p{Ll}{2,5}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Lower-case words that say what kind of organisation a name is, not which ("the Green Renewal party"). */
    private static final Set<String> GENERIC_TAILS = Set.of("party", "movement", "group", "campaign", "coalition",
            "alliance", "organization", "organisation", "network", "faction", "bloc");

    private OrganizationName() {
    }

    /** The name without a leading article or trailing possessive, as written otherwise ("the Kremlin's" → "Kremlin"). */
    public static String clean(String written) {
        String s = written.strip().replaceFirst("^(?i)the\\s+", "").replaceFirst("['’]s?$", "");
        return s.isEmpty() ? written.strip() : s;
    }

    /**
     * The key a name is matched by: cleaned, {@code &} as "and", words folded ({@link Romanization#light}), and
     * a generic word written in lower case after a capitalised name dropped ("the Green Renewal party" is
     * "Green Renewal"; "the Labour Party" keeps its capital and its word).
     */
    public static String key(String written) {
        StringBuilder k = new StringBuilder();
        for (String w : SPACES.split(withoutGenericTail(clean(written)).replace("&", " and "))) {
            String l = Romanization.light(w);
            if (!l.isEmpty()) {
                k.append(k.length() == 0 ? "" : " ").append(l);
            }
        }
        return k.toString();
    }

    private static String withoutGenericTail(String name) {
        String[] words = SPACES.split(name);
        if (words.length < 2 || !GENERIC_TAILS.contains(words[words.length - 1])) {
            return name;
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
                return name; // "the tea party": no capitalised name before the word
            }
        }
        return name.substring(0, name.lastIndexOf(words[words.length - 1])).strip();
    }

    /** True when a name could be an acronym: one word of capitals ("WHO", "U.N.") or a short capitalised word ("Nato"). */
    public static boolean acronymLike(String written) {
        return ACRONYM.matcher(clean(written)).matches();
    }

    /** True when a name is written as an acronym in capitals ("WHO", "U.N."), not a short word ("Nato"). */
    public static boolean capitalAcronym(String written) {
        String c = clean(written);
        return acronymLike(c) && c.replace(".", "").chars().allMatch(Character::isUpperCase);
    }

    /** An acronym's letters in lower case: "U.N." → "un". */
    public static String acronymKey(String written) {
        return Romanization.light(clean(written)).replace("-", "");
    }

    /**
     * The acronyms a multi-word name may be abbreviated to, lower case: initials of its significant words,
     * and of all its words ("World Health Organization" → "who"; "Organisation of American States" → "oas", "ooas").
     */
    public static Set<String> initials(String written) {
        Set<String> out = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (String w : SPACES.split(clean(written).replace("&", " and ").replace("-", " "))) {
            String l = Romanization.light(w);
            if (!l.isEmpty()) {
                words.add(l);
            }
        }
        if (words.size() < 2) {
            return out;
        }
        StringBuilder significant = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String w : words) {
            all.append(w.charAt(0));
            if (!SMALL_WORDS.contains(w)) {
                significant.append(w.charAt(0));
            }
        }
        if (significant.length() >= 2) {
            out.add(significant.toString());
        }
        out.add(all.toString());
        return out;
    }
}
