package dev.parallax.eval.quotes;

import java.util.List;

/**
 * A possibly discontinuous stretch of an article's text: pieces {@code [start, end)} in UTF-16 offsets.
 * Sizes and overlaps count letters and digits only, so quotation marks, spaces and punctuation at the edges
 * never decide a match.
 */
public record CharSpans(String text, List<int[]> pieces) {
    public CharSpans {
        pieces = List.copyOf(pieces);
    }

    /** Letters and digits covered. */
    public int size() {
        int n = 0;
        for (int[] piece : pieces) {
            for (int i = piece[0]; i < piece[1] && i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Letters and digits covered by both. */
    public int overlap(CharSpans other) {
        int n = 0;
        for (int[] a : pieces) {
            for (int[] b : other.pieces) {
                int from = Math.max(a[0], b[0]);
                int to = Math.min(a[1], b[1]);
                for (int i = from; i < to && i < text.length(); i++) {
                    if (Character.isLetterOrDigit(text.charAt(i))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** Whether any character is shared. */
    public boolean touches(CharSpans other) {
        for (int[] a : pieces) {
            for (int[] b : other.pieces) {
                if (Math.max(a[0], b[0]) < Math.min(a[1], b[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    public String covered() {
        StringBuilder sb = new StringBuilder();
        for (int[] piece : pieces) {
            if (!sb.isEmpty()) {
                sb.append(" … ");
            }
            sb.append(text, piece[0], Math.min(piece[1], text.length()));
        }
        return sb.toString();
    }
}
