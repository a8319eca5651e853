package dev.parallax.eval.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads TimeML 1.2 files (TempEval-3 {@code .tml}): the DCT from the {@code TIMEX3} with
 * {@code functionInDocument="CREATION_TIME"}, the text of {@code TEXT} with its tags removed and
 * entities decoded, and each {@code TIMEX3} inside it as a character extent of that text.
 * A file without a readable DCT or {@code TEXT} is skipped (empty result), never an exception.
 */
public final class TimeMlReader {
    private static final Pattern DCT = Pattern.compile(
            "<TIMEX3\\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*?)(/?)>");

    private TimeMlReader() {
    }

    /** All {@code .tml} files under a directory (recursively), in path order. */
    public static List<TimeMlDocument> readAll(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<TimeMlDocument> docs = new ArrayList<>();
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".tml")).sorted().toList()) {
                read(p).ifPresent(docs::add);
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    public static Optional<TimeMlDocument> read(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses one TimeML document; empty when it has no DCT or no TEXT element. */
    public static Optional<TimeMlDocument> parse(String id, String xml) {
        Optional<LocalDate> dct = creationDate(xml);
        int open = xml.indexOf("<TEXT>");
        int close = xml.indexOf("</TEXT>");
        if (dct.isEmpty() || open < 0 || close < open) {
            return Optional.empty();
        }
        String inner = xml.substring(open + "<TEXT>".length(), close);
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        Deque<String[]> openTimex = new ArrayDeque<>();
        Matcher m = TAG.matcher(inner);
        int last = 0;
        while (m.find()) {
            text.append(decode(inner.substring(last, m.start())));
            last = m.end();
            if (!m.group(2).equals("TIMEX3") || !m.group(4).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                openTimex.push(new String[] {Integer.toString(text.length()), attribute(m.group(3), "type"),
                        attribute(m.group(3), "value")});
            } else if (!openTimex.isEmpty()) {
                String[] start = openTimex.pop();
                int begin = Integer.parseInt(start[0]);
                timexes.add(new Timex(begin, text.length(), text.substring(begin), start[1], start[2]));
            }
        }
        text.append(decode(inner.substring(last)));
        return Optional.of(new TimeMlDocument(id, dct.get(), text.toString(), timexes));
    }

    static Optional<LocalDate> creationDate(String xml) {
        Matcher m = DCT.matcher(xml);
        if (!m.find()) {
            return Optional.empty();
        }
        String value = attribute(m.group(), "value");
        try {
            return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String attribute(String tag, String name) {
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return decode(m.group(2));
            }
        }
        return "";
    }

    private static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
