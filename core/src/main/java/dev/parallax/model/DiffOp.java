package dev.parallax.model;

import java.util.Objects;

/**
 * One run of a word-level diff between a statement's reference variant and another variant.
 *
 * @param kind {@link Kind#EQUAL} words both have, {@link Kind#DELETE} words only the reference has,
 *             {@link Kind#INSERT} words only this variant has
 * @param text the words of the run, as written (for DELETE as in the reference, otherwise as in the variant)
 */
public record DiffOp(Kind kind, String text) {
    /** What a run of words is, seen from the reference to the variant. */
    public enum Kind {
        EQUAL, INSERT, DELETE;

        /** The name used in the export: {@code equal}, {@code insert}, {@code delete}. */
        public String exportName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public DiffOp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
