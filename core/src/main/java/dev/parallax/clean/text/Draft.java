package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plain-text cleaner's work in progress: the document's units, the furniture kind each has been
 * given so far (none means body), and the span holding the reader comments. Immutable: every
 * change returns a new draft, so filters never share mutable state.
 */
final class Draft {
    private final List<Unit> units;
    private final FurnitureKind[] kinds;
    private final int commentsFrom;
    private final int commentsTo;
    private final String knownTitle;

    private Draft(List<Unit> units, FurnitureKind[] kinds, int commentsFrom, int commentsTo, String knownTitle) {
        this.units = units;
        this.kinds = kinds;
        this.commentsFrom = commentsFrom;
        this.commentsTo = commentsTo;
        this.knownTitle = knownTitle;
    }

    /** A draft with every unit undecided and no comments. */
    static Draft of(List<Unit> units, String knownTitle) {
        return new Draft(List.copyOf(units), new FurnitureKind[units.size()], units.size(), units.size(), knownTitle);
    }

    int size() {
        return units.size();
    }

    String text(int i) {
        return units.get(i).text();
    }

    Unit unit(int i) {
        return units.get(i);
    }

    /** The title the container or header already gives, or null. */
    String knownTitle() {
        return knownTitle;
    }

    Optional<FurnitureKind> kind(int i) {
        return Optional.ofNullable(kinds[i]);
    }

    boolean is(int i, FurnitureKind kind) {
        return i >= 0 && i < kinds.length && kinds[i] == kind;
    }

    boolean inComments(int i) {
        return i >= commentsFrom && i < commentsTo;
    }

    /** True when the unit is neither furniture yet nor part of the comments: still a body candidate. */
    boolean open(int i) {
        return i >= 0 && i < kinds.length && kinds[i] == null && !inComments(i);
    }

    int commentsFrom() {
        return commentsFrom;
    }

    int commentsTo() {
        return commentsTo;
    }

    boolean hasComments() {
        return commentsFrom < commentsTo;
    }

    /** The index of the first open unit at or after {@code from}, or -1. */
    int nextOpen(int from) {
        for (int i = Math.max(0, from); i < kinds.length; i++) {
            if (open(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last open unit before {@code before}, or -1. */
    int previousOpen(int before) {
        for (int i = Math.min(before, kinds.length) - 1; i >= 0; i--) {
            if (open(i)) {
                return i;
            }
        }
        return -1;
    }

    Draft mark(int i, FurnitureKind kind) {
        return mark(i, i + 1, kind);
    }

    /** Marks units {@code from} (inclusive) to {@code to} (exclusive) as furniture of the kind. */
    Draft mark(int from, int to, FurnitureKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (from < 0 || to > kinds.length || from > to) {
            throw new IllegalArgumentException("bad range " + from + ".." + to + " of " + kinds.length);
        }
        FurnitureKind[] copy = Arrays.copyOf(kinds, kinds.length);
        Arrays.fill(copy, from, to, kind);
        return new Draft(units, copy, commentsFrom, commentsTo, knownTitle);
    }

    /** The draft with units {@code from} (inclusive) to {@code to} (exclusive) holding the reader comments. */
    Draft withComments(int from, int to) {
        if (from < 0 || to > kinds.length || from > to) {
            throw new IllegalArgumentException("bad comments range " + from + ".." + to);
        }
        return new Draft(units, kinds, from, to, knownTitle);
    }
}
