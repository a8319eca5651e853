package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

/** Types byline units in the head zone as BYLINE (the forms {@link BylineParser} accepts). */
final class BylineFilter implements DraftFilter {
    @Override
    public Draft apply(Draft draft) {
        Draft out = draft;
        int end = HeadZone.end(draft);
        for (int i = 0; i < end; i++) {
            if (draft.open(i) && BylineParser.byline(draft.text(i)).isPresent()) {
                out = out.mark(i, FurnitureKind.BYLINE);
            }
        }
        return out;
    }
}
