package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The footer line rules of the plain-text cleaner ({@code FurnitureRules.FOOTERS}: syndication and
 * "originally published" notes, copyright and rights lines, "Reporting by …; Editing by …", "… contributed to
 * this report", update notes, standards notes), for the HTML extractor to type the same lines the same way.
 * Stateless and thread-safe.
 */
public final class FooterLines {
    /** A word every footer rule needs, lower case: lines without any are not tried against the patterns. */
    private static final List<String> KEYWORDS = List.of(" by ", "publish", "appeared", "ran", "reproduc",
            "reprint", "distribut", "syndicat", "copyright", "\u00a9", "(c)", "rights", "contributed", "standards",
            "updated", "amended", "corrected", "changed", "correction", "clarification", "note");

    private FooterLines() {
    }

    /** {@link FurnitureKind#FOOTER} when the whole line is such a footer, else empty. */
    public static Optional<FurnitureKind> kindOf(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String keyword : KEYWORDS) {
            if (lower.contains(keyword)) {
                return FurnitureRules.kindOf(FurnitureRules.FOOTERS, line.strip());
            }
        }
        return Optional.empty();
    }
}
