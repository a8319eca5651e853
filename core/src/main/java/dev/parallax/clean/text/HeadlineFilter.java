package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Types the headline and its repeats. When the container or header gives a title, the headline is
 * the first open unit near-identical to it (among the first {@value #SEARCH_UNITS}); failing that, it is
 * the first open unit if it looks like a headline ({@value #MIN_WORDS}–{@value #MAX_WORDS} words, not
 * ending with a full stop), after at most {@value #MAX_KICKERS} one-word section labels, which are
 * CHROME. Open units right after it that are near-identical ({@link Similarity}) are HEADLINE_REPEAT. Of the copies, the cleanest is the HEADLINE (the title): one without a site suffix
 * ({@code Headline | Outlet}), not in capitals throughout, without a final full stop; the others are repeats.
 */
final class HeadlineFilter implements DraftFilter {
    static final int SEARCH_UNITS = 6;
    static final int MIN_WORDS = 2;
    static final int MAX_WORDS = 30;
    /** One-word lines (a section label such as "Politics") skipped before the headline, and typed CHROME. */
    static final int MAX_KICKERS = 2;

    @Override
    public Draft apply(Draft draft) {
        int first = draft.nextOpen(0);
        if (first < 0 || first >= HeadZone.end(draft) && draft.knownTitle() == null) {
            return draft;
        }
        int headline = -1;
        if (draft.knownTitle() != null) {
            for (int i = first; i >= 0 && i < Math.min(draft.size(), first + SEARCH_UNITS); i = draft.nextOpen(i + 1)) {
                if (Similarity.nearIdentical(draft.text(i), draft.knownTitle())) {
                    headline = i;
                    break;
                }
            }
        }
        if (headline < 0) {
            int candidate = first;
            for (int k = 0; k < MAX_KICKERS && candidate >= 0 && Texts.words(draft.text(candidate)) < MIN_WORDS; k++) {
                candidate = draft.nextOpen(candidate + 1);
            }
            if (candidate >= 0 && looksLikeHeadline(draft.text(candidate))) {
                headline = candidate;
            }
        }
        if (headline < 0) {
            return draft;
        }
        List<Integer> copies = new ArrayList<>(List.of(headline));
        int next = draft.nextOpen(headline + 1);
        while (next >= 0 && next <= headline + 2 && Similarity.nearIdentical(draft.text(headline), draft.text(next))) {
            copies.add(next);
            next = draft.nextOpen(next + 1);
        }
        int best = copies.stream().min(Comparator.comparingInt(i -> flaws(draft.text(i)))).orElse(headline);
        Draft out = draft;
        for (int i = first; i < headline; i++) {
            if (draft.open(i) && Texts.words(draft.text(i)) < MIN_WORDS) {
                out = out.mark(i, FurnitureKind.CHROME);
            }
        }
        for (int i : copies) {
            out = out.mark(i, i == best ? FurnitureKind.HEADLINE : FurnitureKind.HEADLINE_REPEAT);
        }
        return out;
    }

    /** How far a copy is from a clean headline: a site suffix, capitals throughout, a final full stop. */
    private static int flaws(String text) {
        return (Similarity.siteSuffix(text).isPresent() ? 4 : 0)
                + (text.equals(text.toUpperCase(java.util.Locale.ROOT)) ? 2 : 0)
                + (text.strip().endsWith(".") ? 1 : 0);
    }

    static boolean looksLikeHeadline(String text) {
        int words = Texts.words(text);
        return words >= MIN_WORDS && words <= MAX_WORDS && text.length() <= 220 && !text.strip().endsWith(".")
                && !text.strip().endsWith(":");
    }
}
