package dev.parallax.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.model.ContentType;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.Problem;
import dev.parallax.model.SourceDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines: one JSON object per line, one document per object, located as {@code path:LINE}
 * (1-based). Fields: {@code html} (an {@link ContentType#HTML} document) or {@code text}
 * ({@link ContentType#TEXT}; an array of strings is taken as paragraphs); hints from {@code url}, {@code title}, {@code date} or
 * {@code published} (ISO-8601 or RFC 822), {@code outlet}, {@code authors} (an array or one
 * string) and {@code language}. Common aliases of other tools are accepted too ({@code body},
 * {@code content}, {@code maintext}; {@code date_publish}, {@code datePublished}; {@code source},
 * {@code source_domain}; {@code author}). Streamed line by line: the file may be any size, the
 * limit applies to each line. Blank lines are skipped; a line that is too long
 * ({@code too-large}), not UTF-8 ({@code encoding}), not a JSON object or without text
 * ({@code malformed}) is one problem and the next line goes on. Thread-safe.
 */
final class JsonLinesReader implements FormatReader {
    private static final List<String> HTML = List.of("html", "raw_html");
    private static final List<String> TEXT = List.of("text", "body", "content", "maintext");
    private static final List<String> DATE = List.of("date", "published", "date_publish", "datePublished", "pubDate");
    private static final List<String> OUTLET = List.of("outlet", "source", "source_domain", "site_name");
    private static final List<String> AUTHORS = List.of("authors", "author");

    private final IngestOptions options;
    private final ObjectMapper mapper;

    JsonLinesReader(IngestOptions options) {
        this.options = options;
        this.mapper = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        long max = Math.min(Integer.MAX_VALUE, options.maxDocumentBytes());
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength((int) max).build());
    }

    @Override
    public InputFormat format() {
        return InputFormat.JSON_LINES;
    }

    @Override
    public void read(String source, InputStream in, DocumentSink sink) throws IOException {
        LineSplitter lines = new LineSplitter(in, options.maxDocumentBytes());
        int number = 0;
        while (lines.next()) {
            number++;
            String locator = source + ":" + number;
            if (lines.tooLong()) {
                sink.problem(new Problem(locator, "too-large", Inputs.overLimit("the line", options.maxDocumentBytes())));
                continue;
            }
            byte[] line = lines.line();
            int start = number == 1 ? Charsets.bomLength(line) : 0;
            if (isBlank(line, start)) {
                continue;
            }
            long invalid = Charsets.firstInvalidUtf8(line, start);
            if (invalid >= 0) {
                sink.problem(new Problem(locator, "encoding", "not valid UTF-8 at byte " + invalid + " of the line"));
                continue;
            }
            Object result = parse(locator, line, start);
            if (result instanceof SourceDocument document) {
                sink.accept(document);
            } else {
                sink.problem((Problem) result);
            }
        }
    }

    /** The document a line gives, or the problem with it. */
    private Object parse(String locator, byte[] line, int start) {
        JsonNode node;
        try {
            node = mapper.readTree(line, start, line.length - start);
        } catch (JacksonException e) {
            return new Problem(locator, "malformed", "not JSON: " + Inputs.oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            return new Problem(locator, "malformed", "not JSON: " + Inputs.oneLine(e));
        }
        if (node == null || !node.isObject()) {
            return new Problem(locator, "malformed", "not a JSON object");
        }
        String html = string(node, HTML);
        String text = html == null ? textOrParagraphs(node) : null;
        if (html == null && text == null) {
            return new Problem(locator, "malformed", "no \"text\" or \"html\" field");
        }
        String content = html != null ? html : text;
        if (content.isBlank()) {
            return new Problem(locator, "empty", "the " + (html != null ? "html" : "text") + " field is blank");
        }
        DocumentHints hints = new DocumentHints(string(node, List.of("url")), string(node, List.of("title")),
                authors(node), HintValues.date(string(node, DATE)).orElse(null), string(node, OUTLET),
                HintValues.language(string(node, List.of("language", "lang"))));
        return new SourceDocument(locator, html != null ? ContentType.HTML : ContentType.TEXT, content, hints);
    }

    /** The first of the named fields that holds a string (or a number), trimmed; null if none. */
    private static String string(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && (value.isTextual() || value.isNumber())) {
                return value.isTextual() ? value.textValue() : value.asText();
            }
        }
        return null;
    }

    /** The text field, where an array of strings is taken as paragraphs. */
    private static String textOrParagraphs(JsonNode node) {
        for (String name : TEXT) {
            JsonNode value = node.get(name);
            if (value != null && value.isArray()) {
                List<String> paragraphs = new ArrayList<>();
                value.forEach(p -> {
                    if (p.isTextual() && !p.textValue().isBlank()) {
                        paragraphs.add(p.textValue().strip());
                    }
                });
                return String.join("\n\n", paragraphs);
            }
            if (value != null && value.isTextual()) {
                return value.textValue();
            }
        }
        return null;
    }

    private static List<String> authors(JsonNode node) {
        List<String> authors = new ArrayList<>();
        for (String name : AUTHORS) {
            JsonNode value = node.get(name);
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                for (JsonNode author : value) {
                    addAuthor(authors, author);
                }
            } else {
                addAuthor(authors, value);
            }
            if (!authors.isEmpty()) {
                break;
            }
        }
        return authors;
    }

    private static void addAuthor(List<String> authors, JsonNode author) {
        JsonNode name = author.isObject() ? author.get("name") : author;
        if (name != null && name.isTextual()) {
            String clean = HintValues.author(name.textValue());
            if (clean != null && !authors.contains(clean)) {
                authors.add(clean);
            }
        }
    }

    private static boolean isBlank(byte[] line, int start) {
        for (int i = start; i < line.length; i++) {
            if (!Character.isWhitespace(line[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits a stream into lines of bytes ({@code \n}, with a trailing {@code \r} dropped) without
     * ever holding more than {@code limit} bytes of one line: a longer line is skipped to its end
     * and flagged.
     */
    private static final class LineSplitter {
        private final InputStream in;
        private final long limit;
        private final byte[] buffer = new byte[64 * 1024];
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private int position;
        private int filled;
        private boolean tooLong;
        private boolean finished;

        LineSplitter(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        /** Advances to the next line; false at the end of the stream. */
        boolean next() throws IOException {
            if (finished) {
                return false;
            }
            current.reset();
            tooLong = false;
            long length = 0;
            boolean any = false;
            while (true) {
                if (position == filled) {
                    filled = in.read(buffer);
                    position = 0;
                    if (filled < 0) {
                        filled = 0;
                        finished = true;
                        return any;
                    }
                }
                any = true;
                int end = position;
                while (end < filled && buffer[end] != '\n') {
                    end++;
                }
                int count = end - position;
                length += count;
                if (length > limit) {
                    tooLong = true;
                } else {
                    current.write(buffer, position, count);
                }
                position = end;
                if (end < filled) {
                    position++;
                    return true;
                }
            }
        }

        boolean tooLong() {
            return tooLong;
        }

        byte[] line() {
            byte[] bytes = current.toByteArray();
            if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
                return java.util.Arrays.copyOf(bytes, bytes.length - 1);
            }
            return bytes;
        }
    }
}
