package dev.parallax.understand.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way a clause points in time, as far as bare calendar names ("Wednesday", "in March") need it:
 * news reports the past, so a bare name is the latest such day or month on or before the reference date
 * unless the words around it are clearly about the future ("will", "next", "scheduled", …).
 */
public enum Tense {
    /** A past-tense cue is nearest ("said", "was", "-ed"). */
    PAST,
    /**
     * A past verb governs the expression itself, with at most a preposition between ("The strike ended in
     * December", "was in March"), and nothing in the sentence points ahead: what it dates is over.
     */
    PAST_EVENT,
    /** A future cue is nearest ("will", "scheduled", "next", "by"). */
    FUTURE,
    /** No cue at all: read as past, but a date just ahead of the reference stays ahead. */
    UNMARKED;

    private static final Pattern CUE = Pattern.compile(
            "\\b(?<future>will|won't|'ll|shall|would|going to|(?:plans?|planned|planning|expects?|expected|hopes?"
                    + "|ready|set|due|scheduled|is|are|wants?) to|scheduled|upcoming"
                    + "|next|later this|tomorrow"
                    + "|begins|starts|ends|opens|closes|resumes|expires|takes effect|kicks off|convenes|meets)\\b"
                    + "|(?<past>\\b(?:was|were|had|did|said|says|told|ago|last|earlier|since|has|have)\\b"
                    + "|(?<!\\bbe |\\bbeen |\\bis |\\bare |\\bbeing )\\b[a-z]{3,}(?<!ne|ee)ed\\b)",
            Pattern.CASE_INSENSITIVE);

    /** What may stand between a past verb and the expression it governs: a preposition. */
    private static final Pattern GOVERNED = Pattern.compile("(?i)\\s+(?:(?:in|during|on|since|until|through|at)\\s+)?");

    /**
     * A present copula right before the expression, with at most a preposition between ("is Sunday", "are on
     * Friday", "is set for March"): what is scheduled, so the expression lies ahead.
     */
    private static final Pattern PRESENT_SCHEDULE = Pattern.compile(
            "(?i)\\b(?:is|are)(?:\\s+(?:set|scheduled|due|planned|slated|expected))?"
                    + "(?:\\s+(?:on|for|in|until|through))?\\s+$");

    /** The tense of a whole sentence: the cue nearest its start decides; UNMARKED without cues. */
    public static Tense of(String sentence) {
        return around(sentence, 0, 0);
    }

    /**
     * The tense around an expression at {@code [begin, end)} of {@code sentence}: the cue nearest to the
     * expression (outside it) decides; UNMARKED when there is no cue.
     */
    public static Tense around(String sentence, int begin, int end) {
        Matcher m = CUE.matcher(sentence);
        Tense best = UNMARKED;
        int bestDistance = Integer.MAX_VALUE;
        int bestEnd = -1;
        boolean future = false;
        while (m.find()) {
            if (m.start() < end && m.end() > begin) {
                continue;
            }
            future |= m.group("future") != null;
            int distance = m.start() >= end ? m.start() - end : begin - m.end();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = m.group("future") != null ? FUTURE : PAST;
                bestEnd = m.end();
            }
        }
        if (best == PAST && !future && bestEnd <= begin
                && GOVERNED.matcher(sentence.substring(bestEnd, begin)).matches()) {
            return PAST_EVENT;
        }
        if (begin > 0 && PRESENT_SCHEDULE.matcher(sentence.substring(0, begin)).find()) {
            return FUTURE; // "The vote is Sunday", "said the deadline is on Friday": a schedule, ahead
        }
        return best;
    }

    /** Whether this reads as the past: PAST, or PAST_EVENT. */
    public boolean isPast() {
        return this == PAST || this == PAST_EVENT;
    }

    static boolean isFutureWord(String word) {
        return word.toLowerCase(Locale.ROOT).matches("next|coming|upcoming|following");
    }
}
