package dev.parallax.ingest;

import dev.parallax.model.PublicationDate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the values containers give about a document: dates as feeds and JSON records write
 * them, language tags, author strings. Lenient: what cannot be read is dropped, never thrown.
 */
final class HintValues {
    private static final Pattern WEEKDAY = Pattern.compile("^\\s*[A-Za-z]{2,9}\\.?,?\\s+(?=\\d)");
    private static final Pattern ZONE_NAME = Pattern.compile("\\s([A-Za-z]{1,4})\\s*$");
    private static final Pattern ISO_WITH_SPACE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}.*)$");
    private static final Pattern LANGUAGE = Pattern.compile("^([A-Za-z]{2,3})(?:[-_].*)?$");
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern EMAIL = Pattern.compile("^\\S+@\\S+\\.\\S+$");
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"),
            Map.entry("BST", "+0100"), Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"));
    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM [yyyy][yy] H:mm[:ss] xx").toFormatter(Locale.ENGLISH);

    private HintValues() {
    }

    /**
     * A publication date as written in a feed or a record: ISO-8601 (date, local or offset date-time,
     * a space for the {@code T}) or RFC 822 ({@code Fri, 3 May 2024 10:14:00 +0200}, zone names such
     * as {@code GMT} or {@code EDT}; a wrong weekday is ignored). The written offset is kept.
     */
    static Optional<PublicationDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.trim();
        Matcher spaced = ISO_WITH_SPACE.matcher(s);
        if (spaced.matches()) {
            s = spaced.group(1) + "T" + spaced.group(2).replace(" ", "");
        }
        if (Character.isDigit(s.charAt(0)) && s.length() >= 10 && s.charAt(4) == '-') {
            return PublicationDate.parseIso(s);
        }
        return rfc822(s);
    }

    private static Optional<PublicationDate> rfc822(String text) {
        String s = WEEKDAY.matcher(text).replaceFirst("").trim().replaceAll("\\s+", " ");
        Matcher zone = ZONE_NAME.matcher(s);
        if (zone.find()) {
            String offset = ZONES.get(zone.group(1).toUpperCase(Locale.ROOT));
            if (offset == null) {
                return Optional.empty();
            }
            s = s.substring(0, zone.start()) + " " + offset;
        }
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(s, RFC_822);
            return Optional.of(PublicationDate.of(parsed));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An instant a library already parsed, when the written form was unreadable: kept in UTC. */
    static PublicationDate utc(java.util.Date date) {
        return PublicationDate.of(date.toInstant().atOffset(ZoneOffset.UTC));
    }

    /** The two- or three-letter primary language subtag, lower case ({@code en-US} gives {@code en}). */
    static String language(String tag) {
        if (tag == null) {
            return null;
        }
        Matcher m = LANGUAGE.matcher(tag.trim());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * An author as a container writes it: RSS's {@code jane@example.org (Jane Doe)} gives the name,
     * a bare e-mail address gives nothing, surrounding space is trimmed.
     */
    static String author(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim().replaceAll("\\s+", " ");
        Matcher withName = EMAIL_WITH_NAME.matcher(s);
        if (withName.matches()) {
            s = withName.group(1).trim();
        } else if (EMAIL.matcher(s).matches()) {
            return null;
        }
        return s.isEmpty() ? null : s;
    }

    /** A trimmed value, or null when blank. */
    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        return s.isEmpty() ? null : s;
    }
}
