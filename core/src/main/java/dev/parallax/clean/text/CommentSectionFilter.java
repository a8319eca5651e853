package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.Optional;

/**
 * Finds the reader-comments section after the article and sets the draft's comment span, typing its
 * headings ({@code 42 comments}, {@code Join the conversation}, {@code Sort by: Newest}) as
 * COMMENTS_HEADER. The section starts at the first such heading (a weak one such as {@code Discussion},
 * which could be a sub-heading, only when a comment header follows within {@value #LOOKAHEAD} units; a
 * strong one such as {@code 42 comments} when a comment header follows, or else when it stands in the
 * last part of the text with no long paragraph after it; otherwise it is a comment-count link, left for
 * the line rules), or, without one, at the first
 * comment header line with a relative time ({@code MarekH · 3 days ago}), counting its author line
 * above it, when another comment header follows or it stands in the last part of the text (a lone
 * {@code Jane Doe · 2 hours ago} near the top is a byline, not a comment). Either must come after at
 * least {@value #MIN_BODY_BEFORE} body-like paragraph. The section ends before the first syndication or copyright footer that follows it, or at the end of the text.
 * Site chrome inside the section (a closing row of links) is typed CHROME.
 */
final class CommentSectionFilter implements DraftFilter {
    static final int MIN_BODY_BEFORE = 1;
    private static final int BODY_WORDS = 15;
    /** How far after a weak heading ({@code Discussion}) a comment header must stand for it to open the section. */
    static final int LOOKAHEAD = 6;
    /** A paragraph this long after a comments heading, with no comment header near, means the article goes on. */
    static final int ARTICLE_WORDS = 25;
    /** A comments heading without comment headers after it opens the section only this late in the text. */
    static final double LATE_SHARE = 0.6;

    @Override
    public Draft apply(Draft draft) {
        int bodySeen = 0;
        for (int i = 0; i < draft.size(); i++) {
            String text = draft.text(i);
            if (bodySeen >= MIN_BODY_BEFORE) {
                boolean strong = FurnitureRules.kindOf(FurnitureRules.COMMENT_HEADINGS, text).isPresent();
                if (strong && (commentFollows(draft, i) || !articleFollows(draft, i) && i >= draft.size() * LATE_SHARE)
                        || FurnitureRules.kindOf(FurnitureRules.WEAK_COMMENT_HEADINGS, text).isPresent() && commentFollows(draft, i)) {
                    return section(draft, i);
                }
                Optional<CommentThreadParser.HeaderLine> header = CommentThreadParser.headerLine(text);
                if (header.isPresent() && RelativeTimeResolver.isRelative(header.get().time())
                        && (i >= draft.size() * LATE_SHARE || headersFrom(draft, i + 1) > 0)) {
                    int start = i;
                    if (i > 0 && CommentThreadParser.nameLike(draft.text(i - 1))
                            && (header.get().author() == null || CommentThreadParser.sameName(header.get().author(), draft.text(i - 1)))) {
                        start = i - 1;
                    }
                    return section(draft, start);
                }
            }
            if (Texts.words(text) >= BODY_WORDS) {
                bodySeen++;
            }
        }
        return draft;
    }

    private static boolean commentFollows(Draft draft, int heading) {
        for (int i = heading + 1; i < Math.min(draft.size(), heading + 1 + LOOKAHEAD); i++) {
            if (CommentThreadParser.headerLine(draft.text(i)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static int headersFrom(Draft draft, int from) {
        int n = 0;
        for (int i = from; i < draft.size(); i++) {
            if (CommentThreadParser.headerLine(draft.text(i)).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /** True when a long paragraph follows soon after: the heading is a link in the page's chrome, the article goes on. */
    private static boolean articleFollows(Draft draft, int heading) {
        for (int i = heading + 1; i < Math.min(draft.size(), heading + 1 + LOOKAHEAD); i++) {
            if (Texts.words(draft.text(i)) >= ARTICLE_WORDS) {
                return true;
            }
        }
        return false;
    }

    private static Draft section(Draft draft, int start) {
        int end = draft.size();
        for (int i = start + 1; i < draft.size(); i++) {
            if (FurnitureRules.kindOf(FurnitureRules.FOOTERS, draft.text(i)).isPresent()) {
                end = i;
                break;
            }
        }
        Draft out = draft.withComments(start, end);
        for (int i = start; i < end; i++) {
            if (FurnitureRules.kindOf(FurnitureRules.COMMENT_HEADINGS, draft.text(i)).isPresent()
                    || FurnitureRules.kindOf(FurnitureRules.WEAK_COMMENT_HEADINGS, draft.text(i)).isPresent()) {
                out = out.mark(i, FurnitureKind.COMMENTS_HEADER);
            } else if (FurnitureRules.kindOf(FurnitureRules.CHROMES, draft.text(i)).isPresent()) {
                out = out.mark(i, FurnitureKind.CHROME);
            }
        }
        return out;
    }
}
