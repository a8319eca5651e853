package dev.parallax.statements;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.parallax.model.DiffOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A word-level diff from one wording to another ("a completely unacceptable step" → "an unacceptable
 * step": {@code delete "a completely"}, {@code insert "an"}, {@code equal "unacceptable step"}). Words are
 * the text split at white space; two words are equal when they are equal ignoring case, diacritics and
 * surrounding punctuation, so "step." and "step" match. The alignment is Myers' diff from java-diff-utils.
 * Adjacent words of one kind form one run; a deletion comes before the insertion that replaces it.
 * Stateless.
 */
public final class WordDiff {
    private WordDiff() {
    }

    /** The runs turning {@code reference} into {@code variant}; equal texts give one EQUAL run (none when empty). */
    public static List<DiffOp> diff(String reference, String variant) {
        List<String> source = tokens(reference);
        List<String> target = tokens(variant);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(source, target,
                (x, y) -> Objects.equals(normal(x), normal(y))).getDeltas();
        Runs runs = new Runs();
        int s = 0;
        int t = 0;
        for (AbstractDelta<String> d : deltas) {
            int equal = d.getSource().getPosition() - s;
            runs.add(DiffOp.Kind.EQUAL, target.subList(t, t + equal));
            s += equal;
            t += equal;
            if (d.getType() == DeltaType.DELETE || d.getType() == DeltaType.CHANGE) {
                runs.add(DiffOp.Kind.DELETE, d.getSource().getLines());
            }
            if (d.getType() == DeltaType.INSERT || d.getType() == DeltaType.CHANGE) {
                runs.add(DiffOp.Kind.INSERT, d.getTarget().getLines());
            }
            s += d.getSource().size();
            t += d.getTarget().size();
        }
        runs.add(DiffOp.Kind.EQUAL, target.subList(t, target.size()));
        return runs.ops;
    }

    private static List<String> tokens(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    private static String normal(String token) {
        List<String> words = Wording.words(token);
        return words.isEmpty() ? token : String.join(" ", words);
    }

    private static final class Runs {
        final List<DiffOp> ops = new ArrayList<>();

        void add(DiffOp.Kind kind, List<String> words) {
            if (words.isEmpty()) {
                return;
            }
            String text = String.join(" ", words);
            int last = ops.size() - 1;
            if (last >= 0 && ops.get(last).kind() == kind) {
                ops.set(last, new DiffOp(kind, ops.get(last).text() + " " + text));
            } else {
                ops.add(new DiffOp(kind, text));
            }
        }
    }
}
