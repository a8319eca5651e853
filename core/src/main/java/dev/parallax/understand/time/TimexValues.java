package dev.parallax.understand.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/** TIMEX3 value arithmetic and the words that name numbers, months, days and units. */
final class TimexValues {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("a hundred", 100), Map.entry("a dozen", 12),
            Map.entry("half a", 0), Map.entry("a couple of", 2), Map.entry("couple of", 2));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4));

    /** How far against the sentence's direction a month-and-day may fall and stay in the reference's year. */
    static final int NEAR_DAYS = 60;
    /** How many months ahead a bare month name in a past sentence may fall and stay in the reference's year. */
    static final int NEAR_MONTHS = 2;

    private TimexValues() {
    }

    /** A number written in words or digits; -1 for a vague amount ("several", "a few"). */
    static int number(String text) {
        String s = text.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (s.matches("\\d+")) {
            return Integer.parseInt(s);
        }
        Integer n = NUMBERS.get(s);
        if (n != null) {
            return n;
        }
        String[] parts = s.split("[- ]");
        if (parts.length == 2 && NUMBERS.containsKey(parts[0]) && NUMBERS.containsKey(parts[1])) {
            return NUMBERS.get(parts[0]) + NUMBERS.get(parts[1]);
        }
        return -1;
    }

    static int ordinal(String text) {
        return ORDINALS.getOrDefault(text.toLowerCase(Locale.ROOT), -1);
    }

    /** Month 1-12 from a name or abbreviation ("Sept.", "Feb"), or -1. */
    static int month(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace(".", "");
        if (s.length() < 3) {
            return -1;
        }
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (s.startsWith(names[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    static DayOfWeek weekday(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (s.startsWith(d.name().toLowerCase(Locale.ROOT).substring(0, 3))) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a weekday: " + text);
    }

    /** TIMEX3 unit letter of a unit word: D, W, M, Y, DE, CE, or H, MIN, S for clock units, Q for quarters. */
    static String unit(String word) {
        String s = word.toLowerCase(Locale.ROOT);
        if (s.startsWith("sec")) {
            return "S";
        }
        if (s.startsWith("min")) {
            return "MIN";
        }
        if (s.startsWith("hour")) {
            return "H";
        }
        if (s.startsWith("day") || s.startsWith("night")) {
            return "D";
        }
        if (s.startsWith("week")) {
            return "W";
        }
        if (s.startsWith("month")) {
            return "M";
        }
        if (s.startsWith("quarter")) {
            return "Q";
        }
        if (s.startsWith("year")) {
            return "Y";
        }
        if (s.startsWith("decade")) {
            return "DE";
        }
        if (s.startsWith("centur")) {
            return "CE";
        }
        throw new IllegalArgumentException("not a unit: " + word);
    }

    /** A TIMEX3 duration: P3D, P2W, PT4H, PXM for an unknown amount; quarters become months. */
    static String duration(int amount, String unit) {
        String n = amount < 0 ? "X" : Integer.toString(amount);
        return switch (unit) {
            case "S" -> "PT" + n + "S";
            case "MIN" -> "PT" + n + "M";
            case "H" -> "PT" + n + "H";
            case "Q" -> amount < 0 ? "PXM" : "P" + amount * 3 + "M";
            case "DE" -> amount < 0 ? "PXDE" : "P" + amount * 10 + "Y";
            case "CE" -> amount < 0 ? "PXCE" : "P" + amount * 100 + "Y";
            default -> "P" + n + unit;
        };
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String month(YearMonth m) {
        return m.toString();
    }

    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int quarter) {
        return year + "-Q" + quarter;
    }

    static int quarterOf(LocalDate d) {
        return d.get(IsoFields.QUARTER_OF_YEAR);
    }

    /**
     * The value of the unit period shifted by {@code offset} units from the reference date, at the unit's
     * granularity: a day, an ISO week, a month, a quarter, a year, a decade ("201") or a century ("20").
     */
    static String period(LocalDate ref, String unit, int offset) {
        return switch (unit) {
            case "D" -> day(ref.plusDays(offset));
            case "W" -> week(ref.plusWeeks(offset));
            case "M" -> month(YearMonth.from(ref).plusMonths(offset));
            case "Q" -> {
                LocalDate d = ref.plusMonths(3L * offset);
                yield quarter(d.getYear(), quarterOf(d));
            }
            case "Y" -> Integer.toString(ref.getYear() + offset);
            case "DE" -> Integer.toString(ref.getYear() / 10 + offset);
            case "CE" -> Integer.toString(ref.getYear() / 100 + offset);
            default -> null;
        };
    }

    /** The value of "N units ago": the day, week, month or year that far back. */
    static String ago(LocalDate ref, String unit, int amount) {
        return switch (unit) {
            case "D" -> day(ref.minusDays(amount));
            case "W" -> week(ref.minusWeeks(amount));
            case "M" -> month(YearMonth.from(ref).minusMonths(amount));
            case "Q" -> {
                LocalDate d = ref.minusMonths(3L * amount);
                yield quarter(d.getYear(), quarterOf(d));
            }
            case "Y" -> Integer.toString(ref.getYear() - amount);
            case "DE" -> Integer.toString(ref.getYear() - 10 * amount);
            case "CE" -> Integer.toString(ref.getYear() / 100 - amount);
            case "H", "MIN", "S" -> day(ref);
            default -> null;
        };
    }

    /** The weekday nearest the reference in the sentence's direction: on or before for PAST, on or after for FUTURE. */
    static LocalDate weekday(LocalDate ref, DayOfWeek day, Tense tense) {
        return tense == Tense.FUTURE ? ref.with(TemporalAdjusters.nextOrSame(day))
                : ref.with(TemporalAdjusters.previousOrSame(day));
    }

    /**
     * The month nearest the reference in the sentence's direction (the reference's own month either way); in a
     * past sentence a month up to {@link #NEAR_MONTHS} ahead stays ahead ("in March" written in February):
     * measured on TempEval-3 training news, such a month is far more often the coming one than last year's;
     * but not when a past verb governs the month itself ({@link Tense#PAST_EVENT}).
     */
    static YearMonth month(LocalDate ref, int month, Tense tense) {
        YearMonth same = YearMonth.of(ref.getYear(), month);
        YearMonth now = YearMonth.from(ref);
        if (tense == Tense.FUTURE) {
            return same.isBefore(now) ? same.plusYears(1) : same;
        }
        if (tense == Tense.PAST_EVENT) {
            return same.isAfter(now) ? same.minusYears(1) : same; // "The strike ended in December", in October
        }
        return same.isAfter(now.plusMonths(NEAR_MONTHS)) ? same.minusYears(1) : same;
    }

    /**
     * A month and day without a year: in the reference's year unless that puts it more than {@link #NEAR_DAYS}
     * against the sentence's direction (after the reference in a past sentence, before it in a future one),
     * then in the year before or after. News names exact days close to its date either way ("by Jan. 14").
     */
    static LocalDate monthDay(LocalDate ref, int month, int day, Tense tense) {
        return nearestYear(ref, tense, year -> safeDate(year, month, day));
    }

    /**
     * A day that falls once a year ({@code inYear} gives it for a year, or null), chosen as a month and day
     * without a year is ({@link #monthDay}): in the reference's year unless that is more than {@link #NEAR_DAYS}
     * against the sentence's direction.
     */
    static LocalDate nearestYear(LocalDate ref, Tense tense, IntFunction<LocalDate> inYear) {
        LocalDate same = inYear.apply(ref.getYear());
        if (same == null) {
            return null;
        }
        if (tense == Tense.FUTURE) {
            return same.isBefore(ref.minusDays(NEAR_DAYS)) ? inYear.apply(ref.getYear() + 1) : same;
        }
        return same.isAfter(ref.plusDays(NEAR_DAYS)) ? inYear.apply(ref.getYear() - 1) : same;
    }

    static LocalDate safeDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** Two-letter TIMEX3 season code. */
    static String season(String word) {
        String s = word.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "fall", "autumn" -> "FA";
            default -> "WI";
        };
    }

    /** Two-letter TIMEX3 part-of-day code. */
    static String partOfDay(String word) {
        String s = word.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }
}
