package dev.parallax.understand.quotes;

import dev.parallax.understand.nlp.NlpToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Surnames the tagger reads as adjectives ("Small, who attended the rally, said …", "Cuban said …"): a
 * capitalized adjective standing alone before ", who" or before a finite verb of saying is the subject's name,
 * so it is read as a proper noun. Quantifiers ("Many said", "Few believe"), parties and peoples ("Republican
 * says", "American, who …") and anything else are left as they are.
 */
final class NameReadings {
    /** Adjectives that stand for people as subjects ("Many said", "Others believe"): no names. */
    private static final Set<String> QUANTIFYING = ArticleReading.plus(SpeakerPhrases.QUANTIFIERS, "more", "fewer",
            "each", "other", "such", "same", "first", "last", "former", "latter");
    /**
     * Adjectives for a party, creed or people that headlines use as nouns ("Republican says …", "American, who …"):
     * no names. Demonyms that are also common surnames ("Cuban") are left to the rule.
     */
    private static final Set<String> GROUPS = Set.of("republican", "democrat", "democratic", "conservative", "liberal",
            "progressive", "independent", "libertarian", "american", "british", "christian", "muslim", "jewish",
            "catholic", "evangelical", "european", "african", "asian", "latino", "hispanic", "mexican", "chinese",
            "russian");

    private NameReadings() {
    }

    /** The tokens, with such adjectives read as proper nouns; the same list when there are none. */
    static List<NlpToken> withNamesRead(List<NlpToken> toks, CueLexicon lexicon) {
        List<NlpToken> out = null;
        for (int i = 0; i < toks.size() - 1; i++) {
            NlpToken t = toks.get(i);
            if (!"JJ".equals(t.tag()) || t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0))
                    || QUANTIFYING.contains(t.word().toLowerCase(Locale.ROOT))
                    || GROUPS.contains(t.word().toLowerCase(Locale.ROOT)) || !alone(toks, i)
                    || !beforeWhoOrCue(toks, i, lexicon)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(toks);
            }
            out.set(i, new NlpToken(t.word(), "NNP", t.lemma(), t.ner(), t.begin(), t.end()));
        }
        return out == null ? toks : List.copyOf(out);
    }

    /** Whether no article, possessive, adjective or noun stands right before token i ("the Small Business"). */
    private static boolean alone(List<NlpToken> toks, int i) {
        if (i == 0) {
            return true;
        }
        String before = toks.get(i - 1).tag();
        return before != null && !before.startsWith("NN") && !before.startsWith("JJ") && !"DT".equals(before)
                && !"PRP$".equals(before) && !"POS".equals(before);
    }

    /** Whether ", who" or a finite cue of saying follows token i. */
    private static boolean beforeWhoOrCue(List<NlpToken> toks, int i, CueLexicon lexicon) {
        NlpToken next = toks.get(i + 1);
        if (next.word().equals(",") && i + 2 < toks.size()) {
            return toks.get(i + 2).word().equalsIgnoreCase("who");
        }
        return ArticleReading.isFiniteSpeechVerb(next, lexicon);
    }
}
