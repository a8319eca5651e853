package dev.parallax.ingest;

import dev.parallax.model.ContentType;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.Problem;
import dev.parallax.model.SourceDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A plain-text file as one {@link ContentType#TEXT} document. The text must be UTF-8 (a UTF-8
 * byte-order mark is dropped); anything else is an {@code encoding} problem naming the first bad
 * byte, since plain text cannot declare another charset. Problems: {@code too-large},
 * {@code encoding}, {@code empty}. Thread-safe.
 */
final class TextReader implements FormatReader {
    private final IngestOptions options;

    TextReader(IngestOptions options) {
        this.options = options;
    }

    @Override
    public InputFormat format() {
        return InputFormat.TEXT;
    }

    @Override
    public void read(String source, InputStream in, DocumentSink sink) throws IOException {
        byte[] bytes = Inputs.readAtMost(in, options.maxDocumentBytes());
        if (bytes == null) {
            sink.problem(new Problem(source, "too-large", Inputs.overLimit("the text", options.maxDocumentBytes())));
            return;
        }
        int start = bytes.length >= 3 && Charsets.fromBom(bytes).filter(StandardCharsets.UTF_8::equals).isPresent() ? 3 : 0;
        long invalid = Charsets.firstInvalidUtf8(bytes, start);
        if (invalid >= 0) {
            sink.problem(new Problem(source, "encoding", "not valid UTF-8 at byte " + invalid
                    + " (plain text must be UTF-8; convert it, e.g. with iconv)"));
            return;
        }
        String text = Charsets.decode(bytes, start, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            sink.problem(new Problem(source, "empty", "only whitespace"));
            return;
        }
        sink.accept(new SourceDocument(source, ContentType.TEXT, text, DocumentHints.NONE));
    }
}
