package dev.parallax.timeline;

import dev.parallax.model.PublicationDate;
import dev.parallax.model.TimeExpression;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date a timeline can place a happening at: a TIMEX3 DATE or TIME value naming a day
 * ({@code 2024-05-02}; a time of day is cut to its day), an ISO week ({@code 2024-W18}), a month
 * ({@code 2024-05}) or a year ({@code 2024}); {@code PRESENT_REF} ("now", "today") is the article's day.
 * Anything vaguer (past or future references, seasons, quarters, decades, unknown years) is no place on
 * a timeline. Ordered by the first day it covers; {@link #precision()} says how specific it is.
 *
 * @param value     the ISO value shown
 * @param start     the first day it covers
 * @param precision 3 for a day, 2 for a week, 1 for a month, 0 for a year
 */
record HappeningDate(String value, LocalDate start, int precision) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The date of a time expression, or null when it names none a timeline can use. */
    static HappeningDate of(TimeExpression t, PublicationDate published) {
        if (t.value() == null || !("DATE".equals(t.type()) || "TIME".equals(t.type()))) {
            return null;
        }
        if ("PRESENT_REF".equals(t.value())) {
            return published == null ? null : day(published.date());
        }
        return parse(t.value());
    }

    /** The date of a day. */
    static HappeningDate day(LocalDate date) {
        return new HappeningDate(date.toString(), date, 3);
    }

    static HappeningDate parse(String value) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                return day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new HappeningDate(value, monday, 2);
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                return new HappeningDate(value, LocalDate.of(num(m, 1), num(m, 2), 1), 1);
            }
            if (YEAR.matcher(value).matches()) {
                return new HappeningDate(value, LocalDate.of(Integer.parseInt(value), 1, 1), 0);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
