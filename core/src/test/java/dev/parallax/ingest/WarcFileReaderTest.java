package dev.parallax.ingest;

import dev.parallax.model.ContentType;
import dev.parallax.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcFileReaderTest {
    private static final Instant CAPTURED = Instant.parse("2024-05-09T03:12:45Z");
    private static final String FERRY = "https://harbourgazette.example/local/2024/05/03/ferry-timetable-cut";
    private static final String TERRACES = "https://valleyledger.example/2024/05/07/terrace-fees";
    private static final String LIBRARY = "http://riverside-weekly.example/2024/05/library";

    @TempDir
    Path dir;

    /**
     * warcinfo, request, HTML 200, PNG 200, HTML 404, chunked+gzip windows-1252 HTML 200, HTML 200
     * with no Content-Length header: records 1 to 7.
     */
    static byte[] crawl(WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression);
        writer.write(new Warcinfo.Builder().filename("CC-NEWS-test.warc").date(CAPTURED)
                .fields(Map.of("software", List.of("parallax-test"))).build());
        writer.write(new WarcRequest.Builder(FERRY).date(CAPTURED)
                .body(new HttpRequest.Builder("GET", "/local/2024/05/03/ferry-timetable-cut")
                        .addHeader("Host", "harbourgazette.example").addHeader("User-Agent", "test-crawler/1.0").build())
                .build());
        writer.write(response(FERRY, 200, "text/html; charset=UTF-8", Collected.resource("page.html")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        writer.write(response("https://harbourgazette.example/img/ferry.png", 200, "image/png", png));
        writer.write(response("https://harbourgazette.example/local/old-story", 404, "text/html",
                "<html><body><h1>Page not found</h1></body></html>".getBytes(StandardCharsets.UTF_8)));
        writer.write(new WarcResponse.Builder(TERRACES).date(CAPTURED)
                .body(MediaType.HTTP_RESPONSE, chunkedGzipResponse()).build());
        byte[] noLength = ("HTTP/1.0 200 OK\r\nContent-Type: application/xhtml+xml\r\nServer: old-httpd\r\n\r\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>The central library reopened on Saturday.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        writer.write(new WarcResponse.Builder(LIBRARY).date(CAPTURED).body(MediaType.HTTP_RESPONSE, noLength).build());
        writer.close();
        return out.toByteArray();
    }

    private static WarcResponse response(String uri, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .addHeader("Date", "Thu, 09 May 2024 03:12:45 GMT")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(uri).date(CAPTURED).body(http).build();
    }

    private static byte[] chunkedGzipResponse() {
        byte[] page = ("<html><head><title>Caf\u00e9 owners protest</title></head><body>"
                + "<p>\u00abWe pay already for everything\u00bb, said Jos\u00e9 Mart\u00ednez.</p></body></html>")
                .getBytes(Charset.forName("windows-1252"));
        byte[] gz = Collected.gzip(page);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n"
                + "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        int half = gz.length / 2;
        for (byte[] chunk : List.of(Arrays.copyOfRange(gz, 0, half), Arrays.copyOfRange(gz, half, gz.length))) {
            out.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(chunk);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private void assertTheThreePages(Collected c, String source) {
        assertEquals(List.of(source + "#record-3", source + "#record-6", source + "#record-7"), c.sources());
        SourceDocument ferry = c.documents.get(0);
        assertEquals(ContentType.HTML, ferry.type());
        assertTrue(ferry.content().contains("Council approves new cycle lanes"));
        assertEquals(FERRY, ferry.hints().url());
        assertNull(ferry.hints().published());
        SourceDocument terraces = c.documents.get(1);
        assertTrue(terraces.content().contains("\u00abWe pay already for everything\u00bb, said Jos\u00e9 Mart\u00ednez."),
                terraces.content());
        assertEquals(TERRACES, terraces.hints().url());
        assertTrue(c.documents.get(2).content().endsWith("reopened on Saturday.</p></body></html>"), c.documents.get(2).content());
    }

    @Test
    void onlyHtmlResponsesWithStatus200BecomeDocuments() throws IOException {
        Path file = Collected.write(dir, "crawl.warc", crawl(WarcCompression.NONE));
        Collected c = Collected.read(file);
        assertEquals(List.of(), c.problems);
        assertTheThreePages(c, file.toString());
    }

    @Test
    void gzipPerRecordWarcIsReadUnderAnyName() throws IOException {
        Path file = Collected.write(dir, "CC-NEWS-20240509.dat", crawl(WarcCompression.GZIP));
        Collected c = Collected.read(file);
        assertEquals(List.of(), c.problems);
        assertTheThreePages(c, file.toString());
    }

    @Test
    void wholeFileGzipWarcIsReadToo() throws IOException {
        Path file = Collected.write(dir, "crawl.warc.gz", Collected.gzip(crawl(WarcCompression.NONE)));
        assertEquals(3, Collected.read(file).documents.size());
    }

    @Test
    void withoutAContentTypeHeaderTheIdentifiedPayloadTypeDecides() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE);
        byte[] http = "HTTP/1.1 200 OK\r\nContent-Length: 38\r\n\r\n<html><body><p>Hello</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        writer.write(new WarcResponse.Builder(LIBRARY).date(CAPTURED).body(MediaType.HTTP_RESPONSE, http)
                .addHeader("WARC-Identified-Payload-Type", "text/html").build());
        writer.write(new WarcResponse.Builder(FERRY).date(CAPTURED).body(MediaType.HTTP_RESPONSE, http).build());
        writer.close();
        Collected c = Collected.read(Collected.write(dir, "untyped.warc", out.toByteArray()));
        assertEquals(List.of(), c.problems);
        assertEquals(1, c.documents.size());
        assertEquals(LIBRARY, c.documents.get(0).hints().url());
    }

    @Test
    void truncatedWarcKeepsTheRecordsBeforeTheCut() throws IOException {
        byte[] warc = crawl(WarcCompression.NONE);
        Path file = Collected.write(dir, "cut.warc", Arrays.copyOf(warc, warc.length - 60));
        Collected c = Collected.read(file);
        assertEquals(List.of(file + "#record-3", file + "#record-6"), c.sources());
        assertEquals(List.of("truncated"), c.reasons());
        assertEquals(file.toString(), c.problems.get(0).source());
    }

    @Test
    void warcCutInsideARecordHeaderIsTruncated() throws IOException {
        byte[] warc = crawl(WarcCompression.NONE);
        String text = new String(warc, StandardCharsets.ISO_8859_1);
        int lastHeader = text.lastIndexOf("WARC/1.");
        Path file = Collected.write(dir, "cut.warc", Arrays.copyOf(warc, lastHeader + 40));
        Collected c = Collected.read(file);
        assertEquals(List.of(file + "#record-3", file + "#record-6"), c.sources());
        assertEquals(List.of("truncated"), c.reasons());
    }

    @Test
    void garbageWhereARecordShouldStartIsMalformedAndEndsTheFile() throws IOException {
        byte[] warc = crawl(WarcCompression.NONE);
        String text = new String(warc, StandardCharsets.ISO_8859_1);
        int lastHeader = text.lastIndexOf("WARC/1.");
        byte[] damaged = warc.clone();
        byte[] junk = "<html>not a record</html>\r\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(junk, 0, damaged, lastHeader, junk.length);
        Path file = Collected.write(dir, "damaged.warc", damaged);
        Collected c = Collected.read(file);
        assertEquals(List.of(file + "#record-3", file + "#record-6"), c.sources());
        assertEquals(List.of("malformed"), c.reasons());
        assertEquals(file + "#record-7", c.problems.get(0).source());
    }

    @Test
    void truncatedGzipWarcKeepsTheRecordsBeforeTheCut() throws IOException {
        byte[] warc = crawl(WarcCompression.GZIP);
        Path file = Collected.write(dir, "cut.warc.gz", Arrays.copyOf(warc, warc.length - 40));
        Collected c = Collected.read(file);
        assertEquals(List.of(file + "#record-3", file + "#record-6"), c.sources());
        assertEquals(List.of("truncated"), c.reasons());
    }

    @Test
    void recordOverTheLimitIsTooLargeAndTheOthersGoOn() throws IOException {
        Ingestor small = new Ingestor(new IngestOptions(700));
        Path file = Collected.write(dir, "crawl.warc", crawl(WarcCompression.NONE));
        Collected c = Collected.read(small, file);
        assertEquals(List.of("too-large"), c.reasons());
        assertEquals(file + "#record-3", c.problems.get(0).source());
        assertEquals(List.of(file + "#record-6", file + "#record-7"), c.sources());
    }
}
