package dev.parallax.understand.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the role or title written with a person's name within one sentence, as written:
 * <ol>
 *   <li>a pre-modifying title ending in a role noun or abbreviated rank: "Foreign Minister Ana Petrova"
 *       → "Foreign Minister", "Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman";</li>
 *   <li>an apposition after the name: "Petrova, the country's interior minister, said" →
 *       "the country's interior minister" (an age between them is skipped: "Petrova, 52, a lawyer,");</li>
 *   <li>an apposition before the name: "The army chief, General Ivan Sokol, said" → "The army chief".</li>
 * </ol>
 * A title wins over appositions, except a military rank alone ("General"), which an apposition
 * before or after it replaces.
 * A phrase counts only when it holds a role noun ({@link RoleWords}) and reads as a noun phrase,
 * not a clause ("Petrova, who said …", "Lammy, said …"). Stateless and thread-safe.
 */
public final class RoleFinder {
    private static final int MAX_TITLE_WORDS = 6;
    private static final int MAX_PHRASE_WORDS = 12;
    private static final Set<String> RANKS = Set.of(
            "general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant",
            "sgt", "admiral", "adm", "marshal", "brig", "cmdr", "commander");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my");
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "who", "whom", "whose", "which", "that", "where", "when", "while", "and", "but", "or", "said", "says",
            "say", "told", "tells", "according", "as", "if", "because", "although", "though", "he", "she", "they",
            "it", "i", "we", "you", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will",
            "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "added", "warned",
            "wrote", "tweeted", "insisted", "claimed", "denied", "after", "before", "in", "on", "at", "for",
            "with", "from", "by", "to", "into", "also", "not", "then", "yesterday", "today");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");
    private static final Set<String> CUE_VERBS = Set.of(
            "said", "says", "told", "tells", "added", "adds", "warned", "wrote", "writes", "tweeted", "insisted",
            "claimed", "denied", "announced", "stated", "explained", "argued", "noted", "confirmed");

    /** The role written with the name at [begin, end) of a sentence at [sentenceBegin, sentenceEnd), or null. */
    String roleOf(String text, int sentenceBegin, int sentenceEnd, int begin, int end) {
        String prefix = text.substring(sentenceBegin, begin);
        String suffix = text.substring(end, Math.max(end, sentenceEnd));
        String title = titleBefore(prefix);
        if (title != null && !isRankAlone(title)) {
            return title;
        }
        String beforeTitle = title == null ? prefix : prefix.stripTrailing().substring(0,
                prefix.stripTrailing().length() - title.length());
        String after = appositionAfter(suffix);
        String before = closesApposition(suffix) ? appositionBefore(beforeTitle) : null;
        if (title != null) {
            return before != null ? before : after != null ? after : title;
        }
        return after != null ? after : before;
    }

    /** True for a title that is only a military rank ("General", "Gen."): an apposition says more. */
    private static boolean isRankAlone(String title) {
        return !title.contains(" ") && RANKS.contains(RoleWords.bare(title));
    }

    /**
     * "… Foreign Minister " → "Foreign Minister": capitalised words and title modifiers ending in a role noun or
     * abbreviated title, right before a name; null when the words before the name are no title. The prefix is
     * the text up to the name, with the space before it.
     */
    public static String titleBefore(String prefix) {
        if (prefix.isEmpty() || !Character.isWhitespace(prefix.charAt(prefix.length() - 1))) {
            return null;
        }
        String[] words = prefix.strip().split("\\s+");
        int last = words.length - 1;
        if (last < 0 || words[last].isEmpty() || !endsTitle(words[last])) {
            return null;
        }
        int first = last;
        for (int j = last - 1; j >= 0 && last - j < MAX_TITLE_WORDS; j--) {
            String w = words[j];
            if (w.isEmpty() || endsWithBreak(w)) {
                break;
            }
            String b = RoleWords.bare(w);
            if (b.isEmpty() || RoleWords.NOT_TITLE.contains(b)) {
                break;
            }
            boolean opens = "\"“‘'([".indexOf(w.charAt(0)) >= 0;
            String unquoted = opens ? w.substring(1) : w;
            if (!unquoted.isEmpty() && (Character.isUpperCase(unquoted.charAt(0)) || RoleWords.MODIFIERS.contains(b)
                    || RoleWords.HEADS.contains(b))) {
                first = j;
                if (opens) {
                    words[j] = unquoted;
                    break;
                }
            } else {
                break;
            }
        }
        return String.join(" ", List.of(words).subList(first, last + 1));
    }

    private static boolean endsTitle(String word) {
        if (!word.matches("[\\p{L}][\\p{L}.'’-]*")) {
            return false;
        }
        String b = RoleWords.bare(word);
        if (RoleWords.NOT_TITLE.contains(b)) {
            return false;
        }
        return RoleWords.HEADS.contains(b) || RoleWords.isAbbreviatedTitle(word);
    }

    /** ", the country's interior minister, said …" → "the country's interior minister". */
    static String appositionAfter(String suffix) {
        String s = suffix.stripLeading();
        if (s.isEmpty() || (s.charAt(0) != ',' && s.charAt(0) != '(')) {
            return null;
        }
        boolean paren = s.charAt(0) == '(';
        s = s.substring(1).stripLeading();
        if (!paren && s.matches("(?s)\\d{1,3}\\s*,.*")) {
            s = s.substring(s.indexOf(',') + 1).stripLeading();
        }
        int close = firstOf(s, paren ? ")" : ",;)—–:\"“”(");
        String phrase = (close < 0 ? s : s.substring(0, close)).strip();
        phrase = cutAtRelative(cutAtCue(phrase));
        if (phrase.endsWith(".")) {
            phrase = phrase.substring(0, phrase.length() - 1).strip();
        }
        return nounPhraseWithRole(phrase) ? phrase : null;
    }

    /** True when what follows the name closes an apposition: a comma, a bracket, the sentence end or a cue verb. */
    static boolean closesApposition(String suffix) {
        String s = suffix.stripLeading();
        if (s.isEmpty() || ",;).!?".indexOf(s.charAt(0)) >= 0) {
            return true;
        }
        String first = s.split("\\s+", 2)[0];
        return CUE_VERBS.contains(RoleWords.bare(first));
    }

    /** "The army chief, " → "The army chief": the nearest determiner phrase (or clause start) holding a role noun. */
    static String appositionBefore(String prefix) {
        String p = prefix.stripTrailing();
        if (!p.endsWith(",")) {
            return null;
        }
        String[] words = p.substring(0, p.length() - 1).strip().split("\\s+");
        List<String> phrase = new ArrayList<>();
        for (int j = words.length - 1; j >= 0 && phrase.size() < MAX_PHRASE_WORDS; j--) {
            String w = words[j];
            if (w.isEmpty() || endsWithBreak(w)) {
                return accept(phrase);
            }
            String b = RoleWords.bare(w);
            if (CLAUSE_WORDS.contains(b) && !isLinkingPreposition(b)) {
                return accept(phrase);
            }
            if (isLinkingPreposition(b) && holdsRoleNoun(phrase)) {
                // "the statement from Grimm's attorney, …": a preposition before the role noun ends its phrase;
                // only one after it links ("the head of the army")
                return accept(phrase);
            }
            phrase.add(0, w);
            if (DETERMINERS.contains(b)) {
                String found = accept(phrase);
                if (found != null) {
                    return found;
                }
            }
        }
        return phrase.size() < MAX_PHRASE_WORDS ? accept(phrase) : null;
    }

    private static boolean holdsRoleNoun(List<String> words) {
        return words.stream().anyMatch(RoleWords::isHead);
    }

    /** A phrase before a name, unless it ends in a capitalised word that is no role noun (a name: "President Obama"). */
    private static String accept(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (Character.isUpperCase(last.charAt(0)) && !RoleWords.isHead(last)) {
            return null;
        }
        String phrase = String.join(" ", words);
        return nounPhraseWithRole(phrase) ? phrase : null;
    }

    private static boolean nounPhraseWithRole(String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        String[] words = phrase.split("\\s+");
        if (words.length > MAX_PHRASE_WORDS) {
            return false;
        }
        boolean head = false;
        for (int i = 0; i < words.length; i++) {
            String b = RoleWords.bare(words[i]);
            if (CLAUSE_WORDS.contains(b) && !(i > 0 && isLinkingPreposition(b))) {
                return false;
            }
            head |= RoleWords.HEADS.contains(b);
        }
        return head;
    }

    /** Prepositions allowed inside a role phrase after its first word ("the head of the army", "minister for health"). */
    private static boolean isLinkingPreposition(String b) {
        return b.equals("for") || b.equals("at") || b.equals("in") || b.equals("on") || b.equals("to")
                || b.equals("with") || b.equals("from");
    }

    /** "a 23-year-old student who declined to …" → "a 23-year-old student": the noun phrase before its relative clause. */
    private static String cutAtRelative(String phrase) {
        String[] words = phrase.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (RELATIVES.contains(RoleWords.bare(words[i]))) {
                return String.join(" ", List.of(words).subList(0, i));
            }
        }
        return phrase;
    }

    private static String cutAtCue(String phrase) {
        String[] words = phrase.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (CUE_VERBS.contains(RoleWords.bare(words[i]))) {
                return String.join(" ", List.of(words).subList(0, i));
            }
        }
        return phrase;
    }

    private static boolean endsWithBreak(String word) {
        char c = word.charAt(word.length() - 1);
        return ",;:()\"“”—–".indexOf(c) >= 0;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
