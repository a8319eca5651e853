package dev.parallax.understand.time;

import dev.parallax.model.PublicationDate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates when an undated article was published from the absolute dates in its text. News is written
 * after what it reports, so the estimate is the latest full date (day, month and year, "3 May 2024",
 * "May 3, 2024") named in a past-tense context; dates in future-tense contexts ("will vote on June 3, 2025")
 * do not count, and a date written with a weekday that does not fall on it ("Friday, May 5, 2024") is
 * distrusted. This is the earliest date consistent with the text: bare weekdays ("on Friday") fit any week and
 * cannot move it. The result is marked
 * {@link PublicationDate#asEstimated() estimated}; empty when the text names no full date.
 */
public final class PublicationDateEstimator {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(TimeRules.WEEKDAY + ",?\\s+(?:the\\s+)?$");

    private PublicationDateEstimator() {
    }

    public static Optional<PublicationDate> estimate(List<String> paragraphs) {
        LocalDate latest = null;
        for (String paragraph : paragraphs) {
            for (FoundTime f : TimeAnnotator.referenceFree(paragraph)) {
                if (f.value() == null || !DAY.matcher(f.value()).matches()
                        || TimeRecognizer.tenseAround(paragraph, f.begin(), f.end()) == Tense.FUTURE
                        || !weekdayAgrees(paragraph.substring(0, f.begin()), LocalDate.parse(f.value()))) {
                    continue;
                }
                LocalDate d = LocalDate.parse(f.value());
                if (latest == null || d.isAfter(latest)) {
                    latest = d;
                }
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        return Optional.of(PublicationDate.ofDate(latest).asEstimated());
    }

    /** Whether a weekday written just before a date ("Friday, May 3, 2024") is that date's weekday. */
    private static boolean weekdayAgrees(String before, LocalDate date) {
        Matcher m = WEEKDAY_BEFORE.matcher(before);
        return !m.find() || TimexValues.weekday(m.group()) == date.getDayOfWeek();
    }
}
