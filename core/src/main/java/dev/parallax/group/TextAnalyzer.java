package dev.parallax.group;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a headline and body into weighted terms and entity-like keys, cheaply (no NLP models).
 *
 * <p>Words are normalised as {@link dev.parallax.identify.Fingerprint} does (runs of letters and
 * digits, lower-cased, accents folded), then stop words are dropped and a light plural stemmer
 * applied ({@code arrests → arrest}, {@code charges → charge}, {@code companies → company}).
 * Headline words count {@link #TITLE_WEIGHT} times. Only the first {@code maxBodyWords} body words
 * are read: the lede carries the happening, and the cost per article stays bounded.
 *
 * <p>Entity-like keys, when the caller gives none, are the capitalised word sequences of the text
 * ("Tara Reid", "Promises Treatment Center") with leading stop words and honorifics removed, plus the
 * last word of every multi-word sequence (a surname, later written alone). A single capitalised word
 * opening a sentence is skipped (it is capitalised by position, not by name), and a headline in
 * Title Case gives no keys at all. Days and months are not keys.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextAnalyzer {
    /** How many times a headline word counts against a body word. */
    public static final float TITLE_WEIGHT = 2f;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "don", "down", "during", "each", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my",
            "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
            "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
            "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
            "said", "says", "say", "told", "tell", "according", "may", "might", "must", "shall", "one",
            "two", "new", "news", "like", "many", "much", "last", "first", "year", "years", "time", "get", "got",
            "make", "made", "well", "even", "still", "back", "since", "among", "around", "however", "yet",
            "another", "way", "week", "day", "days", "today", "yesterday", "tomorrow", "ago", "per", "via",
            "mr", "mrs", "ms", "dr", "re", "ve", "ll", "isn", "wasn", "aren", "didn", "doesn", "won", "can't",
            "nt", "let", "us", "upon", "amp", "nbsp", "quot", "lt", "gt", "http", "https", "www", "com",
            "html", "htm", "image", "photo", "read", "story", "article", "reporting", "reported", "report",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final Set<String> NOT_NAMES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "minister", "prime",
            "secretary", "senator", "governor", "chairman", "chairwoman", "judge", "justice", "mayor", "superintendent",
            "attorney", "spokesman", "spokeswoman", "ambassador", "chancellor", "detective", "inspector", "officer",
            "lt", "col", "gen", "sgt", "ceo", "coach", "captain", "director", "officials", "police", "reuters", "ap",
            "afp", "update", "updated", "breaking", "exclusive", "watch", "video", "photos", "copyright");

    private final int maxBodyWords;

    public TextAnalyzer(int maxBodyWords) {
        if (maxBodyWords < 1) {
            throw new IllegalArgumentException("maxBodyWords must be positive: " + maxBodyWords);
        }
        this.maxBodyWords = maxBodyWords;
    }

    /** Terms and entity keys of one text; both maps iterate in order of first occurrence. */
    public record Analysis(Map<String, Float> terms, Map<String, Float> entities) {
    }

    /** Analyses a headline (may be null) and body; {@code deriveEntities} false leaves the entity map empty. */
    public Analysis analyse(String title, List<String> body, boolean deriveEntities) {
        Map<String, Float> terms = new LinkedHashMap<>();
        Map<String, Float> entities = new LinkedHashMap<>();
        if (title != null && !title.isBlank()) {
            List<Token> tokens = new ArrayList<>();
            tokenize(title, tokens, Integer.MAX_VALUE);
            addTerms(tokens, TITLE_WEIGHT, terms);
            if (deriveEntities && !isTitleCase(tokens)) {
                addEntities(tokens, entities);
            }
        }
        List<Token> tokens = new ArrayList<>();
        for (String paragraph : body) {
            if (tokens.size() >= maxBodyWords) {
                break;
            }
            tokenize(paragraph, tokens, maxBodyWords);
        }
        addTerms(tokens, 1f, terms);
        if (deriveEntities) {
            addEntities(tokens, entities);
        }
        return new Analysis(terms, entities);
    }

    /** A caller's entity name or id as a key: lower-cased, accents folded, inner spaces collapsed. */
    public static String normaliseKey(String name) {
        return fold(name.strip().replaceAll("\\s+", " "));
    }

    private record Token(String text, boolean sentenceStart, boolean joinedToPrevious) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    /** Runs of letters and digits; notes whether each opens a sentence and follows the previous one by spaces only. */
    private static void tokenize(String text, List<Token> out, int limit) {
        int n = text.length();
        boolean sentenceStart = true;
        boolean onlySpace = false;
        int i = 0;
        while (i < n && out.size() < limit) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isDecimalPoint(text, i))) {
                    i++;
                }
                out.add(new Token(text.substring(start, i), sentenceStart, onlySpace));
                sentenceStart = false;
                onlySpace = true;
            } else {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\u201C'
                        || c == '`' || c == '|' || c == '\u2014' || c == '(') {
                    sentenceStart = true;
                }
                if (!Character.isWhitespace(c)) {
                    onlySpace = false;
                }
                i++;
            }
        }
    }

    /** A '.' or ',' between two digits ("4.6", "14,000") stays inside the number. */
    private static boolean isDecimalPoint(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == ',') && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    private static void addTerms(List<Token> tokens, float weight, Map<String, Float> terms) {
        for (Token t : tokens) {
            String term = term(t.text);
            if (term != null) {
                terms.merge(term, weight, Float::sum);
            }
        }
    }

    /** The normalised, stemmed word, or null for a stop word or a one-letter word. */
    static String term(String word) {
        if (word.length() < 2) {
            return null;
        }
        String w = fold(word);
        if (w.length() < 2 || STOP.contains(w)) {
            return null;
        }
        return stem(w);
    }

    private static String stem(String w) {
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1)) || w.charAt(n - 1) != 's') {
            return w;
        }
        if (w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            return w.substring(0, n - 1);
        }
        if (w.endsWith("us") || w.endsWith("ss") || w.endsWith("is")) {
            return w;
        }
        return w.substring(0, n - 1);
    }

    private static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    private static boolean isTitleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.text.length() >= 4 && Character.isLetter(t.text.charAt(0))) {
                words++;
                if (t.capitalised()) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 6;
    }

    private static void addEntities(List<Token> tokens, Map<String, Float> entities) {
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            if (!tokens.get(i).capitalised() || !Character.isLetter(tokens.get(i).text.charAt(0))) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n && tokens.get(i).joinedToPrevious && !tokens.get(i).sentenceStart
                    && tokens.get(i).capitalised()) {
                i++;
            }
            addSequence(tokens, start, i, entities);
        }
    }

    private static void addSequence(List<Token> tokens, int start, int end, Map<String, Float> entities) {
        boolean sentenceStart = tokens.get(start).sentenceStart;
        List<String> words = new ArrayList<>();
        for (int j = start; j < end; j++) {
            String w = fold(tokens.get(j).text);
            if (words.isEmpty() && (STOP.contains(w) || NOT_NAMES.contains(w) || w.length() < 2)) {
                continue;
            }
            if (NOT_NAMES.contains(w) && words.isEmpty()) {
                continue;
            }
            words.add(w);
        }
        while (!words.isEmpty() && (NOT_NAMES.contains(words.get(words.size() - 1))
                || STOP.contains(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return;
        }
        if (words.size() == 1 && sentenceStart && end - start == 1) {
            return;
        }
        entities.merge(String.join(" ", words), 1f, Float::sum);
        if (words.size() > 1) {
            String last = words.get(words.size() - 1);
            if (last.length() > 2) {
                entities.merge(last, 1f, Float::sum);
            }
        }
    }
}
