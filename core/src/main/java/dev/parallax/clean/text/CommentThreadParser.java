package dev.parallax.clean.text;

import dev.parallax.model.Comment;
import dev.parallax.model.PublicationDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reader comments of a comments section. A comment starts at a header line holding a
 * time, optionally after the author ({@code MarekH · 3 days ago}, {@code 2h ago}, {@code Mar 4}),
 * with the author's name on the line above when the header does not give it (or repeats it). An
 * optional {@code Reply to Name} line just above the comment, or a leading {@code @Name} in its
 * text, names the author it answers. The text is every line up to the next comment.
 *
 * <p>Like and reply counters ({@code Reply}, {@code 12 likes}, {@code Report}) are not part of
 * what the reader wrote: they are reported as lines to keep as OTHER furniture, as are lines
 * before the first comment. Without any header line, each line is a comment without author.
 * Stateless; never throws.
 */
final class CommentThreadParser {
    private static final Pattern HEADER = Pattern.compile(
            "^(?:(?:posted by\\s+)?(?<author>\\S.{0,40}?)(?<sep>\\s*[·•|,—–]\\s*|\\s-\\s|\\s+))?(?<time>" + RelativeTimeResolver.EXPRESSION
                    + ")(?:\\s*[·•|]?\\s*(?:\\(?edited\\)?|reply|report|\\d+\\s+likes?))*\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_ONLY = Pattern.compile(
            "^(?<time>" + RelativeTimeResolver.EXPRESSION + ")(?:\\s*[·•|]?\\s*(?:\\(?edited\\)?|reply|report|\\d+\\s+likes?))*\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTER = Pattern.compile(
            "^(?:[·•|]?\\s*(?:reply|replies|\\d[\\d,.]*k?\\s*(?:repl(?:y|ies)|likes?|points?|upvotes?|recommends?|votes?)"
                    + "|like|likes|report|share|flag|recommend|upvote|downvote|edited|\\(edited\\)|[👍👎♥❤↑↓▲▼]\\s*\\d*|\\d+)\\s*)+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLY_TO = Pattern.compile(
            "^(?:↳\\s*)?(?:.{1,40}?\\s+replied\\s+to|(?:in\\s+)?(?:reply|replying|response)\\s+to)\\s+@?(?<name>[^\\s].{0,39}?)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^@?[\\p{L}\\p{N}_.'’\\- ]{2,40}$");
    private static final Pattern HANDLE = Pattern.compile("^@([\\p{L}\\p{N}_.\\-]+)");
    private static final Set<String> NOT_AUTHORS = Set.of("published", "updated", "posted", "edited", "last updated", "reply");

    private CommentThreadParser() {
    }

    /** A comment header line: its author (or null) and the time as written. */
    record HeaderLine(String author, String time) {
    }

    /** The comments, and the indices of the lines to keep as OTHER furniture. */
    record Thread(List<Comment> comments, Set<Integer> otherLines) {
        Thread {
            comments = List.copyOf(comments);
            otherLines = Set.copyOf(otherLines);
        }
    }

    static Optional<HeaderLine> headerLine(String line) {
        Matcher t = TIME_ONLY.matcher(line.strip());
        if (t.matches()) {
            return Optional.of(new HeaderLine(null, t.group("time").strip()));
        }
        Matcher m = HEADER.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String author = m.group("author");
        if (author != null) {
            author = displayName(author);
            boolean spaceOnly = m.group("sep").isBlank();
            if (!nameLike(author) || NOT_AUTHORS.contains(author.toLowerCase(Locale.ROOT))
                    || spaceOnly && Texts.words(author) > 1 && Texts.capitalisedShare(author) < 1.0) {
                return Optional.empty();
            }
        }
        return Optional.of(new HeaderLine(author, m.group("time").strip()));
    }

    /** A display name: at most four words and forty characters, no sentence punctuation. */
    static boolean nameLike(String line) {
        String s = displayName(line);
        return NAME.matcher(s).matches() && Texts.words(s) <= 4 && !COUNTER.matcher(s).matches()
                && !NOT_AUTHORS.contains(s.toLowerCase(Locale.ROOT));
    }

    /** A like, reply or report counter line ({@code Reply · 12 likes}). */
    static boolean counter(String line) {
        return COUNTER.matcher(line.strip()).matches();
    }

    static boolean sameName(String a, String b) {
        return displayName(a).equalsIgnoreCase(displayName(b));
    }

    /** A name as shown, without a leading {@code @} and a trailing {@code says:} or colon. */
    static String displayName(String line) {
        return line.strip().replaceFirst("^@", "").replaceFirst("(?i)\\s+says\\s*:?$|\\s*:$", "");
    }

    /**
     * Parses the lines of a comments section.
     *
     * @param lines     the section's lines, in order
     * @param reference the article's publication date, to resolve relative times against, or null
     */
    static Thread parse(List<String> lines, PublicationDate reference) {
        List<Integer> headers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (headerLine(lines.get(i)).isPresent()) {
                headers.add(i);
            }
        }
        Set<Integer> other = new TreeSet<>();
        List<Comment> comments = new ArrayList<>();
        if (headers.isEmpty()) {
            for (int i = 0; i < lines.size(); i++) {
                if (COUNTER.matcher(lines.get(i)).matches()) {
                    other.add(i);
                } else {
                    comments.add(new Comment(null, null, null, lines.get(i), null));
                }
            }
            return new Thread(comments, other);
        }
        int[] starts = new int[headers.size()];
        String[] authors = new String[headers.size()];
        String[] replyTo = new String[headers.size()];
        int floor = 0;
        for (int k = 0; k < headers.size(); k++) {
            int h = headers.get(k);
            HeaderLine header = headerLine(lines.get(h)).orElseThrow();
            int start = h;
            String author = header.author();
            if (h - 1 >= floor && nameLike(lines.get(h - 1)) && !headers.contains(h - 1)
                    && (author == null || sameName(author, lines.get(h - 1)) || lines.get(h).contains("@"))) {
                author = displayName(lines.get(h - 1));
                start = h - 1;
            }
            if (start - 1 >= floor) {
                Matcher r = REPLY_TO.matcher(lines.get(start - 1));
                if (r.matches()) {
                    replyTo[k] = r.group("name").strip();
                    start--;
                }
            }
            starts[k] = start;
            authors[k] = author;
            floor = h + 1;
        }
        for (int i = 0; i < starts[0]; i++) {
            other.add(i);
        }
        List<String> known = new ArrayList<>();
        for (String a : authors) {
            if (a != null) {
                known.add(a);
            }
        }
        known.sort(Comparator.comparingInt(String::length).reversed());
        for (int k = 0; k < headers.size(); k++) {
            int h = headers.get(k);
            int end = k + 1 < headers.size() ? starts[k + 1] : lines.size();
            List<String> text = new ArrayList<>();
            String reply = replyTo[k];
            for (int i = h + 1; i < end; i++) {
                String line = lines.get(i);
                Matcher r = REPLY_TO.matcher(line);
                if (COUNTER.matcher(line).matches()) {
                    other.add(i);
                } else if (text.isEmpty() && reply == null && r.matches()) {
                    reply = r.group("name").strip();
                    other.add(i);
                } else {
                    text.add(line);
                }
            }
            if (text.isEmpty()) {
                continue;
            }
            if (reply == null) {
                reply = addressee(text.get(0), known).orElse(null);
            }
            String written = headerLine(lines.get(h)).orElseThrow().time();
            String posted = RelativeTimeResolver.resolve(written, reference).orElse(null);
            comments.add(new Comment(authors[k], posted, written, String.join("\n\n", text), reply));
        }
        return new Thread(comments, other);
    }

    /** The author a comment's text addresses with a leading {@code @Name}: a known author's name if one fits. */
    static Optional<String> addressee(String text, List<String> knownAuthors) {
        String t = text.strip();
        if (!t.startsWith("@")) {
            return Optional.empty();
        }
        for (String name : knownAuthors) {
            String lower = t.substring(1).toLowerCase(Locale.ROOT);
            String n = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(n) && (lower.length() == n.length() || !Character.isLetterOrDigit(lower.charAt(n.length())))) {
                return Optional.of(name);
            }
        }
        Matcher m = HANDLE.matcher(t);
        return m.find() ? Optional.of(m.group(1).replaceAll("[.\\-]+$", "")) : Optional.empty();
    }
}
