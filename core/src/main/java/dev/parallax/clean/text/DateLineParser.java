package dev.parallax.clean.text;

import dev.parallax.model.PublicationDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as pages print them: {@code 3 May 2024}, {@code May 3, 2024},
 * {@code 2024-05-03}, {@code 03/05/2024} (day first unless impossible), optionally with a weekday,
 * a time ({@code 10:14}, {@code 10.14}, {@code 10:14 a.m.}) and a zone ({@code BST}, {@code ET},
 * {@code +02:00}). {@link #dateLine} accepts a whole line only when, apart from the date, it holds
 * nothing but date-line words ({@code Published}, {@code Updated:}, {@code at}, separators).
 * Stateless; never throws.
 */
final class DateLineParser {
    static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    static final String WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?";
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2})[:.](\\d{2})(?![\\d/.]\\d)\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*(BST|GMT|UTC|CEST|CET|EEST|EET|EDT|EST|ET|CDT|CST|CT|PDT|PST|PT|Z|[+-]\\d{2}:?\\d{2}))?",
            Pattern.CASE_INSENSITIVE);
    /** Words a date line may hold besides the date and time. */
    private static final Pattern DATE_LINE_WORDS = Pattern.compile(
            "(?i)\\b(?:published|updated|last|first|posted|modified|date|dated|on|at|the|min(?:ute)?s?|read|local|time|" + WEEKDAY + ")(?=\\W|$)");
    private static final Map<String, ZoneOffset> FIXED_ZONES = Map.ofEntries(
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC), Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)), Map.entry("PST", ZoneOffset.ofHours(-8)));
    private static final Map<String, ZoneId> REGION_ZONES = Map.of(
            "ET", ZoneId.of("America/New_York"), "CT", ZoneId.of("America/Chicago"), "PT", ZoneId.of("America/Los_Angeles"));

    private DateLineParser() {
    }

    /** The date of a line that is only a date line ({@code Updated: May 3, 2024 at 10:14 a.m. ET}). */
    static Optional<PublicationDate> dateLine(String line) {
        Optional<Found> found = findDate(line);
        if (found.isEmpty() || Texts.words(line) > 14) {
            return Optional.empty();
        }
        String rest = line.substring(0, found.get().start) + " " + line.substring(found.get().end);
        Matcher t = TIME.matcher(rest);
        String withoutTime = t.find() ? rest.substring(0, t.start()) + " " + rest.substring(t.end()) : rest;
        String residue = DATE_LINE_WORDS.matcher(withoutTime).replaceAll(" ").replaceAll("[^\\p{L}]+", "");
        if (!residue.isEmpty()) {
            return Optional.empty();
        }
        if (found.get().exact != null) {
            return Optional.of(found.get().exact);
        }
        return Optional.of(withTime(found.get().date, t.reset().find() ? t : null));
    }

    /** The first date written anywhere in a text, with the time that follows it if any. */
    static Optional<PublicationDate> find(String text) {
        Optional<Found> found = findDate(text);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.get().exact != null) {
            return Optional.of(found.get().exact);
        }
        String rest = text.substring(0, found.get().start) + " " + text.substring(found.get().end);
        Matcher t = TIME.matcher(rest);
        return Optional.of(withTime(found.get().date, t.find() ? t : null));
    }

    private record Found(LocalDate date, PublicationDate exact, int start, int end) {
    }

    private static Optional<Found> findDate(String text) {
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                PublicationDate exact = m.group(4) == null ? null
                        : PublicationDate.parseIso(m.group().replace(' ', 'T')).orElse(null);
                return Optional.of(new Found(d.get(), exact, m.start(), m.end()));
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            Optional<LocalDate> d = date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), null, m.start(), m.end()));
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            Optional<LocalDate> d = date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), null, m.start(), m.end()));
            }
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean monthFirst = a <= 12 && b > 12;
            Optional<LocalDate> d = monthFirst ? date(m.group(3), m.group(1), m.group(2)) : date(m.group(3), m.group(2), m.group(1));
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), null, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** Month number of an English month name or abbreviation, or 0. */
    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static PublicationDate withTime(LocalDate date, Matcher time) {
        if (time == null) {
            return PublicationDate.ofDate(date);
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = Integer.parseInt(time.group(2));
        String half = time.group(3) == null ? "" : time.group(3).toLowerCase(Locale.ROOT);
        if (half.startsWith("p") && hour < 12) {
            hour += 12;
        } else if (half.startsWith("a") && hour == 12) {
            hour = 0;
        }
        if (hour > 23 || minute > 59) {
            return PublicationDate.ofDate(date);
        }
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(hour, minute));
        String zone = time.group(4);
        if (zone == null) {
            return PublicationDate.of(local);
        }
        String z = zone.toUpperCase(Locale.ROOT);
        if (FIXED_ZONES.containsKey(z)) {
            return PublicationDate.of(local.atOffset(FIXED_ZONES.get(z)));
        }
        if (REGION_ZONES.containsKey(z)) {
            return PublicationDate.of(local.atZone(REGION_ZONES.get(z)).toOffsetDateTime());
        }
        try {
            return PublicationDate.of(local.atOffset(ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z)));
        } catch (DateTimeException e) {
            return PublicationDate.of(local);
        }
    }
}
