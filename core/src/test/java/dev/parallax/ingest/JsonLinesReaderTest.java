package dev.parallax.ingest;

import dev.parallax.model.ContentType;
import dev.parallax.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class JsonLinesReaderTest {

    private static Collected read(IngestOptions options, byte[] lines) {
        Collected c = new Collected();
        try {
            new JsonLinesReader(options).read("dump.jsonl", new ByteArrayInputStream(lines), c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    @Test
    void eachObjectIsADocumentAndBadLinesAreProblemsOfTheirOwnLine() {
        Collected c = read(IngestOptions.DEFAULTS, Collected.resource("batch.jsonl"));
        assertEquals(List.of("dump.jsonl:1", "dump.jsonl:2", "dump.jsonl:7"), c.sources());
        assertEquals(List.of("malformed", "malformed", "malformed"), c.reasons());
        assertEquals(List.of("dump.jsonl:3", "dump.jsonl:4", "dump.jsonl:5"),
                c.problems.stream().map(p -> p.source()).toList());
    }

    @Test
    void fieldsBecomeHints() {
        List<SourceDocument> docs = read(IngestOptions.DEFAULTS, Collected.resource("batch.jsonl")).documents;
        SourceDocument text = docs.get(0);
        assertEquals(ContentType.TEXT, text.type());
        assertEquals("Weekend ferry crossings between Port Ellery and Skarn will run every two hours until June.\n\n"
                + "The harbour council blamed storm damage.", text.content());
        assertEquals("Harbour Gazette", text.hints().outlet());
        assertEquals("2024-05-03T10:14+02:00", text.hints().published().toString());
        assertEquals(List.of("Mira Okonkwo"), text.hints().authors());
        SourceDocument html = docs.get(1);
        assertEquals(ContentType.HTML, html.type());
        assertEquals("2024-05-02", html.hints().published().toString());
        assertEquals(List.of("Daniel S\u00f8rensen"), html.hints().authors());
        assertEquals("en", html.hints().language());
        assertNull(html.hints().outlet());
        SourceDocument spaced = docs.get(2);
        assertEquals("2024-05-06T17:45", spaced.hints().published().toString());
        assertEquals(List.of("Camille Roux"), spaced.hints().authors());
    }

    @Test
    void lineOverTheLimitIsTooLargeAndTheNextLineGoesOn() {
        String lines = "{\"text\": \"" + "long ".repeat(100) + "\"}\n{\"text\": \"short\"}\r\n";
        Collected c = read(new IngestOptions(200), lines.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("too-large"), c.reasons());
        assertEquals("dump.jsonl:1", c.problems.get(0).source());
        assertEquals(List.of("dump.jsonl:2"), c.sources());
        assertEquals("short", c.documents.get(0).content());
    }

    @Test
    void lineThatIsNotUtf8IsAnEncodingProblem() {
        byte[] bad = "{\"text\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] good = "{\"text\": \"Caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bad.length + good.length];
        System.arraycopy(bad, 0, both, 0, bad.length);
        System.arraycopy(good, 0, both, bad.length, good.length);
        Collected c = read(IngestOptions.DEFAULTS, both);
        assertEquals(List.of("encoding"), c.reasons());
        assertEquals("Caf\u00e9", c.documents.get(0).content());
    }

    @Test
    void blankTextIsEmpty() {
        Collected c = read(IngestOptions.DEFAULTS, "{\"title\": \"x\", \"text\": \"  \"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("empty"), c.reasons());
    }

    @Test
    void textGivenAsAnArrayOfParagraphsIsJoined() {
        Collected c = read(IngestOptions.DEFAULTS,
                "{\"text\": [\"First paragraph.\", \" \", \"Second one.\"]}".getBytes(StandardCharsets.UTF_8));
        assertEquals("First paragraph.\n\nSecond one.", c.documents.get(0).content());
    }

    @Test
    void twoObjectsGluedOnOneLineAreMalformed() {
        Collected c = read(IngestOptions.DEFAULTS,
                "{\"text\": \"One.\"}{\"text\": \"Two.\"}\n{\"text\": \"Three.\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("malformed"), c.reasons());
        assertEquals(List.of("dump.jsonl:2"), c.sources());
    }
}
