package dev.parallax.ingest;

import dev.parallax.model.ContentType;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.Problem;
import dev.parallax.model.SourceDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A WARC file (gzip already undone by the caller, whether per record or whole), streamed record
 * by record with jwarc so that a 1 GB CC-NEWS file is never held in memory. Each {@code response}
 * record holding an HTTP 200 with an HTML content type ({@code text/html},
 * {@code application/xhtml+xml}; without a Content-Type header, the WARC-Identified-Payload-Type
 * a crawler such as Common Crawl's adds) becomes one {@link ContentType#HTML} document located as
 * {@code path#record-N} (N counts every record, 1-based). The HTTP body is de-chunked and its
 * Content-Encoding (gzip, deflate) undone; the charset comes from the HTTP header, else from the
 * page, else UTF-8 when valid, else windows-1252 (the browsers' fallback: crawled pages are
 * not rejected for an undeclared legacy encoding). Hints: the URL is the WARC-Target-URI; the
 * WARC-Date is the capture date, not the publication date, and is not used. Other records
 * (requests, metadata, non-HTML, other statuses) are skipped silently. Problems: a record over
 * the size limit ({@code too-large}), an undecodable HTTP message ({@code malformed}), an
 * invalid WARC header ({@code malformed}, and the rest of the file is skipped since records can
 * no longer be found); a file cut short surfaces as an {@link EOFException} after the documents
 * before the cut were delivered. Thread-safe.
 */
final class WarcFileReader implements FormatReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final IngestOptions options;

    WarcFileReader(IngestOptions options) {
        this.options = options;
    }

    @Override
    public InputFormat format() {
        return InputFormat.WARC;
    }

    @Override
    public void read(String source, InputStream in, DocumentSink sink) throws IOException {
        WarcReader reader = new WarcReader(in);
        reader.setLenient(true);
        reader.onWarning(warning -> { });
        int number = 0;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (ParsingException e) {
                sink.problem(new Problem(source + "#record-" + (number + 1), "malformed",
                        "invalid WARC record, rest of the file skipped: " + Inputs.oneLine(e)));
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            number++;
            if (next.get() instanceof WarcResponse response) {
                String locator = source + "#record-" + number;
                Object result = read(locator, response);
                if (result instanceof SourceDocument document) {
                    sink.accept(document);
                } else if (result instanceof Problem problem) {
                    sink.problem(problem);
                }
            }
        }
    }

    /** The document of one response record, a problem with it, or null when it is skipped. */
    private Object read(String locator, WarcResponse response) throws IOException {
        MediaType recordType = response.contentType();
        if (!"application".equalsIgnoreCase(recordType.type()) || !"http".equalsIgnoreCase(recordType.subtype())) {
            return null; // dns:, gemini: and other non-HTTP captures
        }
        try {
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return null;
            }
            MediaType type = http.headers().first("Content-Type").isPresent()
                    ? http.contentType()
                    : response.identifiedPayloadType().orElse(MediaType.OCTET_STREAM);
            String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
            if (!HTML_TYPES.contains(base)) {
                return null;
            }
            if (response.body().size() > options.maxDocumentBytes()) {
                return new Problem(locator, "too-large", Inputs.overLimit("the record", options.maxDocumentBytes()));
            }
            byte[] payload = Inputs.readAtMost(http.bodyDecoded().stream(), options.maxDocumentBytes());
            if (payload == null) {
                return new Problem(locator, "too-large", Inputs.overLimit("the decoded page", options.maxDocumentBytes()));
            }
            Charset charset = Charsets.resolve(type.parameters().get("charset")).orElse(null);
            String html = HtmlReader.decode(payload, charset)
                    .orElseGet(() -> Charsets.decode(payload, 0, Charsets.WINDOWS_1252));
            if (html.isBlank()) {
                return new Problem(locator, "empty", "HTTP 200 with an empty body");
            }
            DocumentHints hints = DocumentHints.NONE.withUrl(target(response));
            return new SourceDocument(locator, ContentType.HTML, html, hints);
        } catch (IOException | RuntimeException e) {
            if (e instanceof EOFException eof && cutShort(response)) {
                throw eof;
            }
            return new Problem(locator, "malformed", "unreadable HTTP response: " + Inputs.oneLine(e));
        }
    }

    /** Whether the WARC ended inside this record (rather than the HTTP message inside it being bad). */
    private static boolean cutShort(WarcResponse response) {
        try {
            return response.body().position() < response.body().size();
        } catch (IOException e) {
            return true;
        }
    }

    private static String target(WarcResponse response) {
        String target = response.target();
        if (target == null) {
            return null;
        }
        target = target.trim();
        if (target.startsWith("<") && target.endsWith(">")) {
            target = target.substring(1, target.length() - 1);
        }
        return target.isEmpty() ? null : target;
    }
}
