package dev.parallax.understand.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Holidays named in English-language news and the day each falls on in a given year: fixed dates (Christmas,
 * New Year's Day, Halloween …), Thanksgiving (the United States' fourth Thursday of November) and Easter with
 * Good Friday (the Gregorian computus, written out here: {@code java.time} has no Easter). Without a year, the
 * one nearest the reference in the sentence's direction, as for a month and day ({@link TimexValues#nearestYear}).
 */
final class Holidays {
    /** The names {@link #dayOf} knows, for a rule's pattern (longest forms first). */
    static final String NAMES = "(?:Christmas\\s+(?:Eve|Day)|Christmas|Boxing\\s+Day"
            + "|New\\s+Year['\u2019]s\\s+(?:Eve|Day)|Halloween|Valentine['\u2019]s\\s+Day|Thanksgiving(?:\\s+Day)?"
            + "|Easter(?:\\s+Sunday)?|Good\\s+Friday)";

    private Holidays() {
    }

    /** The day a holiday falls on nearest the reference in the tense's direction; null for an unknown name. */
    static LocalDate dayOf(String name, LocalDate ref, Tense tense) {
        IntFunction<LocalDate> inYear = inYear(name);
        return inYear == null ? null : TimexValues.nearestYear(ref, tense, inYear);
    }

    /** The day a holiday falls on in a given year; null for an unknown name. */
    static LocalDate dayOf(String name, int year) {
        IntFunction<LocalDate> inYear = inYear(name);
        return inYear == null ? null : inYear.apply(year);
    }

    private static IntFunction<LocalDate> inYear(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
        return switch (n) {
            case "christmas", "christmas day" -> y -> LocalDate.of(y, 12, 25);
            case "christmas eve" -> y -> LocalDate.of(y, 12, 24);
            case "boxing day" -> y -> LocalDate.of(y, 12, 26);
            case "new year's eve" -> y -> LocalDate.of(y, 12, 31);
            case "new year's day" -> y -> LocalDate.of(y, 1, 1);
            case "halloween" -> y -> LocalDate.of(y, 10, 31);
            case "valentine's day" -> y -> LocalDate.of(y, 2, 14);
            case "thanksgiving", "thanksgiving day" -> y -> LocalDate.of(y, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "easter", "easter sunday" -> Holidays::easter;
            case "good friday" -> y -> easter(y).minusDays(2);
            default -> null;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
