package dev.parallax.eval.time;

import java.util.List;

/**
 * Pairs system time expressions with gold ones in one document and counts matches (see
 * {@link TimexScores}). Each gold expression is paired with the unpaired overlapping system expression
 * sharing most characters with it (the official scorer's id alignment gives an overlapping system tag the
 * gold tag's id, one to one).
 */
public final class TimexScorer {
    private TimexScorer() {
    }

    /** Scores one document. */
    public static TimexScores score(List<Timex> gold, List<Timex> system) {
        return score(gold, system, null);
    }

    /**
     * Scores one document and adds a line per error (missed, spurious, wrong extent, type or value) to
     * {@code errors} when it is not null.
     */
    public static TimexScores score(List<Timex> gold, List<Timex> system, List<String> errors) {
        boolean[] used = new boolean[system.size()];
        int strict = 0;
        int relaxed = 0;
        int types = 0;
        int values = 0;
        for (Timex g : gold) {
            int best = -1;
            for (int i = 0; i < system.size(); i++) {
                if (!used[i] && g.overlaps(system.get(i))
                        && (best < 0 || g.overlap(system.get(i)) > g.overlap(system.get(best)))) {
                    best = i;
                }
            }
            if (best < 0) {
                note(errors, "missed   " + describe(g));
                continue;
            }
            used[best] = true;
            Timex s = system.get(best);
            relaxed++;
            boolean exact = s.begin() == g.begin() && s.end() == g.end();
            strict += exact ? 1 : 0;
            types += s.type().equals(g.type()) ? 1 : 0;
            values += s.value().equals(g.value()) ? 1 : 0;
            if (!exact || !s.type().equals(g.type()) || !s.value().equals(g.value())) {
                note(errors, "wrong    " + describe(g) + "  got " + describe(s));
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) {
                note(errors, "spurious " + describe(system.get(i)));
            }
        }
        return new TimexScores(gold.size(), system.size(), strict, relaxed, types, values);
    }

    private static void note(List<String> errors, String line) {
        if (errors != null) {
            errors.add(line);
        }
    }

    private static String describe(Timex t) {
        return "\"" + t.text().replace('\n', ' ') + "\" " + t.type() + " " + t.value();
    }

}
