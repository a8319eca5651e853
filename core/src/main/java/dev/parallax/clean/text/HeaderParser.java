package dev.parallax.clean.text;

import dev.parallax.model.PublicationDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the optional header lines at the top of a copied text: {@code key value} or
 * {@code key: value} for the keys date, published, url, link, source, outlet, publication, title,
 * headline, author, authors, byline, language, lang. The header is the run of such lines before the
 * first other line. To keep a headline such as "Title IX ruling…" out of the header, a key without
 * a colon must be written in lower case, and date and url values must parse. Stateless.
 */
final class HeaderParser {
    private static final Pattern LINE = Pattern.compile(
            "^(?<key>date|published|url|link|source|outlet|publication|title|headline|author|authors|byline|language|lang)"
                    + "(?<colon>\\s*[:=]\\s*|\\s+)(?<value>\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2}(?:[-_][A-Za-z]{2})?$");

    private HeaderParser() {
    }

    static Header parse(List<String> rawLines) {
        List<String> lines = new ArrayList<>();
        PublicationDate published = null;
        String url = null;
        String outlet = null;
        String title = null;
        List<String> authors = List.of();
        String language = null;
        int consumed = 0;
        int i = 0;
        while (i < rawLines.size()) {
            String line = Texts.collapse(rawLines.get(i));
            if (line.isEmpty()) {
                i++;
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                break;
            }
            String key = m.group("key");
            boolean colon = !m.group("colon").isBlank();
            if (!colon && !key.equals(key.toLowerCase(Locale.ROOT))) {
                break;
            }
            String value = m.group("value").strip();
            String k = key.toLowerCase(Locale.ROOT);
            boolean accepted = true;
            switch (k) {
                case "date", "published" -> {
                    Optional<PublicationDate> d = PublicationDate.parseIso(value).or(() -> DateLineParser.find(value));
                    accepted = d.isPresent();
                    published = d.orElse(published);
                }
                case "url", "link" -> {
                    accepted = value.matches("(?i)https?://\\S+");
                    url = accepted ? value : url;
                }
                case "source" -> {
                    if (value.matches("(?i)https?://\\S+")) {
                        url = value;
                    } else {
                        outlet = value;
                    }
                }
                case "outlet", "publication" -> outlet = value;
                case "title", "headline" -> title = value;
                case "author", "authors", "byline" -> authors = BylineParser.names(value);
                default -> {
                    accepted = LANGUAGE.matcher(value).matches();
                    language = accepted ? value.substring(0, 2).toLowerCase(Locale.ROOT) : language;
                }
            }
            if (!accepted) {
                break;
            }
            lines.add(line);
            i++;
            consumed = i;
        }
        if (lines.isEmpty()) {
            return Header.NONE;
        }
        return new Header(lines, consumed, published, url, outlet, title, authors, language);
    }
}
