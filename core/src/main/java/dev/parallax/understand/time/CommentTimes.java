package dev.parallax.understand.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves a reader comment's posted time as written on the page ("3 days ago", "yesterday at 10:14 pm",
 * "May 3, 2024") to an ISO-8601 date or local date-time, against the date the page was seen or published.
 * Comments are about the past, so a bare weekday or month is the latest one on or before the reference.
 */
public final class CommentTimes {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d\\d-\\d\\d(?:T\\d\\d:\\d\\d)?");
    private static final Pattern JUST_NOW = Pattern.compile("(?i)just now|moments? ago|a moment ago|now");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?<day>\\d{4}-\\d\\d-\\d\\d)T(?<hm>\\d\\d:\\d\\d)");

    private static final TimeRecognizer RECOGNIZER = new TimeRecognizer();

    private CommentTimes() {
    }

    /** The ISO date ({@code 2024-05-03}) or date-time ({@code 2024-05-03T22:14}), or empty when unreadable. */
    public static Optional<String> resolve(String postedText, LocalDate reference) {
        if (postedText == null || postedText.isBlank() || reference == null) {
            return Optional.empty();
        }
        String text = postedText.strip().replaceFirst("(?i)^(?:posted|updated|published)\\s+(?:on\\s+)?", "");
        if (JUST_NOW.matcher(text).matches()) {
            return Optional.of(reference.toString());
        }
        String date = null;
        String clock = null;
        for (FoundTime f : RECOGNIZER.find(text, reference)) {
            String v = f.value();
            if (v == null) {
                continue;
            }
            var t = TIME_OF_DAY.matcher(v);
            if (t.matches()) {
                clock = t.group("hm");
                date = date == null ? t.group("day") : date;
            } else if (ISO.matcher(v).matches()) {
                date = v;
            }
        }
        if (date == null) {
            return Optional.empty();
        }
        return Optional.of(clock == null ? date : date + "T" + clock);
    }
}
