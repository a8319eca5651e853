package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

/**
 * Extends a related-stories heading ({@code Most read}, {@code More on this story}, {@code Related:})
 * to the list under it: the following headline-like units (at most {@value #MAX_ITEMS}, each at most
 * {@value #MAX_ITEM_WORDS} words, not ending a sentence with a full stop, or bullets) are RELATED.
 * When the heading shares its block with the items (no blank line after it), the list ends with the block.
 */
final class RelatedListFilter implements DraftFilter {
    static final int MAX_ITEMS = 10;
    static final int MAX_ITEM_WORDS = 18;

    @Override
    public Draft apply(Draft draft) {
        Draft out = draft;
        for (int i = 0; i < draft.size(); i++) {
            if (!draft.is(i, FurnitureKind.RELATED) || !isHeading(draft.text(i))) {
                continue;
            }
            boolean sameBlockOnly = !draft.unit(i).closesBlock();
            int j = i + 1;
            while (j < draft.size() && j - i <= MAX_ITEMS && out.open(j) && isItem(draft.text(j))
                    && !(sameBlockOnly && draft.unit(j).opensBlock())) {
                j++;
            }
            if (j > i + 1) {
                out = out.mark(i + 1, j, FurnitureKind.RELATED);
            }
        }
        return out;
    }

    private static boolean isHeading(String text) {
        return Texts.words(text) <= 5 && !text.matches(".*:\\s*\\S.*");
    }

    private static boolean isItem(String text) {
        if (KeyPointsFilter.bullet(text).isPresent()) {
            return Texts.words(text) <= MAX_ITEM_WORDS + 1;
        }
        return Texts.words(text) <= MAX_ITEM_WORDS && !text.strip().endsWith(".");
    }
}
