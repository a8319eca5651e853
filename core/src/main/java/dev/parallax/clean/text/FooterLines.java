package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.Optional;

/**
 * The footer line rules of the plain-text cleaner ({@code FurnitureRules.FOOTERS}: syndication and
 * "originally published" notes, copyright and rights lines, "Reporting by …; Editing by …", "… contributed to
 * this report", update notes, standards notes), for the HTML extractor to type the same lines the same way.
 * Stateless and thread-safe.
 */
public final class FooterLines {
    private FooterLines() {
    }

    /** {@link FurnitureKind#FOOTER} when the whole line is such a footer, else empty. */
    public static Optional<FurnitureKind> kindOf(String line) {
        return FurnitureRules.kindOf(FurnitureRules.FOOTERS, line.strip());
    }
}
