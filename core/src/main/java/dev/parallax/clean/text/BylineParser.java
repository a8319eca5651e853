package dev.parallax.clean.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises bylines and reads the authors' names from them. Accepted forms:
 * {@code By Name}, {@code By Name, Role}, {@code By Name and Name}, {@code By Name, Name and Name},
 * {@code By NAME in City}, {@code By Name | 3 May 2024}, {@code Name · 2 hours ago} and, without "By",
 * {@code Name, Political Correspondent} (a capitalised name followed by a role that holds one of
 * {@link #ROLE_WORDS}); at most {@value #MAX_WORDS} words, and text after a separator is allowed only
 * when it is a date or a reading time. Roles, places and one-word affiliations after a name
 * ({@code By Jane Doe, CNN}) are dropped; names in capitals are title-cased. Stateless.
 */
public final class BylineParser {
    /** Words that mark the part of a byline after a comma as a job title rather than a name. */
    static final Set<String> ROLE_WORDS = Set.of("correspondent", "editor", "reporter", "writer", "staff",
            "contributor", "columnist", "analyst", "chief", "bureau", "senior", "journalist", "producer",
            "desk", "team", "newsroom", "reporters", "writers", "editors", "affairs", "contributing", "associate",
            "special", "political", "international", "freelance", "photographer", "news", "agency",
            "agencies", "wires", "wire", "author", "commentator", "critic", "presenter", "host", "lead");
    static final int MAX_WORDS = 20;
    private static final Pattern BY = Pattern.compile("^(?:written\\s+|words\\s+|reported\\s+)?by[:\\s]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final String NAME_WORD = "(?:[\\p{Lu}][\\p{L}'’.\\-]*|van|von|de|da|del|der|den|dos|du|la|le|bin|al|al-\\p{L}+)";
    private static final Pattern NAME = Pattern.compile("^[\\p{Lu}][\\p{L}'’.\\-]*(?:\\s+" + NAME_WORD + "){0,4}$");
    private static final Pattern NAME_ROLE = Pattern.compile("^([\\p{Lu}][\\p{L}'’.\\-]+(?:\\s+" + NAME_WORD + "){1,3}),\\s+(.{3,60})$");
    /** A short capitalised affiliation after a separator ({@code By Jane Doe | Reuters}). */
    private static final Pattern AFFILIATION = Pattern.compile("^\\p{Lu}[\\p{L}&'.\\-]*(?:\\s+\\p{Lu}[\\p{L}&'.\\-]*){0,3}$");
    private static final Pattern PLACE = Pattern.compile("\\s+(?:in|reporting from|from)\\s+\\p{Lu}[\\p{L} .\\-]*$");
    private static final Pattern DATE_LINE_OPENER = Pattern.compile("(?i)^(?:published|updated|posted|on)\\b");
    private static final Pattern SEPARATED = Pattern.compile("\\s+[|·•—–]\\s+|\\s+-\\s+");
    private static final Pattern NOT_NAMES = Pattern.compile(
            "(?i)^(?:" + DateLineParser.WEEKDAY + "|" + DateLineParser.MONTH + "|the|this|that|then|now|law|far|car|bus|train)\\b");

    private BylineParser() {
    }

    /** The authors named by a byline line, or empty when the line is not a byline. */
    public static Optional<List<String>> byline(String line) {
        String text = line.strip();
        if (Texts.words(text) > MAX_WORDS) {
            return Optional.empty();
        }
        String[] parts = SEPARATED.split(text, 2);
        boolean timeAfter = parts.length == 2 && (DateLineParser.find(parts[1]).isPresent()
                || RelativeTimeResolver.isRelative(parts[1].replaceFirst("(?i)^(?:published|updated|posted)\\s*:?\\s*", "")));
        boolean dateAfter = parts.length == 2 && (timeAfter
                || parts[1].matches("(?i)\\d+\\s*min(?:ute)?s? read") || AFFILIATION.matcher(parts[1]).matches());
        String head = dateAfter ? parts[0] : text;
        if (!dateAfter) {
            // "By Jane Doe on Monday, May 6, 2024 at 11:04 a.m.", "JANE DOE Published 3 May 2024"; not "NEW YORK,
            // Nov. 19, 2019", a dateline's place
            int date = dateLineStart(text);
            String before = date > 0 ? text.substring(0, date).replaceFirst("[\\s,;|·•—–-]+$", "") : null;
            if (before != null && (BY.matcher(before).matches() || DATE_LINE_OPENER.matcher(text.substring(date)).find())) {
                head = before;
                timeAfter = true; // a date, perhaps with no time, after the names
            }
        }
        Matcher by = BY.matcher(head);
        if (by.matches()) {
            if (Texts.words(head) > 16 || head.endsWith(".") && !head.matches(".*\\b\\p{Lu}\\.$")) {
                return Optional.empty();
            }
            return parts(by.group(1));
        }
        if (timeAfter && NAME.matcher(head).matches() && Texts.words(head) >= 2 && !NOT_NAMES.matcher(head).find()) {
            return Optional.of(List.of(Texts.unshout(head)));
        }
        Matcher nameRole = NAME_ROLE.matcher(head);
        if (nameRole.matches() && isRole(nameRole.group(2)) && !nameRole.group(2).matches(".*\\d.*") && !NOT_NAMES.matcher(nameRole.group(1)).find()) {
            return Optional.of(List.of(Texts.unshout(nameRole.group(1))));
        }
        return Optional.empty();
    }

    /**
     * Where a date line ends the text after some words ("… on Monday, May 6, 2024 at 11:04 a.m.",
     * "… November 19, 2019, 07:47 PM EST"), or -1: the first word from which the rest is a date line.
     */
    private static int dateLineStart(String text) {
        if (DateLineParser.find(text).isEmpty()) {
            return -1;
        }
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))
                    && DateLineParser.dateLine(text.substring(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** Splits a byline's names ({@code Jane Doe, Political Editor, and John Roe}) into names only. */
    static List<String> names(String value) {
        return parts(value).orElse(List.of());
    }

    /**
     * The names of a byline's text, or empty when a part is neither a name nor a role. A byline of
     * roles or agencies only ({@code By Meridian Wire}, {@code By Staff}) gives an empty list.
     */
    private static Optional<List<String>> parts(String value) {
        String v = PLACE.matcher(value.strip()).replaceFirst("");
        v = SEPARATED.split(v, 2)[0];
        List<String> names = new ArrayList<>();
        for (String part : v.split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*|\\s*;\\s*")) {
            String p = part.strip().replaceFirst("(?i)^and\\s+", "");
            if (p.isEmpty() || isRole(p)) {
                continue;
            }
            p = PLACE.matcher(p).replaceFirst("");
            if (!names.isEmpty() && Texts.words(p) == 1) {
                continue;
            }
            if (NAME.matcher(Texts.unshout(p)).matches() && !NOT_NAMES.matcher(p).find()) {
                names.add(Texts.unshout(p));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(names));
    }

    private static boolean isRole(String part) {
        for (String w : part.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ROLE_WORDS.contains(w) || w.endsWith("s") && ROLE_WORDS.contains(w.substring(0, w.length() - 1))) {
                return true; // "Europe correspondents" as well as "correspondent"
            }
        }
        return false;
    }
}
