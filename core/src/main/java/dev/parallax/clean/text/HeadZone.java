package dev.parallax.clean.text;

/**
 * The top of a document, where headline, standfirst, byline and date lines stand: the first
 * {@value #MAX_UNITS} units, ending early at the second open unit of at least {@value #BODY_WORDS}
 * words (by then the body has clearly begun).
 */
final class HeadZone {
    static final int MAX_UNITS = 14;
    static final int BODY_WORDS = 30;

    private HeadZone() {
    }

    /** The index just past the head zone. */
    static int end(Draft draft) {
        int limit = Math.min(draft.size(), draft.hasComments() ? Math.min(MAX_UNITS, draft.commentsFrom()) : MAX_UNITS);
        int long_ = 0;
        for (int i = 0; i < limit; i++) {
            if (draft.open(i) && Texts.words(draft.text(i)) >= BODY_WORDS && ++long_ == 2) {
                return i;
            }
        }
        return limit;
    }
}
