package dev.parallax.understand.quotes;

import dev.parallax.understand.nlp.NlpToken;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Shallow noun-phrase tests on tagged tokens (Penn Treebank tags): enough to find the phrase naming a
 * speaker next to a cue verb. Tokens without a tag (a tokens-only analyzer) are judged by their spelling.
 */
final class NounPhrases {
    private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "PRP", "PRP$", "POS", "CD", "HYPH", "VBN");
    private static final Set<String> NP_LINKS = Set.of("of", "for", "at", "from", "&", "-", "and");
    private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    /** A company's legal form written after a comma: "Dräger, Inc.", "Acme, Ltd.". */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "inc.", "ltd", "ltd.", "llc", "l.l.c.", "corp",
            "corp.", "co.", "plc", "lp", "l.p.", "llp", "gmbh", "ag", "s.a.", "n.v.", "b.v.", "pty", "pty.");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you");
    /** Pronouns that only stand as a subject: "warned they had the votes", "says he was wrong". */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "i", "we");
    private static final Set<String> AUX = Set.of("has", "have", "had", "was", "were", "is", "are", "been", "will",
            "would", "could", "can", "may", "might", "also", "later", "then", "previously", "recently", "once",
            "repeatedly", "again", "further", "earlier", "often", "even", "publicly", "privately", "already",
            "reportedly", "did", "does", "do", "not", "n't", "never", "still", "should", "must", "just",
            "first", "long", "since", "initially", "separately", "frequently", "flatly", "bluntly", "simply",
            // contracted auxiliaries ("I've said", "they'd said", "we'll say"), with either apostrophe
            "'ve", "\u2019ve", "'d", "\u2019d", "'ll", "\u2019ll", "'re", "\u2019re"); // not "'m": "I'm told"

    private NounPhrases() {
    }

    /** A common or proper noun, singular or plural, by its tag. */
    static boolean isNoun(NlpToken t) {
        return t.tag() != null && t.tag().startsWith("NN");
    }

    static boolean isNounish(NlpToken t) {
        String tag = t.tag();
        if (tag == null) {
            String w = t.word();
            return PRONOUNS.contains(w.toLowerCase(Locale.ROOT))
                    || (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0)));
        }
        return tag.startsWith("NN") || tag.equals("PRP") || tag.equals("CD") || isNamed(t);
    }

    /** A word the tagger got wrong inside a name ("Tad Devine/JJ") still belongs to the name NER found. */
    private static boolean isNamed(NlpToken t) {
        return t.ner() != null && NAMED.contains(t.ner()) && !isPunct(t);
    }

    /** Whether token i can stand inside a noun phrase (links like "of" only between nounish neighbours). */
    static boolean isNpToken(List<NlpToken> tokens, int i) {
        NlpToken t = tokens.get(i);
        String w = t.word().toLowerCase(Locale.ROOT);
        if ("HYPH".equals(t.tag()) && i > 0 && i + 1 < tokens.size()) {
            // "the 43-year-old congressman", split by the tokenizer into "43 - year - old"; a dash between spaces
            // ends a phrase ("OSTREVIA — Transport Minister Alexei Vorontsov", a dateline)
            return tokens.get(i - 1).end() == t.begin() && t.end() == tokens.get(i + 1).begin();
        }
        if (i > 0 && i + 1 < tokens.size() && "HYPH".equals(tokens.get(i - 1).tag())
                && "HYPH".equals(tokens.get(i + 1).tag()) && tokens.get(i - 1).end() == t.begin()
                && t.end() == tokens.get(i + 1).begin()) {
            return true; // "editor-in-chief", "commander-in-chief", "mother-in-law": a word glued between hyphens
        }
        if (w.equals(",") && i > 0 && i + 1 < tokens.size() && "NNP".equals(tokens.get(i - 1).tag())
                && LEGAL_FORMS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
            return true; // "Senior Vice President of Sales for Dräger, Inc., says": the comma is in the name
        }
        if ((w.equals("and") || w.equals("but") || w.equals("or")) && i > 0 && i + 1 < tokens.size()
                && "JJ".equals(tokens.get(i - 1).tag()) && "JJ".equals(tokens.get(i + 1).tag())) {
            return true; // "complete but unofficial returns", "Democratic and independent analysts"
        }
        if (NP_LINKS.contains(w)) {
            return i > 0 && i + 1 < tokens.size() && isNounish(tokens.get(i - 1))
                    && (isNounish(tokens.get(i + 1)) || isDeterminer(tokens.get(i + 1)));
        }
        if (t.tag() == null) {
            return isNounish(t) || isDeterminer(t) || w.equals("'s");
        }
        if (t.tag().equals("VBN")) {
            // "an emailed statement", "a retired teacher": a participle between a determiner and its noun;
            // "a Washington-based trade expert", "a Kremlin-backed group": the end of a hyphenated adjective
            // not "re-elected Speaker Jones": the word before the hyphen is a noun or name, not a prefix
            boolean compound = i > 1 && "HYPH".equals(tokens.get(i - 1).tag()) && tokens.get(i - 1).end() == t.begin()
                    && isNoun(tokens.get(i - 2));
            return i > 0 && i + 1 < tokens.size() && (isDeterminer(tokens.get(i - 1)) || compound)
                    && isNoun(tokens.get(i + 1));
        }
        if ((t.tag().equals("RBS") || t.tag().equals("RBR")) && i + 1 < tokens.size()
                && "JJ".equals(tokens.get(i + 1).tag())) {
            return true; // "her most senior civil servant", "a more junior aide"
        }
        return NP_TAGS.contains(t.tag()) || (!"O".equals(t.ner()) && t.ner() != null && !isPunct(t));
    }

    /**
     * Whether the tokens are one place's or one organisation's name, with an article at most before it ("London",
     * "the Foreign Office"): what "in" joins to a speaker as where the speaker is.
     */
    static boolean isOneName(List<NlpToken> tokens) {
        int k = !tokens.isEmpty() && "DT".equals(tokens.get(0).tag()) ? 1 : 0;
        if (k >= tokens.size()) {
            return false;
        }
        String ner = tokens.get(k).ner();
        if (!"LOCATION".equals(ner) && !"ORGANIZATION".equals(ner)) {
            return false;
        }
        return tokens.subList(k, tokens.size()).stream().allMatch(t -> ner.equals(t.ner()));
    }

    static boolean isDeterminer(NlpToken t) {
        if (t.tag() != null) {
            return t.tag().equals("DT") || t.tag().equals("PRP$") || t.tag().equals("CD");
        }
        return Set.of("the", "a", "an", "this", "that", "his", "her", "their", "its", "our").contains(
                t.word().toLowerCase(Locale.ROOT));
    }

    static boolean isAuxOrAdverb(NlpToken t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (AUX.contains(w)) {
            return true;
        }
        String tag = t.tag();
        return tag != null && (tag.equals("RB") || tag.equals("RBR") || tag.equals("MD"));
    }

    static boolean isPunct(NlpToken t) {
        String w = t.word();
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether this token links two nouns inside one phrase ("of", "for", "and" …). */
    static boolean isLink(NlpToken t) {
        return NP_LINKS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    static boolean isProperNoun(NlpToken t) {
        return "NNP".equals(t.tag()) || "NNPS".equals(t.tag());
    }

    /** A finite verb or modal by its tag: "said", "says", "say", "will". */
    static boolean isFinite(NlpToken t) {
        return isTensed(t) || "MD".equals(t.tag());
    }

    /** Whether a token is a finite verb in the past or present ("was", "says"), not a modal. */
    static boolean isTensed(NlpToken t) {
        String tag = t.tag();
        return "VBD".equals(tag) || "VBZ".equals(tag) || "VBP".equals(tag);
    }

    /** Whether every token is a number ("51" in "Vennholt, 51, said": an age). */
    static boolean allNumbers(List<NlpToken> np) {
        for (NlpToken t : np) {
            if (!"CD".equals(t.tag())) {
                return false;
            }
        }
        return true;
    }

    static boolean isVerb(NlpToken t) {
        return t.tag() != null && t.tag().startsWith("VB");
    }

    /**
     * Whether a person's name and then a finite verb start at token k: "Mr. Trump bashed", "Senator Chuck
     * Schumer, the Democratic leader, denounced" (the appositive only when {@code appositive}). Up to two
     * titles or honorifics (proper nouns that are not the name) may stand before the name, auxiliaries and
     * adverbs before the verb; no token may be inside a quotation.
     */
    static boolean namedClauseAt(List<NlpToken> toks, int k, IntPredicate quoted, boolean appositive) {
        int i = k;
        while (i < toks.size() && !quoted.test(i) && "NNP".equals(toks.get(i).tag())
                && !"PERSON".equals(toks.get(i).ner()) && i - k < 3) {
            i++; // "Mr.", "Sen.", "President"
        }
        int name = i;
        while (i < toks.size() && !quoted.test(i) && "PERSON".equals(toks.get(i).ner())) {
            i++;
        }
        if (i == name) {
            return false;
        }
        if (appositive && i < toks.size() && toks.get(i).word().equals(",")) {
            int close = i + 1;
            while (close < toks.size() && close - i <= 12 && !quoted.test(close)
                    && !toks.get(close).word().equals(",") && !isFinite(toks.get(close))) {
                close++;
            }
            if (close >= toks.size() || !toks.get(close).word().equals(",")) {
                return false;
            }
            i = close + 1;
        }
        while (i < toks.size() && isAuxOrAdverb(toks.get(i)) && !"MD".equals(toks.get(i).tag())) {
            i++;
        }
        return i < toks.size() && isFinite(toks.get(i));
    }
}
