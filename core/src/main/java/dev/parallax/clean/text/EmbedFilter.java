package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.regex.Pattern;

/**
 * Types embedded social posts as EMBED. A post ends with an attribution line
 * ({@code — Name (@handle) May 3, 2024}, also with {@code -} or {@code –}); the post text is the
 * units before it in the same block (up to {@value #MAX_POST_UNITS}), or, when a blank line separates
 * them, the single unit before it if it carries a short link, hashtag or mention.
 */
final class EmbedFilter implements DraftFilter {
    static final int MAX_POST_UNITS = 3;
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?:^|\\s)[—–\\-]{1,2}\\s*[^()]{1,60}\\(@[A-Za-z0-9_.]{1,30}\\)\\s*(?:"
                    + DateLineParser.MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + DateLineParser.MONTH
                    + "\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POST_MARKS = Pattern.compile("pic\\.twitter\\.com/|https?://t\\.co/|(?:^|\\s)[#@]\\w");

    @Override
    public Draft apply(Draft draft) {
        Draft out = draft;
        for (int i = 0; i < draft.size(); i++) {
            if (!draft.open(i) || !ATTRIBUTION.matcher(draft.text(i)).find() || Texts.words(draft.text(i)) > 80) {
                continue;
            }
            int from = i;
            while (from > 0 && i - from < MAX_POST_UNITS && !draft.unit(from).opensBlock()
                    && (out.open(from - 1) || out.is(from - 1, FurnitureKind.EMBED))) {
                from--;
            }
            if (from == i && draft.unit(i).opensBlock() && i > 0 && out.open(i - 1)
                    && POST_MARKS.matcher(draft.text(i - 1)).find() && Texts.words(draft.text(i - 1)) <= 60) {
                from = i - 1;
            }
            int to = i + 1;
            while (to < draft.size() && draft.open(to) && FurnitureRules.kindOf(FurnitureRules.EMBEDS, draft.text(to)).isPresent()) {
                to++;
            }
            out = out.mark(from, to, FurnitureKind.EMBED);
        }
        return out;
    }
}
