package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.regex.Pattern;

/**
 * Types date lines in the head zone as DATELINE ({@code Published 3 May 2024, 10:14 BST},
 * {@code Updated: May 3, 2024 at 10:14 a.m. ET}, {@code 03/05/2024}, {@code Fri 3 May 2024 10.14 BST}),
 * and relative ones ({@code Updated 2 hours ago}) as DATELINE without a date. Below the head zone,
 * only date lines that say what they are ({@code First published on …}, {@code Last modified on …}) count.
 */
final class DatelineFilter implements DraftFilter {
    private static final Pattern PREFIXED = Pattern.compile(
            "^(?:published|updated|last updated|first published|last modified|modified|posted)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "^(?:published|updated|last updated|posted)\\s*:?\\s*" + RelativeTimeResolver.EXPRESSION + "$", Pattern.CASE_INSENSITIVE);

    @Override
    public Draft apply(Draft draft) {
        Draft out = draft;
        int end = HeadZone.end(draft);
        for (int i = 0; i < draft.size(); i++) {
            String text = draft.text(i);
            boolean dateline = DateLineParser.dateLine(text).isPresent() && (i < end || PREFIXED.matcher(text).find());
            if (draft.open(i) && (dateline || RELATIVE.matcher(text).matches())) {
                out = out.mark(i, FurnitureKind.DATELINE);
            }
        }
        return out;
    }
}
