package dev.parallax.statements;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a quote, normalised for comparing meaning without a language model: lower-cased,
 * punctuation and diacritics dropped, possessive {@code 's} removed, each word cut to a light stem
 * ({@link #stem}), and function words set aside. A negation ({@code not}, {@code n't}, {@code no},
 * {@code never}) is folded into the next content word's stem ({@code not_accept}), so "not acceptable" and
 * "acceptable" share nothing while "we don't want him" is still an excerpt of "we don't like him, we don't
 * want him". Immutable.
 */
public final class Wording {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Function words: determiners, pronouns, auxiliaries, prepositions, conjunctions (not negations). */
    static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "there", "here",
            "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his",
            "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "one", "itself",
            "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "done", "have", "has",
            "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "into", "onto", "over",
            "under", "than", "then", "so", "such", "very", "just", "also", "too", "and", "or", "but", "if",
            "because", "while", "which", "who", "whom", "whose", "what", "when", "where", "why", "how",
            "all", "any", "some", "each", "every", "more", "most", "other", "own", "same", "both",
            "up", "out", "off", "again", "only", "s", "t", "ll", "ve", "re", "d", "m");

    /** Negations: each marks the next content word's stem ({@code not_}), so "not acceptable" ≠ "acceptable". */
    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "neither");
    /** The prefix of a negated stem. */
    public static final String NEGATED = "not_";

    /** Words in quotation marks inside a text that is not all quotation ('the company "got this wrong"'). */
    private static final Pattern QUOTED = Pattern.compile("[\u201C\"\u00AB]([^\u201C\u201D\"\u00AB\u00BB]+)"
            + "[\u201D\"\u00BB]");

    private final List<String> words;
    private final List<String> stems;
    private final Map<String, Integer> trigrams;
    private final List<List<String>> quotedStems;

    private Wording(List<String> words, List<String> stems, Map<String, Integer> trigrams,
                    List<List<String>> quotedStems) {
        this.words = words;
        this.stems = stems;
        this.trigrams = trigrams;
        this.quotedStems = quotedStems;
    }

    /** The wording of a text; null reads as empty. */
    public static Wording of(String text) {
        List<String> words = words(text);
        StringBuilder content = new StringBuilder(" ");
        List<String> stems = stems(words, content);
        Map<String, Integer> trigrams = new HashMap<>();
        for (int i = 0; i + 3 <= content.length(); i++) {
            trigrams.merge(content.substring(i, i + 3), 1, Integer::sum);
        }
        List<List<String>> quoted = new ArrayList<>();
        if (text != null) {
            Matcher m = QUOTED.matcher(text);
            while (m.find()) {
                List<String> part = stems(words(m.group(1)), new StringBuilder());
                if (!part.isEmpty() && part.size() < stems.size()) {
                    quoted.add(List.copyOf(part));
                }
            }
        }
        return new Wording(List.copyOf(words), List.copyOf(stems), Map.copyOf(trigrams), List.copyOf(quoted));
    }

    /**
     * The content stems of each passage the text quotes in marks, when the text also holds words of its own
     * (a reported statement with a quoted phrase: 'the company "got this wrong"'); none for a text that is all
     * quotation.
     */
    public List<List<String>> quotedStems() {
        return quotedStems;
    }

    /**
     * The stems of the content words (a negation joined to the stem after it); the content words and negations
     * are appended to {@code content}, space-separated, for the trigrams.
     */
    private static List<String> stems(List<String> words, StringBuilder content) {
        List<String> stems = new ArrayList<>();
        boolean negated = false;
        for (String w : words) {
            if (NEGATIONS.contains(w)) {
                negated = true;
                content.append(w).append(' ');
            } else if (!STOPWORDS.contains(w)) {
                stems.add(negated ? NEGATED + stem(w) : stem(w));
                negated = false;
                content.append(w).append(' ');
            }
        }
        if (negated) {
            stems.add("not");
        }
        return stems;
    }

    /** The text's words, normalised (lower-case, no diacritics, no possessive), in order. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            String w = m.group().replace('’', '\'');
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            } else if (w.endsWith("n't")) {
                String base = w.substring(0, w.length() - 3);
                out.add(switch (base) {
                    case "wo" -> "will";
                    case "ca" -> "can";
                    case "sha" -> "shall";
                    case "ai" -> "is";
                    default -> base;
                });
                w = "not";
            } else if (w.equals("cannot")) {
                out.add("can");
                w = "not";
            }
            out.add(w);
        }
        return out;
    }

    /**
     * A light English suffix stripper (not Porter): plural {@code -s/-es/-ies}, {@code -ed}, {@code -ing},
     * {@code -ly}, then a final {@code e} or doubled consonant, {@code y} read as {@code i}; stems keep at
     * least three letters. "completely", "complete" → "complet"; "steps", "step" → "step".
     */
    public static String stem(String word) {
        String w = word;
        if (w.length() <= 3 || !w.chars().allMatch(Character::isLetter)) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() >= 6) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("edly") && w.length() >= 7) {
            w = w.substring(0, w.length() - 4);
        } else if (w.endsWith("ied") && w.length() >= 5) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ed") && w.length() >= 5) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ly") && w.length() >= 6) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.endsWith("y") && w.length() > 3) {
            w = w.substring(0, w.length() - 1) + "i";
        } else if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
            w = w.substring(0, n - 1);
        }
        return w;
    }

    /** All normalised words, function words included. */
    public List<String> words() {
        return words;
    }

    /** The stems of the content words, in order; a negated one is prefixed {@value #NEGATED}. */
    public List<String> stems() {
        return stems;
    }

    /** Character trigrams of the content words (with word boundaries), counted. */
    Map<String, Integer> trigrams() {
        return trigrams;
    }
}
