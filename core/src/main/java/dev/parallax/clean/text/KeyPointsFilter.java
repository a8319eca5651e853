package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types a key-points list as SUMMARY: a heading such as {@code Key points:}, {@code In brief} or
 * {@code At a glance} followed by at least one bullet line ({@code •}, {@code -}, {@code *}).
 * The heading and every bullet that follows it are typed; the bullets' text becomes the summary.
 */
final class KeyPointsFilter implements DraftFilter {
    static final Pattern HEADING = Pattern.compile(
            "^(?:key points|key facts|key takeaways|takeaways|in brief|at a glance|in short|quick read|the big picture"
                    + "|summary|story summary|what we know|what you need to know|highlights|the essentials|tl;?dr)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^(?:[•\\-*–·▪►●]|\\d{1,2}[.)])\\s*(.+)$");
    static final int MAX_ITEM_WORDS = 40;

    @Override
    public Draft apply(Draft draft) {
        Draft out = draft;
        for (int i = 0; i < draft.size(); i++) {
            if (!draft.open(i) || !HEADING.matcher(draft.text(i)).matches()) {
                continue;
            }
            int j = i + 1;
            while (j < draft.size() && draft.open(j) && bullet(draft.text(j)).isPresent()) {
                j++;
            }
            if (j == i + 1) {
                while (j < draft.size() && draft.open(j) && !draft.unit(j).opensBlock() && Texts.words(draft.text(j)) <= MAX_ITEM_WORDS) {
                    j++;
                }
            }
            if (j > i + 1) {
                out = out.mark(i, j, FurnitureKind.SUMMARY);
                i = j - 1;
            }
        }
        return out;
    }

    /** An item's text: a bullet line without its bullet, or the line itself. */
    static String item(String line) {
        return bullet(line).orElse(line.strip());
    }

    /** The text of a bullet line without its bullet, or empty when the line is not a bullet. */
    static Optional<String> bullet(String line) {
        Matcher m = BULLET.matcher(line);
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
