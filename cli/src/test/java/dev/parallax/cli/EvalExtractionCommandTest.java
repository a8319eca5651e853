package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalExtractionCommandTest {
    @TempDir
    Path data;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Parallax.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void missingDatasetNamesTheExpectedPathAndExitsWithThree() {
        Run r = run("eval", "extraction", "--dataset", "trafilatura", "--data-dir", data.toString());
        assertEquals(Parallax.EXIT_FATAL, r.exit());
        assertTrue(r.err().contains(data.resolve("trafilatura-eval").toString()), r.err());
        assertTrue(r.err().contains("--data-dir"), r.err());
    }

    @Test
    void jsonSummaryIsTheLastLineAndReferenceOutputsAreScoredBesideOurs() throws IOException {
        Path dir = data.resolve("scrapinghub-article-extraction-benchmark");
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("reference-outputs"));
        String body = "The city council approved the new harbour ferry line on Tuesday evening, after a debate "
                + "that lasted well past midnight and left both sides claiming victory.";
        Files.writeString(dir.resolve("ground-truth.json"),
                "{\"a1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://news.example/ferry\"}}");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/a1.html.gz")))) {
            out.write(("<html><body><nav>Home | World | Sport</nav><article><p>" + body
                    + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("reference-outputs/sometool.json"),
                "{\"version\": \"1.0\", \"output\": {\"a1\": {\"articleBody\": \"" + body + "\"}}}");

        Run r = run("eval", "extraction", "--dataset", "scrapinghub", "--data-dir", data.toString(), "--json");
        assertEquals(Parallax.EXIT_OK, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        JsonNode summary = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertEquals("scrapinghub", summary.get("dataset").asText());
        assertEquals(1, summary.get("documents").asInt());
        assertTrue(summary.has("precision") && summary.has("recall") && summary.has("f1"));
        assertEquals(1.0, summary.at("/references/sometool/f1").asDouble(), 1e-12);
        assertTrue(r.out().contains("sometool"));
        assertTrue(r.err().contains("1/1 pages"), r.err());
    }
}
