package dev.parallax.clean.html;

import dev.parallax.model.Comment;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads reader comments from a comments section: the repeated items ({@code li}, {@code article} or
 * {@code div} whose class or id says comment) with an author, a posted time and a text where the markup
 * shows them. Items nested in items are replies. Collects at most {@value #MAX_COMMENTS} comments per page.
 * Not thread-safe; one per page.
 */
final class CommentReader {
    static final int MAX_COMMENTS = 100;
    private static final Pattern ITEM = Pattern.compile("(?i)comment|kommentar|\\breply\\b|\\bpost\\b");
    private static final Pattern ITEM_PART = Pattern.compile(
            "(?i)comment-?(?:list|s|form|header|title|count|meta|author|body|content|text|date|time|reply|respond)\\b"
                    + "|-(?:list|form|header|count|meta|author|body|content|text|date|time)\\b");

    private final List<Comment> comments = new ArrayList<>();

    List<Comment> comments() {
        return List.copyOf(comments);
    }

    /** Reads the comments inside one section; returns those found there. */
    List<Comment> read(Element section) {
        List<Comment> found = new ArrayList<>();
        for (Element item : section.select("li, article, div")) {
            if (comments.size() >= MAX_COMMENTS) {
                break;
            }
            if (!isItem(item)) {
                continue;
            }
            Comment c = comment(item);
            if (c != null) {
                comments.add(c);
                found.add(c);
            }
        }
        return found;
    }

    private static boolean isItem(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank() || !ITEM.matcher(names).find()) {
            return false;
        }
        for (String cls : e.classNames()) {
            String c = cls.toLowerCase(Locale.ROOT);
            if ((c.contains("comment") || c.contains("kommentar")) && !ITEM_PART.matcher(c).find()) {
                return true;
            }
        }
        return e.id().toLowerCase(Locale.ROOT).matches("(?:comment|kommentar|li-comment|div-comment)-?\\d+");
    }

    private static Comment comment(Element item) {
        Element author = item.selectFirst("[class*=author], [class*=autor], [class*=user], [class*=name], .fn, cite, [itemprop=author]");
        Element time = item.selectFirst("time, [class*=date], [class*=time], [class*=posted]");
        Element body = item.selectFirst("[class*=comment-content], [class*=comment-body], [class*=comment-text], "
                + "[class*=text], [class*=content], [class*=body], [itemprop=text]");
        String text;
        if (body != null) {
            text = body.text();
        } else {
            StringBuilder sb = new StringBuilder();
            for (Element p : item.select("p")) {
                if (p.closest("li, article, div") != null && nestedItem(p, item)) {
                    continue;
                }
                sb.append(sb.isEmpty() ? "" : " ").append(p.text());
            }
            text = sb.toString();
        }
        text = text.strip();
        if (text.length() < 2) {
            return null;
        }
        String authorName = author == null ? null : author.text().replaceFirst("(?i)\\s*(says|sagt|schreibt):?$", "");
        String posted = null;
        String postedText = null;
        if (time != null) {
            postedText = time.text().isBlank() ? null : time.text().strip();
            String iso = time.attr("datetime");
            posted = MetadataReader.parseDate(iso).map(Object::toString).orElse(null);
        }
        Element parentItem = item.parent() == null ? null : item.parent().closest("li, article, div");
        String replyTo = null;
        while (parentItem != null && !isItem(parentItem)) {
            parentItem = parentItem.parent() == null ? null : parentItem.parent().closest("li, article, div");
        }
        if (parentItem != null) {
            Element pa = parentItem.selectFirst("[class*=author], [class*=autor], [class*=user], [class*=name], .fn, cite");
            replyTo = pa == null ? null : pa.text();
        }
        return new Comment(blankToNull(authorName), posted, postedText, text, blankToNull(replyTo));
    }

    private static boolean nestedItem(Element p, Element item) {
        Element e = p.parent();
        while (e != null && e != item) {
            if (isItem(e)) {
                return true;
            }
            e = e.parent();
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
