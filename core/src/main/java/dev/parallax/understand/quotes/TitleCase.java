package dev.parallax.understand.quotes;

import dev.parallax.understand.nlp.NlpToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headlines in title case ("Sanders Says He Will Stay In The Race"): the tagger reads every capitalized word
 * as a name, so "Says" is no verb to it. In a sentence whose longer words nearly all start with a capital,
 * a capitalized finite form of a verb of saying ("Says", "Warns", "Said", "Told") is read as that verb, but
 * not after a possessive ("Trump's Putin Remarks") nor the plural nouns of that form ("States"). Everything
 * else about the tokens is kept.
 */
final class TitleCase {
    /** Plural nouns that share a form with a cue ("Battleground States", "Putin Remarks"): never read as verbs. */
    private static final Set<String> NOUNS = Set.of("states", "remarks", "comments", "statements");

    private TitleCase() {
    }

    /** The tokens, with the cues of a title-case sentence read as finite verbs; the same list otherwise. */
    static List<NlpToken> withCuesRead(List<NlpToken> toks, CueLexicon lexicon) {
        if (!isTitleCase(toks)) {
            return toks;
        }
        List<NlpToken> out = new ArrayList<>(toks.size());
        boolean changed = false;
        for (int i = 0; i < toks.size(); i++) {
            NlpToken t = toks.get(i);
            String lower = t.word().toLowerCase(Locale.ROOT);
            String tag = finiteTag(lower);
            if (i > 0 && tag != null && Character.isUpperCase(t.word().charAt(0)) && !t.tag().startsWith("VB")
                    && !NOUNS.contains(lower) && !"POS".equals(toks.get(i - 1).tag())
                    && lexicon.kind(lower, null) == CueLexicon.Kind.SPEECH) {
                out.add(new NlpToken(t.word(), tag, lexicon.cueLemma(lower, null), "O", t.begin(), t.end()));
                changed = true;
            } else {
                out.add(t);
            }
        }
        return changed ? List.copyOf(out) : toks;
    }

    /** VBZ for "says", "warns", VBD for "said", "warned", "told"; null for other forms. */
    private static String finiteTag(String lower) {
        if (lower.equals("said") || lower.equals("told") || lower.endsWith("ed")) {
            return "VBD";
        }
        return lower.endsWith("s") && !lower.endsWith("ss") ? "VBZ" : null;
    }

    /** Whether nearly all words of four letters or more start with a capital: at least four such, 80%. */
    static boolean isTitleCase(List<NlpToken> toks) {
        int words = 0;
        int capitalized = 0;
        for (NlpToken t : toks) {
            String w = t.word();
            if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalized++;
                }
            }
        }
        return words >= 4 && capitalized * 5 >= words * 4;
    }
}
