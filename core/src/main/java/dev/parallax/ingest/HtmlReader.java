package dev.parallax.ingest;

import dev.parallax.model.ContentType;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.Problem;
import dev.parallax.model.SourceDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An HTML file as one {@link ContentType#HTML} document, decoded with the charset a byte-order
 * mark, {@code <meta charset>}, an http-equiv Content-Type or an XML declaration gives; without
 * one the page must be UTF-8, else it is an {@code encoding} problem naming the first bad byte.
 * Hints stay empty: what the page says about itself is the HTML cleaner's to read. Problems:
 * {@code too-large}, {@code encoding}, {@code empty}. Thread-safe.
 */
final class HtmlReader implements FormatReader {
    private final IngestOptions options;

    HtmlReader(IngestOptions options) {
        this.options = options;
    }

    @Override
    public InputFormat format() {
        return InputFormat.HTML;
    }

    @Override
    public void read(String source, InputStream in, DocumentSink sink) throws IOException {
        byte[] bytes = Inputs.readAtMost(in, options.maxDocumentBytes());
        if (bytes == null) {
            sink.problem(new Problem(source, "too-large", Inputs.overLimit("the page", options.maxDocumentBytes())));
            return;
        }
        Optional<String> html = decode(bytes, null);
        if (html.isEmpty()) {
            sink.problem(new Problem(source, "encoding", "not valid UTF-8 at byte "
                    + Charsets.firstInvalidUtf8(bytes, Charsets.bomLength(bytes)) + " and no charset declared"));
            return;
        }
        if (html.get().isBlank()) {
            sink.problem(new Problem(source, "empty", "only whitespace"));
            return;
        }
        sink.accept(new SourceDocument(source, ContentType.HTML, html.get(), DocumentHints.NONE));
    }

    /**
     * Decodes a page: a byte-order mark first, then {@code transportCharset} (an HTTP header's),
     * then what the markup declares, then UTF-8 if the bytes are valid UTF-8. Empty when none applies.
     */
    static Optional<String> decode(byte[] bytes, Charset transportCharset) {
        Optional<Charset> bom = Charsets.fromBom(bytes);
        if (bom.isPresent()) {
            return Optional.of(Charsets.decode(bytes, Charsets.bomLength(bytes), bom.get()));
        }
        if (transportCharset != null) {
            return Optional.of(Charsets.decode(bytes, 0, transportCharset));
        }
        Optional<Charset> declared = Charsets.declaredInMarkup(bytes);
        if (declared.isPresent()) {
            return Optional.of(Charsets.decode(bytes, 0, declared.get()));
        }
        if (Charsets.firstInvalidUtf8(bytes, 0) < 0) {
            return Optional.of(Charsets.decode(bytes, 0, StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }
}
