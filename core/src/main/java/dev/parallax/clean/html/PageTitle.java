package dev.parallax.clean.html;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's {@code <title>}, which most outlets write as the headline followed by their name after a separator
 * ("Port strike spreads as talks stall | The Harbour Ledger", "… - Daily Courant"). The name is the part after
 * the last separator; the headline is everything before it (a colon is no separator: "Poll: Lind leads").
 */
final class PageTitle {
    /** A bar, a dash or a bullet between spaces; a hyphen inside a word ("cease-fire") is no separator. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-\\u2013\\u2014\\u00B7\\u2022]\\s+|\\s*\\|\\s*");
    /** Last parts that name a section or a format, not the outlet ("… - Opinion", "… | Live"). */
    private static final Set<String> SECTIONS = Set.of("news", "opinion", "world", "politics", "business",
            "sport", "sports", "live", "video", "analysis", "review", "reviews", "culture", "europe", "us", "uk",
            "home", "latest", "breaking news", "local news", "world news", "comment", "editorial", "blog",
            "podcast", "photos", "in pictures", "explainer", "interview");
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_NAME_CHARS = 40;

    private PageTitle() {
    }

    /** The outlet's name the title ends with, or empty when it has no short last part that could be one. */
    static Optional<String> outlet(String pageTitle) {
        return outlet(split(pageTitle));
    }

    private static Optional<String> outlet(String[] parts) {
        if (parts == null) {
            return Optional.empty();
        }
        String last = parts[1];
        int words = last.split("\\s+").length;
        if (words > MAX_NAME_WORDS || last.length() > MAX_NAME_CHARS
                || !Character.isUpperCase(last.codePointAt(0)) || last.contains(",")
                || parts[0].length() < last.length() || SECTIONS.contains(last.toLowerCase(Locale.ROOT))) {
            // "… | news", "… - Opinion", "… - 6. Jahrgang", "… | Nassau, Bahamas", or the longer part last
            return Optional.empty();
        }
        return Optional.of(last);
    }

    /** The title without the outlet's name after it, or the title itself when it names none. */
    static String headline(String pageTitle) {
        if (pageTitle == null) {
            return null;
        }
        String[] parts = split(pageTitle);
        return outlet(parts).isPresent() ? parts[0] : pageTitle.strip();
    }

    /** The text before the last separator and after it, or null without one. */
    private static String[] split(String pageTitle) {
        if (pageTitle == null || pageTitle.isBlank()) {
            return null;
        }
        String t = pageTitle.strip();
        Matcher m = SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart <= 0 || lastEnd >= t.length()) {
            return null;
        }
        return new String[] {t.substring(0, lastStart).strip(), t.substring(lastEnd).strip()};
    }
}
