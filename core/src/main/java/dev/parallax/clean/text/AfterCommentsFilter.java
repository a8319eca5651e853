package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

/**
 * Types the open units after the comments section as CHROME: a page's closing links and notices
 * ("About us", "Contact") follow the comments; the article never does.
 */
final class AfterCommentsFilter implements DraftFilter {
    @Override
    public Draft apply(Draft draft) {
        if (!draft.hasComments()) {
            return draft;
        }
        Draft out = draft;
        for (int i = draft.commentsTo(); i < draft.size(); i++) {
            if (draft.open(i)) {
                out = out.mark(i, FurnitureKind.CHROME);
            }
        }
        return out;
    }
}
