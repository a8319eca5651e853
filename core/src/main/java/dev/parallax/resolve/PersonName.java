package dev.parallax.resolve;

import dev.parallax.understand.entities.EastAsianNames;
import dev.parallax.understand.entities.Gender;
import dev.parallax.understand.entities.Honorific;
import dev.parallax.understand.entities.RoleWords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as written in a mention, taken apart: honorifics stripped ("Mr", "Dr", "Herr") but
 * kept as gender evidence, an abbreviated rank the tagger took into a full name stripped ("Col Alexander
 * Vindman"), generational suffixes ("Jr", "III") kept apart as part of who is meant
 * (Donald Trump Jr. is not Donald Trump), the surname found by position.
 * The surname is the last word with its particles ("von der Leyen", "de Gaulle"), or the first word
 * of an East Asian name written family name first ("Kim Jong Un", "Xi Jinping"): one with a common
 * Korean or Chinese family name followed by a syllabic given name (hyphenated, two short words, or
 * pinyin syllables).
 *
 * @param display the name without honorifics, as written ("Olaf Scholz", "Scholz")
 * @param given   the given names and initials, in written order; empty for a surname alone
 * @param surname the family name as written
 * @param suffix  a generational suffix folded ("jr", "iii"), or empty
 * @param familyFirst true when the family name is written first
 * @param gender  what the honorifics say
 */
public record PersonName(String display, List<String> given, String surname, String suffix, boolean familyFirst,
                         Gender gender) {
    private static final Set<String> PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "bin", "ibn", "al",
            "el", "dos", "das", "ter", "ten", "zu", "op");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Pattern PINYIN = Pattern.compile(
            "((zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou"
                    + "|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v))+");
    private static final Pattern SPLIT = Pattern.compile("\\s+");

    public PersonName {
        given = List.copyOf(given);
        suffix = suffix == null ? "" : suffix;
    }

    /** Parses a mention's text ("Mr Olaf Scholz", "Scholz", "Kim Jong-un", "Ursula von der Leyen"). */
    public static PersonName parse(String written) {
        List<String> words = new ArrayList<>(Arrays.asList(SPLIT.split(written.strip())));
        words.removeIf(String::isEmpty);
        Gender gender = Gender.UNKNOWN;
        while (words.size() > 1) {
            Optional<Honorific> h = Honorific.of(words.get(0));
            if (h.isEmpty() && words.size() > 2 && RoleWords.isAbbreviatedTitle(words.get(0))) {
                words.remove(0); // "Col Alexander Vindman": a rank the tagger took into the name
                continue;
            }
            if (h.isEmpty()) {
                break;
            }
            gender = h.get().gender() == Gender.UNKNOWN ? gender : h.get().gender();
            words.remove(0);
        }
        if (!words.isEmpty()) {
            String lastWord = words.get(words.size() - 1);
            words.set(words.size() - 1, lastWord.replaceAll("['’]s?$", ""));
        }
        String display = String.join(" ", words);
        List<String> core = new ArrayList<>(words);
        String suffix = "";
        while (core.size() > 1 && SUFFIXES.contains(Romanization.light(core.get(core.size() - 1)))) {
            suffix = suffix.isEmpty() ? Romanization.light(core.get(core.size() - 1)) : suffix;
            core.remove(core.size() - 1);
            if (core.get(core.size() - 1).endsWith(",")) {
                String w = core.get(core.size() - 1);
                core.set(core.size() - 1, w.substring(0, w.length() - 1));
            }
        }
        if (core.isEmpty()) {
            return new PersonName(display, List.of(), display, suffix, false, gender);
        }
        if (familyFirst(core)) {
            return new PersonName(display, core.subList(1, core.size()), core.get(0), suffix, true, gender);
        }
        int s = core.size() - 1;
        while (s > 0 && PARTICLES.contains(core.get(s - 1).toLowerCase(Locale.ROOT))
                && Character.isLowerCase(core.get(s - 1).charAt(0))) {
            s--;
        }
        return new PersonName(display, core.subList(0, s), String.join(" ", core.subList(s, core.size())),
                suffix, false, gender);
    }

    /** True for a full name: a given name or initial with the surname. */
    public boolean full() {
        return !given.isEmpty();
    }

    /**
     * The words a name is compared by, folded, hyphenated words split, the family name first:
     * "Kim Jong-un" → [kim, jongun], "Aleksei Navalny" → [navalny, aleksei].
     */
    public List<String> matchWords() {
        List<String> out = new ArrayList<>();
        out.add(Romanization.light(surname.replace("-", "").replace(" ", "")));
        if (familyFirst) {
            out.add(Romanization.light(String.join("", given).replace("-", "")));
        } else {
            for (String g : given) {
                for (String part : g.split("-")) {
                    String l = Romanization.light(part);
                    if (!l.isEmpty()) {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }

    /** The key of the whole name: the romanisation key of each {@link #matchWords() match word}. */
    public String key() {
        StringBuilder k = new StringBuilder();
        for (String w : matchWords()) {
            k.append(k.length() == 0 ? "" : " ").append(Romanization.key(w));
        }
        return k + suffixKey();
    }

    /**
     * The key of the name without its middle names and initials ("Donald J. Trump", "Hillary Rodham
     * Clinton" → the keys of "Donald Trump", "Hillary Clinton"), or null for a name written family
     * name first or without a given name.
     */
    public String keyWithoutMiddleNames() {
        if (familyFirst || given.isEmpty()) {
            return null;
        }
        return Romanization.key(surnameKey()) + " " + Romanization.key(Romanization.light(given.get(0))) + suffixKey();
    }

    /** The middle names and initials, folded ("George H. W. Bush" → [h, w]). */
    public List<String> middleNames() {
        List<String> out = new ArrayList<>();
        for (String g : given.subList(Math.min(1, given.size()), given.size())) {
            out.add(Romanization.light(g));
        }
        return out;
    }

    /**
     * True when both names are the same but for middle names one of them leaves out: same first name
     * and surname (spelling variants allowed), and middle names either absent in one or matching word
     * by word, an initial matching a name it begins ("Donald J. Trump", "Donald John Trump").
     */
    public boolean sameButForMiddleNames(PersonName other) {
        if (!suffix.equals(other.suffix) || keyWithoutMiddleNames() == null || other.keyWithoutMiddleNames() == null
                || !Romanization.variants(surnameKey(), other.surnameKey())
                || !Romanization.variants(given.get(0), other.given.get(0))) {
            return false;
        }
        List<String> mine = middleNames();
        List<String> theirs = other.middleNames();
        if (mine.isEmpty() || theirs.isEmpty()) {
            return true;
        }
        if (mine.size() != theirs.size()) {
            return false;
        }
        for (int i = 0; i < mine.size(); i++) {
            String a = mine.get(i);
            String b = theirs.get(i);
            boolean initial = (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b));
            if (!initial && !Romanization.variants(a, b)) {
                return false;
            }
        }
        return true;
    }

    /** The surname with the suffix, folded: what a surname alone is matched by ("Trump Jr." → "trump|jr"). */
    public String surnameWithSuffix() {
        return surnameKey() + "|" + suffix;
    }

    private String suffixKey() {
        return suffix.isEmpty() ? "" : " +" + suffix;
    }

    /** The surname folded for comparing a surname alone with a full name's ("Nawalny" → "nawalny"). */
    public String surnameKey() {
        return Romanization.light(surname.replace("-", "").replace(" ", ""));
    }

    /** True when both are full names of the same structure whose every word is a spelling variant of the other's. */
    public boolean sameFullName(PersonName other) {
        if (!full() || !other.full() || !suffix.equals(other.suffix)) {
            return false;
        }
        List<String> a = matchWords();
        List<String> b = other.matchWords();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Romanization.variants(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean familyFirst(List<String> words) {
        if (words.size() < 2 || !EastAsianNames.isFamilyName(words.get(0))) {
            return false;
        }
        List<String> rest = words.subList(1, words.size());
        if (rest.get(0).contains("-")) {
            return true;
        }
        if (rest.size() >= 2) {
            return rest.stream().allMatch(w -> w.length() <= 5 && Character.isUpperCase(w.charAt(0)));
        }
        return PINYIN.matcher(rest.get(0).toLowerCase(Locale.ROOT)).matches();
    }
}
