package dev.parallax.ingest;

import dev.parallax.model.ContentType;
import dev.parallax.model.Problem;
import dev.parallax.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestorTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} saved as {1}")
    @CsvSource({
            "article.txt, story.html, TEXT, 1",
            "page.html, page.txt, HTML, 1",
            "fragment.html, fragment, HTML, 1",
            "rss-full.xml, feed.json, HTML, 2",
            "atom-full.xml, atom.txt, HTML, 2",
            "rdf.xml, rdf, TEXT, 1",
            "batch.jsonl, batch.txt, TEXT, 3",
    })
    void formatIsDetectedFromContentWhateverTheFileIsCalled(String fixture, String name, ContentType firstType, int documents) {
        Collected plain = Collected.read(Collected.write(dir, name, Collected.resource(fixture)));
        assertEquals(documents, plain.documents.size(), plain.problems.toString());
        assertEquals(firstType, plain.documents.get(0).type());
        assertTrue(plain.documents.get(0).source().startsWith(dir.resolve(name).toString()));
    }

    @ParameterizedTest(name = "gzip of {0}")
    @CsvSource({"article.txt, 1", "page.html, 1", "rss-full.xml, 2", "atom-summaries.xml, 1", "batch.jsonl, 3"})
    void gzipIsUndoneWhetherOrNotTheNameSaysSo(String fixture, int documents) {
        byte[] gz = Collected.gzip(Collected.resource(fixture));
        Collected named = Collected.read(Collected.write(dir, fixture + ".gz", gz));
        Collected unnamed = Collected.read(Collected.write(dir, "download-" + fixture.length(), gz));
        assertEquals(documents, named.documents.size(), named.problems.toString());
        assertEquals(named.documents.size(), unnamed.documents.size());
        assertEquals(named.documents.get(0).content(), unnamed.documents.get(0).content());
    }

    @Test
    void plainTextBecomesOneTextDocumentWithoutItsByteOrderMark() {
        Collected c = Collected.read(Collected.write(dir, "a.txt", Collected.resource("article.txt")));
        SourceDocument doc = c.documents.get(0);
        assertEquals(ContentType.TEXT, doc.type());
        assertTrue(doc.content().startsWith("HARBOUR GAZETTE"), doc.content().substring(0, 20));
        assertTrue(doc.content().contains("café owner Ines Brandt"));
        assertEquals(dir.resolve("a.txt").toString(), doc.source());
    }

    @Test
    void emptyFileIsReportedAsEmpty() {
        Collected c = Collected.read(Collected.write(dir, "nothing.txt", new byte[0]));
        assertEquals(List.of("empty"), c.reasons());
        assertEquals(dir.resolve("nothing.txt").toString(), c.problems.get(0).source());
    }

    @Test
    void whitespaceOnlyFileIsReportedAsEmpty() {
        Collected c = Collected.read(Collected.write(dir, "blank.html", " \n\t\r\n  \n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("empty"), c.reasons());
    }

    @Test
    void gzipOfNothingIsEmpty() {
        Collected c = Collected.read(Collected.write(dir, "nothing.gz", Collected.gzip(new byte[0])));
        assertEquals(List.of("empty"), c.reasons());
    }

    @Test
    void pngWithAnArticleNameIsBinary() {
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(header, 0, png, 0, header.length);
        Collected c = Collected.read(Collected.write(dir, "article.html", png));
        assertEquals(List.of("binary"), c.reasons());
        assertTrue(c.problems.get(0).detail().contains("PNG"), c.problems.get(0).detail());
    }

    @Test
    void randomJunkIsBinary() {
        byte[] junk = new byte[10_000];
        new Random(42).nextBytes(junk);
        junk[0] = 'x'; // not a known signature
        Collected c = Collected.read(Collected.write(dir, "story.txt", junk));
        assertEquals(List.of("binary"), c.reasons());
    }

    @Test
    void latin1TextIsAnEncodingProblemNamingTheByteOffset() {
        byte[] latin1 = "Caf\u00e9 owners protest new terrace fees".getBytes(StandardCharsets.ISO_8859_1);
        Collected c = Collected.read(Collected.write(dir, "story.txt", latin1));
        assertEquals(List.of("encoding"), c.reasons());
        assertTrue(c.problems.get(0).detail().contains("byte 3"), c.problems.get(0).detail());
    }

    @Test
    void htmlWithoutCharsetThatIsNotUtf8IsAnEncodingProblem() {
        byte[] page = "<html><body><p>Jos\u00e9 Mart\u00ednez runs Le Petit Coin.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Collected c = Collected.read(Collected.write(dir, "p.html", page));
        assertEquals(List.of("encoding"), c.reasons());
        assertTrue(c.problems.get(0).detail().contains("byte 18"), c.problems.get(0).detail());
    }

    @Test
    void htmlDeclaringItsCharsetIsDecodedWithIt() {
        Collected c = Collected.read(Collected.write(dir, "ledger.htm", Collected.resource("page-latin1.html")));
        SourceDocument doc = c.documents.get(0);
        assertEquals(ContentType.HTML, doc.type());
        assertTrue(doc.content().contains("Jos\u00e9 Mart\u00ednez"), doc.content());
        assertTrue(doc.content().contains("\u00a312 per square metre"));
        assertEquals(null, doc.hints().url());
    }

    @Test
    void charsetDeclaredLateAfterBigInlineScriptsIsStillHonoured() {
        String page = "<!DOCTYPE html><html><head><script>var settings = '" + "x".repeat(40_000) + "';</script>"
                + "<meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-1\"></head>"
                + "<body><p>Mitgef\u00fchl w\u00e4hlen, sagt die Partei.</p></body></html>";
        Collected c = Collected.read(Collected.write(dir, "shop.html", page.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(List.of(), c.reasons());
        assertTrue(c.documents.get(0).content().contains("Mitgef\u00fchl w\u00e4hlen"));
    }

    @Test
    void utf16TextWithByteOrderMarkIsRead() {
        byte[] utf16 = "\ufeffBridge repairs to start in June.\nThe old stone bridge will close.".getBytes(StandardCharsets.UTF_16LE);
        Collected c = Collected.read(Collected.write(dir, "notes.txt", utf16));
        assertEquals(List.of(), c.reasons());
        assertEquals("Bridge repairs to start in June.\nThe old stone bridge will close.", c.documents.get(0).content());
    }

    @Test
    void truncatedGzipIsTruncated() {
        byte[] gz = Collected.gzip(Collected.resource("page.html"));
        Collected c = Collected.read(Collected.write(dir, "page.html.gz", Arrays.copyOf(gz, gz.length / 2)));
        assertEquals(List.of("truncated"), c.reasons());
        assertEquals(0, c.documents.size());
    }

    @Test
    void truncatedGzipOfJsonLinesKeepsTheLinesBeforeTheCut() {
        StringBuilder lines = new StringBuilder();
        Random random = new Random(3);
        for (int i = 0; i < 3000; i++) {
            lines.append("{\"title\": \"Item ").append(i).append("\", \"text\": \"Story number ").append(i)
                    .append(" noise ").append(random.nextLong()).append("\"}\n");
        }
        byte[] gz = Collected.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Collected c = Collected.read(Collected.write(dir, "dump.jsonl.gz", Arrays.copyOf(gz, gz.length * 3 / 4)));
        assertEquals(List.of("truncated"), c.reasons());
        assertTrue(c.documents.size() > 1000 && c.documents.size() < 3000, "kept " + c.documents.size());
    }

    @Test
    void textOverTheLimitIsTooLargeWithoutReadingIt() {
        Ingestor small = new Ingestor(new IngestOptions(1024));
        byte[] big = "The council met again. ".repeat(200).getBytes(StandardCharsets.UTF_8);
        Collected c = Collected.read(small, Collected.write(dir, "long.txt", big));
        assertEquals(List.of("too-large"), c.reasons());
        assertTrue(c.problems.get(0).detail().contains("1 KB"), c.problems.get(0).detail());
    }

    @Test
    void gzipThatExpandsOverTheLimitIsTooLarge() {
        Ingestor small = new Ingestor(new IngestOptions(1024));
        byte[] big = "<p>The council met again.</p>\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        Collected c = Collected.read(small, Collected.write(dir, "long.html.gz", Collected.gzip(big)));
        assertEquals(List.of("too-large"), c.reasons());
    }

    @Test
    void missingPathIsReportedByExpandAndByRead() {
        List<Problem> problems = new ArrayList<>();
        Path missing = dir.resolve("gone.warc.gz");
        assertEquals(List.of(), new Ingestor().expand(List.of(missing), problems::add));
        assertEquals("missing", problems.get(0).reason());
        assertEquals(List.of("missing"), Collected.read(missing).reasons());
    }

    @Test
    void xmlThatIsNotAFeedIsUnsupported() {
        byte[] sitemap = "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.example/</loc></url></urlset>"
                .getBytes(StandardCharsets.UTF_8);
        Collected c = Collected.read(Collected.write(dir, "sitemap.xml", sitemap));
        assertEquals(List.of("unsupported"), c.reasons());
    }

    @Test
    void feedThatDoesNotParseIsMalformed() {
        byte[] broken = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gazette</title><item><title>Cut off"
                .getBytes(StandardCharsets.UTF_8);
        Collected c = Collected.read(Collected.write(dir, "feed.xml", broken));
        assertEquals(List.of("malformed"), c.reasons());
        assertEquals(dir.resolve("feed.xml").toString(), c.problems.get(0).source());
    }

    @Test
    void badFilesDoNotStopTheOtherFilesOfABatch() {
        Collected.write(dir, "1-empty.txt", new byte[0]);
        Collected.write(dir, "2-story.txt", Collected.resource("article.txt"));
        Collected.write(dir, "3-junk.bin", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Collected.write(dir, "4-feed.xml", Collected.resource("rss-full.xml"));
        Collected.write(dir, "5-cut.gz", Arrays.copyOf(Collected.gzip(Collected.resource("page.html")), 40));
        Collected.write(dir, "6-batch.jsonl", Collected.resource("batch.jsonl"));
        Ingestor ingestor = new Ingestor();
        Collected c = new Collected();
        for (Path file : ingestor.expand(List.of(dir), c::problem)) {
            ingestor.read(file, c);
        }
        assertEquals(1 + 2 + 3, c.documents.size());
        assertEquals(List.of("empty", "binary", "truncated", "malformed", "malformed", "malformed"), c.reasons());
    }

    @Test
    void exceptionsFromTheSinkAreTheCallersAndPassThrough() {
        Path file = Collected.write(dir, "a.txt", Collected.resource("article.txt"));
        IllegalStateException failure = new IllegalStateException("archive is closed");
        DocumentSink failing = new DocumentSink() {
            @Override
            public void accept(SourceDocument document) {
                throw failure;
            }

            @Override
            public void problem(Problem problem) {
            }
        };
        assertSame(failure, assertThrows(IllegalStateException.class, () -> new Ingestor().read(file, failing)));
    }
}
