package dev.parallax.understand.time;

import dev.parallax.model.PublicationDate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates when an undated article was published from the absolute dates in its text. News is written
 * after what it reports, so the estimate is the latest day the text names outside a future-tense context:
 * full dates ("3 May 2024", "May 3, 2024"), and days without a year ("Oct. 23") placed in the latest year the
 * text names in a past-tense context ("in 2023, sales fell"). Dates in future-tense contexts ("will vote on June 3, 2025") do not count, and a date written
 * with a weekday that does not fall on it ("Friday, May 5, 2024") is distrusted. This is the earliest date consistent with the text: bare weekdays ("on Friday") fit any week and
 * cannot move it. The result is marked
 * {@link PublicationDate#asEstimated() estimated}; empty when the text names no full date.
 */
public final class PublicationDateEstimator {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern YEAR = Pattern.compile("(?:1[6-9]|20)\\d\\d(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:" + TimeRules.MONTH + ")\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + TimeRules.MONTH + ")");
    private static final TimeRecognizer RECOGNIZER = new TimeRecognizer();
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(TimeRules.WEEKDAY + ",?\\s+(?:the\\s+)?$");

    private PublicationDateEstimator() {
    }

    public static Optional<PublicationDate> estimate(List<String> paragraphs) {
        LocalDate latest = null;
        int latestYear = -1;
        for (String paragraph : paragraphs) {
            for (FoundTime f : TimeAnnotator.referenceFree(paragraph)) {
                if (f.value() == null || pointsForward(paragraph, f)) {
                    continue;
                }
                if (YEAR.matcher(f.value()).lookingAt()
                        && TimeRecognizer.tenseAround(paragraph, f.begin(), f.end()).isPast()) {
                    latestYear = Math.max(latestYear, Integer.parseInt(f.value().substring(0, 4)));
                }
                if (DAY.matcher(f.value()).matches() && weekdayAgrees(paragraph.substring(0, f.begin()),
                        LocalDate.parse(f.value()))) {
                    latest = later(latest, LocalDate.parse(f.value()));
                }
            }
        }
        if (latestYear > 0) {
            latest = later(latest, latestMonthDay(paragraphs, latestYear));
        }
        return latest == null ? Optional.empty() : Optional.of(PublicationDate.ofDate(latest).asEstimated());
    }

    /**
     * The latest past-context month and day without a year ("Oct. 23") placed in the latest year the text
     * names, or null. Resolved against the last day of that year, so none is pushed into the year before.
     */
    private static LocalDate latestMonthDay(List<String> paragraphs, int year) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        LocalDate latest = null;
        for (String paragraph : paragraphs) {
            for (FoundTime f : RECOGNIZER.find(paragraph, endOfYear)) {
                if (f.value() != null && DAY.matcher(f.value()).matches() && MONTH_DAY.matcher(f.text()).matches()
                        && !pointsForward(paragraph, f) && f.value().startsWith(Integer.toString(year))) {
                    latest = later(latest, LocalDate.parse(f.value()));
                }
            }
        }
        return latest;
    }

    private static boolean pointsForward(String paragraph, FoundTime f) {
        return TimeRecognizer.tenseAround(paragraph, f.begin(), f.end()) == Tense.FUTURE;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b != null && b.isAfter(a) ? b : a;
    }

    /** Whether a weekday written just before a date ("Friday, May 3, 2024") is that date's weekday. */
    private static boolean weekdayAgrees(String before, LocalDate date) {
        Matcher m = WEEKDAY_BEFORE.matcher(before);
        return !m.find() || TimexValues.weekday(m.group()) == date.getDayOfWeek();
    }
}
