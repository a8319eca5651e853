package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.Set;

/**
 * Types the standfirst: the first open unit after the headline (or at the top when the headline is
 * not in the text) that is followed, directly or across one caption or credit, by a byline, date line
 * or key-points list, and has {@value #MIN_WORDS}–{@value #MAX_WORDS} words in at most two sentences.
 * Without such a following line, nothing is a standfirst: a lone short first paragraph is the lede.
 */
final class StandfirstFilter implements DraftFilter {
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 60;
    private static final Set<FurnitureKind> AFTER = Set.of(FurnitureKind.BYLINE, FurnitureKind.DATELINE, FurnitureKind.SUMMARY);
    private static final Set<FurnitureKind> SKIPPABLE = Set.of(FurnitureKind.CAPTION, FurnitureKind.CREDIT, FurnitureKind.CHROME);

    @Override
    public Draft apply(Draft draft) {
        int headline = -1;
        for (int i = 0; i < draft.size(); i++) {
            if (draft.is(i, FurnitureKind.HEADLINE) || draft.is(i, FurnitureKind.HEADLINE_REPEAT)) {
                headline = i;
            }
        }
        if (headline < 0 && draft.knownTitle() == null) {
            return draft;
        }
        int candidate = draft.nextOpen(headline + 1);
        if (candidate < 0 || candidate >= HeadZone.end(draft) || !shaped(draft.text(candidate))) {
            return draft;
        }
        for (int j = candidate + 1; j < Math.min(draft.size(), candidate + 3); j++) {
            FurnitureKind kind = draft.kind(j).orElse(null);
            if (kind != null && AFTER.contains(kind)) {
                return draft.mark(candidate, FurnitureKind.STANDFIRST);
            }
            if (kind == null || !SKIPPABLE.contains(kind)) {
                break;
            }
        }
        return draft;
    }

    private static boolean shaped(String text) {
        int words = Texts.words(text);
        long sentences = text.split("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])").length;
        return words >= MIN_WORDS && words <= MAX_WORDS && sentences <= 2;
    }
}
