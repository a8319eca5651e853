package dev.parallax.understand.time;

import dev.parallax.understand.time.TimeRule.Resolved;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English time-expression rules, as data: word classes, then one pattern per expression shape with
 * its resolution. Extents follow TimeML (a leading "the" and modifiers such as "early", "about" belong to
 * the expression; prepositions do not).
 */
final class TimeRules {
    // ---- word classes (inline (?-i:...) keeps calendar names capitalised) ----
    static final String MONTH = "(?-i:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.|Sept"
            + "|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";
    static final String WEEKDAY = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";
    static final String NUM_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety|hundred)";
    static final String NUMBER = "(?:\\d+|" + NUM_WORD + "(?:-" + NUM_WORD + ")?|a|an|a couple of|a dozen|a hundred)";
    static final String VAGUE = "(?:several|a few|few|many|some)";
    static final String UNIT = "(?:second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))";
    static final String PART = "(?:morning|afternoon|evening|night)";
    static final String MOD = "(?:early|late|mid-|mid|the end of|the beginning of|the start of|the middle of"
            + "|the first half of|the second half of|as early as|as late as)";
    static final String DUR_MOD = "(?:almost|nearly|more than|less than|under|at least"
            + "|at most|some|roughly|approximately|a mere|up to|another)";
    static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
    static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private TimeRules() {
    }

    static Pattern p(String regex) {
        return Pattern.compile("(?<![\\w-])(?:" + regex + ")(?![\\w])", FLAGS);
    }

    static List<TimeRule> english() {
        return List.of(
                // ---- absolute dates ----
                new TimeRule("iso-date", p("(?<y>" + YEAR + ")-(?<m>\\d\\d)-(?<d>\\d\\d)"),
                        (m, ref, t) -> Resolved.date(dayValue(m.group("y"), m.group("m"), m.group("d")))),
                new TimeRule("slash-date", p("(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d\\d)"),
                        (m, ref, t) -> Resolved.date(dayValue(fullYear(m.group("y")), m.group("m"), m.group("d")))),
                new TimeRule("month-day-year", p("(?<mon>" + MONTH + ")\\s+(?<d>\\d{1,2})"
                        + "(?:st|nd|rd|th)?,?\\s+(?<y>" + YEAR + ")"),
                        (m, ref, t) -> Resolved.date(dayValue(m.group("y"), m.group("mon"), m.group("d")))),
                new TimeRule("day-month-year", p("(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)?"
                        + "\\s+(?:of\\s+)?(?<mon>" + MONTH + "),?\\s+(?<y>" + YEAR + ")"),
                        (m, ref, t) -> Resolved.date(dayValue(m.group("y"), m.group("mon"), m.group("d")))),
                new TimeRule("month-year", p("(?:" + MOD + "\\s*)?(?<mon>" + MONTH + "),?\\s+(?:of\\s+)?(?<y>" + YEAR + ")"),
                        (m, ref, t) -> Resolved.date(String.format(Locale.ROOT, "%s-%02d", m.group("y"),
                                TimexValues.month(m.group("mon"))))),
                new TimeRule("month-relative-year", p("(?:" + MOD + "\\s*)?(?<mon>" + MONTH + "),?\\s+(?:of\\s+)?"
                        + "(?<rel>last|this|next)\\s+year"),
                        (m, ref, t) -> {
                            String rel = m.group("rel").toLowerCase(Locale.ROOT);
                            int year = ref.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
                            return Resolved.date(String.format(Locale.ROOT, "%d-%02d", year,
                                    TimexValues.month(m.group("mon"))));
                        }),
                new TimeRule("month-day", p("(?<mon>" + MONTH + ")\\s+(?<d>[0-3]?\\d)"
                        + "(?:st|nd|rd|th)?(?![\\d:,.]\\d)"),
                        (m, ref, t) -> monthDay(ref, m.group("mon"), m.group("d"), t)),
                new TimeRule("day-month", p("(?:the\\s+)?(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s+"
                        + "(?:of\\s+)?(?<mon>" + MONTH + ")"),
                        (m, ref, t) -> monthDay(ref, m.group("mon"), m.group("d"), t)),
                new TimeRule("relative-month", p("(?:" + MOD + "\\s*)?(?<rel>last|next|this|past|coming|previous)\\s+"
                        + "(?<mon>" + MONTH + ")"),
                        (m, ref, t) -> Resolved.date(relativeMonth(ref, m.group("rel"), m.group("mon")))),
                new TimeRule("month", p("(?:" + MOD + "\\s*)?(?<mon>(?-i:January|February|April|June|July|August"
                        + "|September|October|November|December)|(?<=\\b(?:in|since|until|by|from|through|of|during"
                        + "|before|after|early|late|mid-|mid|end of) |\\bmid-)(?-i:May|March))(?![\\w-])"),
                        (m, ref, t) -> Resolved.date(TimexValues.month(TimexValues.month(ref,
                                TimexValues.month(m.group("mon")), t)))),
                new TimeRule("year-range-short", p("(?<=(?<century>\\d\\d)\\d\\d[-–])(?<yy>\\d\\d)"),
                        (m, ref, t) -> Resolved.date(m.group("century") + m.group("yy"))),
                new TimeRule("year", p("(?:" + MOD + "\\s*)?(?:(?:fiscal|calendar)(?:\\s+year)?\\s+)?"
                        + "(?<![$£€#.,]|\\d[.,])(?<y>" + YEAR + ")(?!\\s*(?:%|percent|per cent|[.,]\\d|"
                        + "(?-i:[A-Z])\\w))"),
                        (m, ref, t) -> Resolved.date(m.group("y"))),
                new TimeRule("decade", p("(?:the\\s+)?(?:(?:early|late|mid)[- ])?(?:(?<c>1[6-9]|20)|')(?<d>\\d)0'?s"),
                        (m, ref, t) -> Resolved.date((m.group("c") != null ? m.group("c")
                                : Integer.toString(ref.getYear() / 100
                                - (ref.getYear() % 100 >= Integer.parseInt(m.group("d")) * 10 ? 0 : 1)))
                                + m.group("d"))),
                new TimeRule("century", p("(?:(?:early|late|mid)[- ])?(?<n>\\d{1,2})(?:st|nd|rd|th)[- ]century"),
                        (m, ref, t) -> Resolved.date(String.format(Locale.ROOT, "%02d",
                                Integer.parseInt(m.group("n")) - 1))),
                // ---- days relative to the reference ----
                new TimeRule("weekday", p("(?:(?<rel>last|next|this|coming|past)\\s+)?(?<wd>" + WEEKDAY + ")"
                        + "(?:\\s+(?<part>" + PART + "))?"),
                        (m, ref, t) -> weekday(ref, m, t)),
                new TimeRule("named-day", p("(?:(?<mod>late|early)\\s+)?(?<d>yesterday|today|tomorrow|tonight)"
                        + "(?:\\s+(?<part>" + PART + "))?"),
                        (m, ref, t) -> namedDay(ref, m.group("d"), m.group("part"))),
                new TimeRule("this-part", p("(?<rel>this|last|tomorrow|yesterday)\\s+(?<part>" + PART + ")"),
                        (m, ref, t) -> {
                            String rel = m.group("rel").toLowerCase(Locale.ROOT);
                            LocalDate d = rel.equals("last") || rel.equals("yesterday") ? ref.minusDays(1)
                                    : rel.equals("tomorrow") ? ref.plusDays(1) : ref;
                            if (rel.equals("last") && !m.group("part").equalsIgnoreCase("night")) {
                                return null;
                            }
                            return Resolved.time(d + TimexValues.partOfDay(m.group("part")));
                        }),
                // ---- periods relative to the reference ----
                new TimeRule("the-weekend", p("(?<=\\b(?:over|during|at|on|for|through|until|by) )the\\s+weekend"),
                        (m, ref, t) -> Resolved.date(TimexValues.week(weekendWeek(ref, t)) + "-WE")),
                new TimeRule("relative-unit", p("(?:" + MOD + "\\s+)?(?:the\\s+)?(?<rel>last|next|past|previous|coming"
                        + "|this|current|following|latest|recent|prior)\\s+(?<unit>week|weekend|month|year|quarter"
                        + "|decade|century)"),
                        (m, ref, t) -> relativeUnit(ref, m.group("rel"), m.group("unit"))),
                new TimeRule("ago", p("(?:" + DUR_MOD + "\\s+)?(?<n>" + NUMBER + "|" + VAGUE + ")\\s+(?<unit>" + UNIT
                        + ")s?\\s+(?:ago|earlier|previously|back)"), (m, ref, t) -> ago(ref, m)),
                // "a fortnight ago" (two weeks, in British and Irish usage), "the past fortnight"
                new TimeRule("fortnight-ago", p("(?<n>" + NUMBER
                        + ")\\s+fortnights?\\s+(?:ago|earlier|previously|back)"),
                        (m, ref, t) -> {
                            int n = TimexValues.number(m.group("n"));
                            return n < 1 ? null : Resolved.date(TimexValues.ago(ref, "W", 2 * n));
                        }),
                new TimeRule("fortnight", p("(?:the\\s+)?(?:past|last|next|previous|coming)\\s+fortnight"
                        + "|(?<=\\b(?:for|in|within|over) )a\\s+fortnight"),
                        (m, ref, t) -> Resolved.duration("P2W")),
                new TimeRule("from-now", p("(?:" + DUR_MOD + "\\s+)?(?<n>" + NUMBER + ")\\s+(?<unit>" + UNIT
                        + ")s?\\s+(?:from now|hence)"),
                        (m, ref, t) -> Resolved.date(TimexValues.ago(ref, TimexValues.unit(m.group("unit")),
                                -TimexValues.number(m.group("n"))))),
                new TimeRule("before-after", p("(?<x>(?:" + DUR_MOD + "\\s+)?(?<n>" + NUMBER + "|" + VAGUE + ")\\s+(?<unit>"
                        + UNIT + ")s?)\\s+(?<dir>later|after|before)"),
                        (m, ref, t) -> ago(ref, m)),
                new TimeRule("the-past-n", p("(?:the\\s+)?(?:past|last|next|previous|coming|first|final|latest|recent)"
                        + "\\s+(?<n>" + NUMBER + "|several|few|many)\\s+(?<unit>" + UNIT + ")s?"),
                        (m, ref, t) -> Resolved.duration(TimexValues.duration(TimexValues.number(m.group("n")),
                                TimexValues.unit(m.group("unit"))))),
                new TimeRule("duration", p("(?:the\\s+(?=\\S+\\s)|" + DUR_MOD + "\\s+)?(?<n>" + NUMBER + "|\\d+(?:\\.\\d+)?)(?:\\s+|-)"
                        + "(?<unit>" + UNIT + ")s?(?:-long)?(?!-old|\\s+old\\b)"),
                        (m, ref, t) -> Resolved.duration(TimexValues.duration(TimexValues.number(m.group("n")),
                                TimexValues.unit(m.group("unit"))))),
                new TimeRule("vague-duration", p("(?:the\\s+)?(?:(?:past|last|next|coming|recent)\\s+)?(?:several|few"
                        + "|a few|many|some)\\s+(?<unit>" + UNIT + ")s"),
                        (m, ref, t) -> Resolved.duration(TimexValues.duration(-1, TimexValues.unit(m.group("unit"))))),
                new TimeRule("plural-units", p("(?<=\\b(?:for|in|over|within|take|took|takes|taking) )(?<unit>hours"
                        + "|days|weeks|months|years|decades)"),
                        (m, ref, t) -> Resolved.duration(TimexValues.duration(-1, TimexValues.unit(m.group("unit"))))),
                // "recent weeks", "in the coming days", "recent weeks and months": vague durations
                new TimeRule("recent-units", p("(?:recent|(?<=\\b(?:the|in|of|over|for) )coming(?!\\s+decades))\\s+"
                        + "(?<unit>days|weeks|months|years|decades)(?:\\s+(?:and|or)\\s+(?:days|weeks|months|years))?"),
                        (m, ref, t) -> Resolved.duration(TimexValues.duration(-1, TimexValues.unit(m.group("unit"))))),
                // ---- the period the article is in, named by a part of it: "by the end of the month" ----
                new TimeRule("part-of-the-period", p("(?<part>the end of|the beginning of|the start of|the middle of"
                        + "|the first half of|the second half of)\\s+the\\s+(?<unit>week|month|year)"),
                        (m, ref, t) -> partOfThePeriod(ref, m.group("part"), m.group("unit"))),
                // ---- holidays ----
                new TimeRule("holiday", p("(?<h>" + Holidays.NAMES + ")(?:,?\\s+(?<y>" + YEAR + "))?"),
                        (m, ref, t) -> {
                            LocalDate d = m.group("y") != null
                                    ? Holidays.dayOf(m.group("h"), Integer.parseInt(m.group("y")))
                                    : Holidays.dayOf(m.group("h"), ref, t);
                            return d == null ? null : Resolved.date(d.toString());
                        }),
                // ---- quarters, halves, seasons ----
                new TimeRule("quarter", p("(?:the\\s+(?=\\S+\\s))?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?"
                        + "quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?<y>" + YEAR + "))?"),
                        (m, ref, t) -> Resolved.date(quarter(ref, TimexValues.ordinal(m.group("q")), m.group("y"), t))),
                new TimeRule("q-quarter", p("Q(?<q>[1-4])\\s+(?<y>" + YEAR + ")"),
                        (m, ref, t) -> Resolved.date(TimexValues.quarter(Integer.parseInt(m.group("y")),
                                Integer.parseInt(m.group("q"))))),
                new TimeRule("year-ago-quarter", p("(?:the\\s+)?(?:comparable\\s+)?year-(?:earlier|ago)\\s+(?:quarter|period)"),
                        (m, ref, t) -> {
                            LocalDate lastQuarter = ref.minusMonths(3).minusYears(1);
                            return Resolved.date(TimexValues.quarter(lastQuarter.getYear(), TimexValues.quarterOf(lastQuarter)));
                        }),
                // "early in the new year": after February the coming one, unless a past verb dates it ("In the new
                // year, prices increased"); in January and February, this one
                new TimeRule("new-year",
                        p("the\\s+new\\s+year(?!'s|\u2019s|\\s+(?:day|eve|holidays?|celebrations?)\\b)"),
                        (m, ref, t) -> Resolved.date(Integer.toString(ref.getMonthValue() >= 3
                                && t != Tense.PAST && t != Tense.PAST_EVENT ? ref.getYear() + 1 : ref.getYear()))),
                new TimeRule("year-end", p("(?<rel>this\\s+|last\\s+|next\\s+)?(?:year-end|year's end|year end)"),
                        (m, ref, t) -> Resolved.date(Integer.toString(ref.getYear() + relOffset(m.group("rel"))))),
                new TimeRule("the-quarter", p("the\\s+(?:latest\\s+|most recent\\s+)?quarter"),
                        (m, ref, t) -> Resolved.date(TimexValues.period(ref, "Q", -1))),
                new TimeRule("fiscal-year", p("(?:(?<rel>this|last|next|the current|the previous)\\s+)?fiscal\\s+year"),
                        (m, ref, t) -> Resolved.date(Integer.toString(ref.getYear() + relOffset(m.group("rel"))))),
                new TimeRule("season", p("(?:(?:early|late|mid)[- ]?)?(?:(?<rel>last|next|this|past|coming)\\s+"
                        + "|(?<=\\b(?:in|during|through|by|until|since|the|early|late|mid-) ))"
                        + "(?<s>" + SEASON + ")(?:\\s+(?:of\\s+)?(?<y>" + YEAR + "))?"
                        + "|(?<s2>" + SEASON + ")\\s+(?:of\\s+)?(?<y2>" + YEAR + ")"),
                        (m, ref, t) -> season(ref, m, t)),
                // ---- clock times ----
                new TimeRule("clock-weekday", p("(?<h>[01]?\\d)(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm)"
                        + "(?:\\s+(?<tz>(?-i:[A-Z]{2,3}T|GMT|UTC)))?,?\\s+(?:on\\s+)?(?:(?<rel>last|next|this|coming|past)\\s+)?"
                        + "(?<wd>" + WEEKDAY + ")"),
                        (m, ref, t) -> clockOnWeekday(ref, m, t)),
                new TimeRule("clock", p("(?<h>[01]?\\d)(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm)"
                        + "(?:\\s+(?<tz>(?-i:[A-Z]{2,3}T|GMT|UTC)))?"),
                        (m, ref, t) -> clock(ref, m.group("h"), m.group("min"), m.group("ap"))),
                new TimeRule("clock-24", p("(?<h>[0-2]?\\d):(?<min>[0-5]\\d)(?![:\\d])(?:\\s+(?<tz>(?-i:GMT|UTC|BST|CET)))?"
                        + "(?:\\s+(?:on\\s+)?(?<wd>" + WEEKDAY + "))?"),
                        (m, ref, t) -> {
                            LocalDate d = m.group("wd") == null ? ref
                                    : TimexValues.weekday(ref, TimexValues.weekday(m.group("wd")), Tense.FUTURE);
                            int h = Integer.parseInt(m.group("h"));
                            return h > 23 ? null : Resolved.time(d + "T" + String.format(Locale.ROOT, "%02d:%s", h,
                                    m.group("min")));
                        }),
                new TimeRule("noon", p("(?<w>noon|midnight|midday)"),
                        (m, ref, t) -> Resolved.time(ref + (m.group("w").equalsIgnoreCase("midnight") ? "T24:00"
                                : "T12:00"))),
                new TimeRule("clock-duration", p("\\d{1,2}:[0-5]\\d:[0-5]\\d"), (m, ref, t) -> clockDuration(m.group())),
                // ---- sets ----
                new TimeRule("set-every", p("(?:every|each)\\s+(?:(?<n>other|two|three)\\s+)?(?<u>day|week|month|year"
                        + "|morning|afternoon|evening|night|weekend|season|summer|winter|spring|fall|autumn|"
                        + WEEKDAY + ")"),
                        (m, ref, t) -> Resolved.set(setValue(m.group("u")))),
                new TimeRule("set-adverb", p("(?<w>daily|weekly|monthly|annually|yearly|nightly|hourly)"),
                        (m, ref, t) -> Resolved.set(switch (m.group("w").toLowerCase(Locale.ROOT)) {
                            case "daily", "nightly" -> "P1D";
                            case "weekly" -> "P1W";
                            case "monthly" -> "P1M";
                            case "hourly" -> "PT1H";
                            default -> "P1Y";
                        })),
                new TimeRule("set-times-a", p("(?:once|twice|\\w+ times)\\s+(?:a|an|per|each)\\s+(?<u>day|week|month|year)"),
                        (m, ref, t) -> Resolved.set("P1" + TimexValues.unit(m.group("u")))),
                // ---- references to now, the past and the future ----
                new TimeRule("present", p("now|currently|at present|presently|nowadays|these days|at the moment|the present"),
                        (m, ref, t) -> Resolved.date("PRESENT_REF")),
                new TimeRule("past", p("recently|the past|lately|formerly|once upon a time"),
                        (m, ref, t) -> Resolved.date("PAST_REF")),
                new TimeRule("future", p("the future|someday"),
                        (m, ref, t) -> Resolved.date("FUTURE_REF")));
    }

    // ---- resolutions ----

    private static String dayValue(String year, String month, String day) {
        int m = month.matches("\\d+") ? Integer.parseInt(month) : TimexValues.month(month);
        LocalDate d = TimexValues.safeDate(Integer.parseInt(year), m, Integer.parseInt(day));
        return d == null ? null : d.toString();
    }

    private static String fullYear(String y) {
        if (y.length() == 4) {
            return y;
        }
        int yy = Integer.parseInt(y);
        return Integer.toString(yy < 50 ? 2000 + yy : 1900 + yy);
    }

    private static Resolved monthDay(LocalDate ref, String month, String day, Tense tense) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return null;
        }
        LocalDate date = TimexValues.monthDay(ref, TimexValues.month(month), d, tense);
        return date == null ? null : Resolved.date(date.toString());
    }

    private static String relativeMonth(LocalDate ref, String rel, String monthName) {
        int month = TimexValues.month(monthName);
        YearMonth now = YearMonth.from(ref);
        YearMonth same = YearMonth.of(ref.getYear(), month);
        return switch (rel.toLowerCase(Locale.ROOT)) {
            case "last", "past", "previous" -> (same.isBefore(now) ? same : same.minusYears(1)).toString();
            case "next", "coming" -> (same.isAfter(now) ? same : same.plusYears(1)).toString();
            default -> same.toString();
        };
    }

    private static Resolved weekday(LocalDate ref, Matcher m, Tense tense) {
        LocalDate date = weekdayDate(ref, m, tense);
        if (m.group("part") != null) {
            return Resolved.time(date + TimexValues.partOfDay(m.group("part")));
        }
        return Resolved.date(date.toString());
    }

    /** The date of a weekday (groups {@code wd} and {@code rel}: "Tuesday", "last Tuesday") in the sentence's tense. */
    private static LocalDate weekdayDate(LocalDate ref, Matcher m, Tense tense) {
        DayOfWeek day = TimexValues.weekday(m.group("wd"));
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        return switch (rel) {
            case "last", "past" -> TimexValues.weekday(ref.minusDays(1), day, Tense.PAST);
            case "next", "coming" -> TimexValues.weekday(ref.plusDays(1), day, Tense.FUTURE);
            default -> TimexValues.weekday(ref, day, tense);
        };
    }

    /** "10 a.m. Tuesday", "Tuesday at 3 p.m.": the clock time on the weekday the sentence points to. */
    private static Resolved clockOnWeekday(LocalDate ref, Matcher m, Tense tense) {
        return clock(weekdayDate(ref, m, tense), m.group("h"), m.group("min"), m.group("ap"));
    }

    private static Resolved namedDay(LocalDate ref, String word, String part) {
        String w = word.toLowerCase(Locale.ROOT);
        LocalDate d = switch (w) {
            case "yesterday" -> ref.minusDays(1);
            case "tomorrow" -> ref.plusDays(1);
            default -> ref;
        };
        if (w.equals("tonight")) {
            return Resolved.time(d + "TNI");
        }
        return part == null ? Resolved.date(d.toString()) : Resolved.time(d + TimexValues.partOfDay(part));
    }

    /**
     * "The end of the month", "the middle of the week", "the first half of the year": the reference's own
     * period (the part is the expression's mod, see {@link TimexMod}); a half of the year is that half.
     */
    private static Resolved partOfThePeriod(LocalDate ref, String part, String unitWord) {
        String p = part.toLowerCase(Locale.ROOT);
        if (unitWord.equalsIgnoreCase("year") && p.endsWith("half of")) {
            return Resolved.date(ref.getYear() + (p.contains("first") ? "-H1" : "-H2"));
        }
        return relativeUnit(ref, "this", unitWord);
    }

    /**
     * The week of the weekend "the weekend" means: ahead in a sentence about the future (this week's, or the
     * reference's own when it falls on one), else the last one on or before the reference.
     */
    private static LocalDate weekendWeek(LocalDate ref, Tense tense) {
        boolean onWeekend = ref.getDayOfWeek().getValue() >= 6;
        return tense == Tense.FUTURE || onWeekend ? ref : ref.minusWeeks(1);
    }

    private static Resolved relativeUnit(LocalDate ref, String relWord, String unitWord) {
        String rel = relWord.toLowerCase(Locale.ROOT);
        String unitName = unitWord.toLowerCase(Locale.ROOT);
        if (unitName.equals("weekend")) {
            int offset = rel.matches("last|past|previous|prior") ? -1 : rel.matches("next|coming|following") ? 1 : 0;
            return Resolved.date(TimexValues.week(ref.plusWeeks(offset)) + "-WE");
        }
        String unit = TimexValues.unit(unitName);
        return switch (rel) {
            case "this", "current" -> Resolved.date(TimexValues.period(ref, unit, 0));
            case "last", "previous", "prior", "latest", "recent" ->
                    Resolved.date(TimexValues.period(ref, unit, -1));
            case "next", "coming", "following" -> unit.equals("DE") || unit.equals("CE")
                    ? Resolved.duration(TimexValues.duration(1, unit))
                    : Resolved.date(TimexValues.period(ref, unit, 1));
            default -> Resolved.duration(TimexValues.duration(1, unit)); // "the past year"
        };
    }

    private static Resolved ago(LocalDate ref, Matcher m) {
        int n = TimexValues.number(m.group("n"));
        String unit = TimexValues.unit(m.group("unit"));
        if (m.pattern().pattern().contains("(?<dir>")) {
            return Resolved.duration(TimexValues.duration(n, unit));
        }
        if (n < 0) {
            return Resolved.date("PAST_REF");
        }
        return Resolved.date(TimexValues.ago(ref, unit, n));
    }

    private static String quarter(LocalDate ref, int q, String year, Tense tense) {
        if (q < 1) {
            return null;
        }
        if (year != null) {
            return TimexValues.quarter(Integer.parseInt(year), q);
        }
        int current = TimexValues.quarterOf(ref);
        int y = ref.getYear();
        if (tense != Tense.FUTURE && q > current) {
            y--;
        }
        return TimexValues.quarter(y, q);
    }

    private static int relOffset(String rel) {
        if (rel == null) {
            return 0;
        }
        String r = rel.toLowerCase(Locale.ROOT);
        return r.contains("last") || r.contains("previous") ? -1 : r.contains("next") ? 1 : 0;
    }

    private static Resolved season(LocalDate ref, Matcher m, Tense tense) {
        if (m.group("s2") != null) {
            return Resolved.date(m.group("y2") + "-" + TimexValues.season(m.group("s2")));
        }
        String code = TimexValues.season(m.group("s"));
        if (m.group("y") != null) {
            return Resolved.date(m.group("y") + "-" + code);
        }
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        int current = seasonIndex(seasonOf(ref));
        int named = seasonIndex(code);
        int year = ref.getYear();
        boolean future = rel.equals("next") || rel.equals("coming") || rel.isEmpty() && tense == Tense.FUTURE;
        boolean past = rel.equals("last") || rel.equals("past");
        if (rel.isEmpty() && !future) {
            past = named != current;
        }
        if (future && named <= current) {
            year++;
        } else if (past && named >= current) {
            year--;
        }
        if (code.equals("WI") && ref.getMonthValue() <= 2 && !future && !past) {
            year--;
        }
        return Resolved.date(year + "-" + code);
    }

    private static String seasonOf(LocalDate d) {
        int month = d.getMonthValue();
        return month <= 2 || month == 12 ? "WI" : month <= 5 ? "SP" : month <= 8 ? "SU" : "FA";
    }

    private static int seasonIndex(String code) {
        return switch (code) {
            case "WI" -> 0;
            case "SP" -> 1;
            case "SU" -> 2;
            default -> 3;
        };
    }

    private static Resolved clock(LocalDate ref, String hour, String minute, String ampm) {
        int h = Integer.parseInt(hour);
        if (h < 1 || h > 12) {
            return null;
        }
        boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
        int h24 = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
        return Resolved.time(ref + "T" + String.format(Locale.ROOT, "%02d:%s", h24, minute == null ? "00" : minute));
    }

    private static Resolved clockDuration(String text) {
        String[] parts = text.split(":");
        return Resolved.duration("PT" + Integer.parseInt(parts[0]) + "H" + Integer.parseInt(parts[1]) + "M"
                + Integer.parseInt(parts[2]) + "S");
    }

    private static String setValue(String unitWord) {
        String u = unitWord.toLowerCase(Locale.ROOT);
        return switch (u) {
            case "day" -> "P1D";
            case "week" -> "P1W";
            case "weekend" -> "XXXX-WXX-WE";
            case "month" -> "P1M";
            case "year" -> "P1Y";
            case "morning", "afternoon", "evening", "night" -> "XXXX-XX-XXT" + TimexValues.partOfDay(u).substring(1);
            case "season", "winter" -> "XXXX-WI";
            case "summer" -> "XXXX-SU";
            case "spring" -> "XXXX-SP";
            case "fall", "autumn" -> "XXXX-FA";
            default -> "XXXX-WXX-" + TimexValues.weekday(u).getValue();
        };
    }
}
