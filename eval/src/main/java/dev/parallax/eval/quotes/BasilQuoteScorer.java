package dev.parallax.eval.quotes;

import dev.parallax.resolve.Romanization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores predicted attributions against BASIL's quote spans. BASIL marks only the quotes that carry bias
 * (722 spans in 300 articles), so unmarked quotes are not errors and precision cannot be measured: this
 * scorer gives recall and speaker accuracy.
 *
 * <ul>
 *   <li><b>Found:</b> a gold span is found when one predicted content covers at least half of its letters and
 *       digits ({@link CharSpans}). BASIL's spans are often a clause cut out of a longer quotation, so the
 *       prediction may be longer; several gold spans may be found by one prediction.</li>
 *   <li><b>Speaker:</b> counted for found spans whose speaker label names someone (every word capitalised,
 *       not a group such as {@code House_Democrats} or {@code other_anti}); of the predictions covering the
 *       span best, the speaker is right when a word of the predicted speaker's name (else description, else
 *       mention) is the label's last word, accents aside ({@code Felipe_Calder} is cut short in BASIL and
 *       matches "Calderón").</li>
 * </ul>
 */
public final class BasilQuoteScorer {
    private static final Set<String> GROUP_WORDS = Set.of("democrats", "republicans", "lawmakers", "party",
            "catholics", "campaign", "officials", "members", "companies");

    /** Counts, addable over articles. */
    public record Counts(int gold, int found, int named, int speakerEligible, int speakerCorrect) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(gold + o.gold, found + o.found, named + o.named, speakerEligible + o.speakerEligible,
                    speakerCorrect + o.speakerCorrect);
        }

        public double recall() {
            return gold == 0 ? 0 : found / (double) gold;
        }

        public double speakerAccuracy() {
            return speakerEligible == 0 ? 0 : speakerCorrect / (double) speakerEligible;
        }
    }

    private BasilQuoteScorer() {
    }

    /** Scores one article; {@code log}, when not null, hears each missed span and wrong speaker. */
    public static Counts score(BasilQuoteArticle article, List<Attribution> predicted, StringBuilder log) {
        int found = 0;
        int named = 0;
        int eligible = 0;
        int correct = 0;
        for (BasilQuoteArticle.Quote q : article.gold()) {
            String surname = namedSpeaker(q.speaker());
            named += surname != null ? 1 : 0;
            Attribution best = null;
            int bestOverlap = 0;
            for (Attribution p : predicted) {
                int o = q.span().overlap(p.content());
                if (o > bestOverlap) {
                    best = p;
                    bestOverlap = o;
                }
            }
            int size = q.span().size();
            if (best == null || 2 * bestOverlap < size) {
                if (log != null) {
                    log.append("FN  [").append(q.speaker()).append("] ").append(AttributionScorer.flat(q.span().covered())).append('\n');
                }
                continue;
            }
            found++;
            if (surname != null) {
                eligible++;
                if (speakerRight(surname, best)) {
                    correct++;
                } else if (log != null) {
                    log.append("SPK [").append(best.source() == null ? "-" : best.source().covered()).append(" => ")
                            .append(best.speaker()).append("] gold [").append(q.speaker()).append("] ")
                            .append(AttributionScorer.flat(q.span().covered())).append('\n');
                }
            }
        }
        return new Counts(article.gold().size(), found, named, eligible, correct);
    }

    /**
     * The word a right speaker must have, lower case and without accents ({@code Donald_Trump_Jr.} gives
     * "trump"), or null when the label is a group or an unnamed side.
     */
    static String namedSpeaker(String label) {
        if (label == null || label.isBlank() || label.toLowerCase(Locale.ROOT).startsWith("other")) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String w : label.split("_")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return null;
            }
            String light = Romanization.light(w);
            if (GROUP_WORDS.contains(light)) {
                return null;
            }
            if (!light.equals("jr") && !light.equals("sr") && !light.isEmpty()) {
                words.add(light);
            }
        }
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }

    static boolean speakerRight(String surname, Attribution predicted) {
        String who = predicted.speaker();
        if ((who == null || who.isBlank()) && predicted.source() != null) {
            who = predicted.source().covered();
        }
        if (who == null) {
            return false;
        }
        for (String w : who.split("[^\\p{L}\\p{N}.'’-]+")) {
            String light = Romanization.light(w);
            if (light.equals(surname) || (surname.length() >= 5 && light.startsWith(surname))) {
                return true;
            }
        }
        return false;
    }
}
