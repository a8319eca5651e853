package dev.parallax.clean.text;

import dev.parallax.model.PublicationDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the times comment sections print ({@code 3 days ago}, {@code 2h ago}, {@code 2h},
 * {@code yesterday}, {@code just now}, {@code last week}, {@code Mar 4}, {@code 4 March 2024},
 * {@code May 3, 2024 at 10:14 am})
 * against a reference date, the article's publication date. Day-or-longer offsets give an ISO date;
 * hour, minute and second offsets give a date-time when the reference has a time, else the
 * reference's date. A month and day without a year take the reference's year (the year before
 * when that would put the comment more than a month after the reference). Stateless; never throws.
 */
final class RelativeTimeResolver {
    private static final String UNIT = "(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)";
    private static final Pattern AGO = Pattern.compile(
            "^(?:(\\d{1,3})\\s*" + UNIT + "\\.?(?:\\s+ago)?|(an?|one)\\s+" + UNIT + "\\s+ago)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED = Pattern.compile(
            "^(just now|now|moments? ago|a moment ago|today|yesterday|last week|last month|last year)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "^" + DateLineParser.MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "^(\\d{1,2})(?:st|nd|rd|th)?\\s+" + DateLineParser.MONTH + "(?:,?\\s+(\\d{4}))?$", Pattern.CASE_INSENSITIVE);
    /** A relative or absolute comment time, as a regular expression fragment (no anchors). */
    static final String EXPRESSION = "(?:\\d{1,3}\\s*" + UNIT + "\\.?(?:\\s+ago)?|(?:an?|one)\\s+" + UNIT + "\\s+ago"
            + "|just now|moments? ago|a moment ago|today|yesterday|last (?:week|month|year)"
            + "|" + DateLineParser.MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
            + "|\\d{1,2}\\s+" + DateLineParser.MONTH + "(?:,?\\s+\\d{4})?"
            + "|\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2})?)"
            + "(?:\\s*(?:at|,)?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?";

    private RelativeTimeResolver() {
    }

    /** True for a relative expression ({@code 3 days ago}, {@code yesterday}) as opposed to a calendar date. */
    static boolean isRelative(String written) {
        String w = written.strip();
        return AGO.matcher(w).matches() || NAMED.matcher(w).matches();
    }

    /** The ISO date or date-time the written time stands for, or empty when it cannot be resolved. */
    static Optional<String> resolve(String written, PublicationDate reference) {
        String w = written.strip().replaceAll("\\s+", " ");
        Optional<PublicationDate> iso = PublicationDate.parseIso(w.replace(' ', 'T'));
        if (iso.isPresent() && w.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return Optional.of(iso.get().toString());
        }
        Optional<String> calendar = calendar(w, reference)
                .or(() -> DateLineParser.find(w).filter(d -> w.matches(".*\\d{4}.*")).map(PublicationDate::toString));
        if (calendar.isPresent() || reference == null) {
            return calendar;
        }
        Matcher ago = AGO.matcher(w);
        if (ago.matches()) {
            return Optional.of(ago.group(1) != null ? minus(reference, amount(ago.group(1)), unit(ago.group(2)))
                    : minus(reference, amount(ago.group(3)), unit(ago.group(4))));
        }
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "just now", "now", "moment ago", "moments ago", "a moment ago" -> Optional.of(reference.toString());
            case "today" -> Optional.of(reference.date().toString());
            case "yesterday" -> Optional.of(reference.date().minusDays(1).toString());
            case "last week" -> Optional.of(reference.date().minusWeeks(1).toString());
            case "last month" -> Optional.of(reference.date().minusMonths(1).toString());
            case "last year" -> Optional.of(reference.date().minusYears(1).toString());
            default -> Optional.empty();
        };
    }

    private static Optional<String> calendar(String w, PublicationDate reference) {
        Matcher m = MONTH_DAY.matcher(w);
        String month;
        String day;
        String year;
        if (m.matches()) {
            month = m.group(1);
            day = m.group(2);
            year = m.group(3);
        } else {
            m = DAY_MONTH.matcher(w);
            if (!m.matches()) {
                return Optional.empty();
            }
            day = m.group(1);
            month = m.group(2);
            year = m.group(3);
        }
        try {
            MonthDay md = MonthDay.of(DateLineParser.month(month), Integer.parseInt(day));
            if (year != null) {
                return Optional.of(md.atYear(Integer.parseInt(year)).toString());
            }
            if (reference == null) {
                return Optional.empty();
            }
            LocalDate candidate = md.atYear(reference.date().getYear());
            if (candidate.isAfter(reference.date().plusMonths(1))) {
                candidate = candidate.minusYears(1);
            }
            return Optional.of(candidate.toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long amount(String a) {
        return switch (a.toLowerCase(Locale.ROOT)) {
            case "a", "an", "one" -> 1;
            default -> Long.parseLong(a);
        };
    }

    private static ChronoUnit unit(String u) {
        String s = u.toLowerCase(Locale.ROOT);
        if (s.startsWith("mo")) {
            return ChronoUnit.MONTHS;
        }
        return switch (s.charAt(0)) {
            case 's' -> ChronoUnit.SECONDS;
            case 'm' -> ChronoUnit.MINUTES;
            case 'h' -> ChronoUnit.HOURS;
            case 'd' -> ChronoUnit.DAYS;
            case 'w' -> ChronoUnit.WEEKS;
            default -> ChronoUnit.YEARS;
        };
    }

    private static String minus(PublicationDate reference, long amount, ChronoUnit unit) {
        if (unit.getDuration().compareTo(ChronoUnit.DAYS.getDuration()) < 0) {
            if (reference.offsetDateTime() != null) {
                return reference.offsetDateTime().minus(amount, unit).toString();
            }
            if (reference.dateTime() != null) {
                LocalDateTime t = reference.dateTime().minus(amount, unit);
                return t.toString();
            }
            return reference.date().toString();
        }
        return reference.date().minus(amount, unit).toString();
    }
}
