package dev.parallax.clean.text;

import java.util.Objects;

/**
 * One logical line of a copied text: a paragraph, a heading or a furniture line, with hard wraps
 * already joined and whitespace collapsed.
 *
 * @param index      position among the document's units
 * @param text       the text, stripped, never blank
 * @param opensBlock true when a blank line (or the start of the text) precedes it
 * @param closesBlock true when a blank line (or the end of the text) follows it
 */
record Unit(int index, String text, boolean opensBlock, boolean closesBlock) {
    Unit {
        Objects.requireNonNull(text, "text");
    }

    /** True when the unit stands alone between blank lines. */
    boolean standsAlone() {
        return opensBlock && closesBlock;
    }
}
