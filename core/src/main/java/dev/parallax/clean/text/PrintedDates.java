package dev.parallax.clean.text;

import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;
import dev.parallax.model.PublicationDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date a page prints outside its metadata: in its date line or byline
 * ({@code Published 7:07 PM EST Nov 19, 2019}, {@code By K. Ostrowska 19 NOV 2019}), or in its address
 * ({@code /2019/11/19/}, {@code /2019/nov/18/}, {@code -20191115/}). Both are read, not estimated: a cleaner
 * falls back on them when the page's metadata has no date or a placeholder one
 * ({@link PublicationDate#isPlausible()}). Stateless; never throws.
 */
public final class PrintedDates {
    private static final Pattern UPDATED = Pattern.compile("(?i)^(?:last\\s+)?(?:updated|modified|edited)\\b.*");
    private static final Pattern URL_NUMERIC = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?=[/_.-]|$)");
    private static final Pattern URL_MONTH_NAME = Pattern.compile(
            "/((?:19|20)\\d{2})/" + DateLineParser.MONTH + "/(\\d{1,2})(?=/|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)");

    private PrintedDates() {
    }

    /**
     * An article's publication date: the first plausible of the dates its metadata gives (nulls skipped), else
     * the date its furniture prints ({@link #printed}), else the day its address names ({@link #inUrl}).
     */
    public static Optional<PublicationDate> publicationDate(List<PublicationDate> fromMetadata,
                                                            List<Furniture> furniture, String url) {
        return fromMetadata.stream().filter(d -> d != null && d.isPlausible()).findFirst()
                .or(() -> printed(furniture)).or(() -> inUrl(url));
    }

    /**
     * Whether a line is a date line and nothing else ({@code First Published: Tuesday, November 19, 2019 08:38 AM},
     * {@code Nov. 20, 2019, 9:28 AM UTC}), as {@link #printed} reads them.
     */
    public static boolean isDateLine(String line) {
        return DateLineParser.dateLine(line).isPresent();
    }

    /**
     * The date of the first date line that is not an update ({@code Updated: …}), else of the first byline
     * that holds a date, else of any site-chrome line that is only a date line, else of an update line.
     * Furniture in page order.
     */
    static Optional<PublicationDate> printed(List<Furniture> furniture) {
        PublicationDate byline = null;
        PublicationDate chrome = null;
        PublicationDate updated = null;
        for (Furniture f : furniture) {
            String text = f.text();
            if (f.kind() == FurnitureKind.DATELINE) {
                Optional<PublicationDate> date = plausible(DateLineParser.dateLine(text)
                        .or(() -> DateLineParser.find(text)));
                if (date.isPresent() && !UPDATED.matcher(text.strip()).matches()) {
                    return date;
                }
                updated = updated == null ? date.orElse(null) : updated;
            } else if (f.kind() == FurnitureKind.BYLINE && byline == null) {
                byline = plausible(DateLineParser.find(text)).orElse(null);
            } else if (f.kind() == FurnitureKind.CHROME && chrome == null) {
                Optional<PublicationDate> date = plausible(DateLineParser.dateLine(text));
                if (date.isPresent() && !UPDATED.matcher(text.strip()).matches()) {
                    chrome = date.get();
                }
            }
        }
        return Optional.ofNullable(byline != null ? byline : chrome != null ? chrome : updated);
    }

    /**
     * The day an article's address names: {@code /2019/11/19/}, {@code /2019-11-19-slug}, {@code /2019/nov/18/},
     * {@code slug-20191115/}. Empty for addresses with only a year and month, or none.
     */
    static Optional<PublicationDate> inUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        for (Pattern p : List.of(URL_NUMERIC, URL_MONTH_NAME, URL_COMPACT)) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                Optional<PublicationDate> date = day(m, p == URL_MONTH_NAME);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PublicationDate> day(Matcher m, boolean monthName) {
        try {
            int month = monthName ? DateLineParser.month(m.group(2)) : Integer.parseInt(m.group(2));
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)));
            return plausible(Optional.of(PublicationDate.ofDate(date)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<PublicationDate> plausible(Optional<PublicationDate> date) {
        return date.filter(PublicationDate::isPlausible);
    }
}
