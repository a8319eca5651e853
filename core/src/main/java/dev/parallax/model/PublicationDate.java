package dev.parallax.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published: a day, optionally with a time and a UTC offset.
 * {@link #toString()} gives the ISO-8601 form used in the export ({@code 2024-05-03},
 * {@code 2024-05-03T10:14}, {@code 2024-05-03T10:14:00+02:00}).
 *
 * @param estimated true when the date was inferred from content rather than read from the page
 */
public record PublicationDate(LocalDate date, LocalDateTime dateTime, OffsetDateTime offsetDateTime, boolean estimated) {

    private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);

    public PublicationDate {
        Objects.requireNonNull(date, "date");
    }

    public static PublicationDate ofDate(LocalDate date) {
        return new PublicationDate(date, null, null, false);
    }

    public static PublicationDate of(LocalDateTime dateTime) {
        return new PublicationDate(dateTime.toLocalDate(), dateTime, null, false);
    }

    public static PublicationDate of(OffsetDateTime dateTime) {
        return new PublicationDate(dateTime.toLocalDate(), dateTime.toLocalDateTime(), dateTime, false);
    }

    /**
     * Whether this can be a real publication date rather than a placeholder a site's software writes when it
     * has none: year 1 ({@code 0001-01-01T00:00:00Z}), the Unix epoch ({@code 1970-01-01} at midnight or
     * without a time, or the epoch's instant written in a zone: {@code 1969-12-31T19:00-05:00}), or a far
     * year such as 9999. Years 1800 to 2199 pass, so old archives keep their dates.
     */
    public boolean isPlausible() {
        int year = date.getYear();
        boolean epoch = offsetDateTime != null ? offsetDateTime.toInstant().equals(Instant.EPOCH)
                : date.equals(EPOCH) && (dateTime == null || dateTime.toLocalTime().equals(LocalTime.MIDNIGHT));
        return year >= 1800 && year < 2200 && !epoch;
    }

    /** This date marked as estimated from content. */
    public PublicationDate asEstimated() {
        return new PublicationDate(date, dateTime, offsetDateTime, true);
    }

    /**
     * Parses an ISO-8601 date, local date-time or offset date-time (a trailing {@code Z} counts as an offset).
     * Returns empty for anything else; it never throws.
     */
    public static Optional<PublicationDate> parseIso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(OffsetDateTime.parse(s)));
        } catch (DateTimeParseException ignored) {
            // not an offset date-time; try the next form
        }
        try {
            return Optional.of(of(LocalDateTime.parse(s)));
        } catch (DateTimeParseException ignored) {
            // not a local date-time; try a plain date
        }
        try {
            return Optional.of(ofDate(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s)));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        if (offsetDateTime != null) {
            return offsetDateTime.toString();
        }
        if (dateTime != null) {
            return dateTime.toString();
        }
        return date.toString();
    }
}
