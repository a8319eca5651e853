package dev.parallax.eval.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScrapinghubBenchmarkTest {
    @TempDir
    Path dir;

    private ScrapinghubBenchmark fixture() throws IOException {
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"p1": {"articleBody": "The harbour ferry will run hourly from May", "url": "https://news.example/ferry"},
                 "p2": {"articleBody": "Snow closed the mountain pass again", "url": "https://news.example/snow"}}
                """);
        Files.createDirectories(dir.resolve("html"));
        gzip(dir.resolve("html/p1.html.gz"), "<html><body><nav>Menu</nav><p>The harbour ferry will run hourly from May</p></body></html>");
        gzip(dir.resolve("html/p2.html.gz"), "<html><body><p>Snow closed the mountain pass again</p></body></html>");
        Files.createDirectories(dir.resolve("reference-outputs"));
        Files.writeString(dir.resolve("reference-outputs/plain.json"), """
                {"p1": {"articleBody": "The harbour ferry will run hourly from May"}, "p2": {"articleBody": ""}}
                """);
        Files.writeString(dir.resolve("reference-outputs/wrapped.json"), """
                {"version": "2.1", "output": {"p1": {"articleBody": "Menu The harbour ferry will run hourly from May"},
                                              "p2": {"articleBody": null}}}
                """);
        return ScrapinghubBenchmark.open(dir);
    }

    private static void gzip(Path file, String html) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsGroundTruthAndDecompressesPages() throws IOException {
        ScrapinghubBenchmark bench = fixture();
        assertTrue(ScrapinghubBenchmark.present(dir));
        assertEquals(List.of("p1", "p2"), bench.pages().stream().map(ScrapinghubBenchmark.Page::id).toList());
        assertEquals("https://news.example/ferry", bench.pages().get(0).url());
        assertTrue(bench.html(bench.pages().get(1)).contains("mountain pass"));
    }

    @Test
    void readsPlainAndVersionWrappedReferenceOutputs() throws IOException {
        List<ScrapinghubBenchmark.ReferenceOutput> refs = fixture().referenceOutputs();
        assertEquals(List.of("plain", "wrapped"), refs.stream().map(ScrapinghubBenchmark.ReferenceOutput::tool).toList());
        assertEquals("", refs.get(0).version());
        assertEquals("2.1", refs.get(1).version());
        assertEquals("", refs.get(1).bodies().get("p2"));
    }

    @Test
    void scoresAReferenceOutputWithEmptyPagesLeftOutOfPrecision() throws IOException {
        ShingleScorer.Score s = fixture().score(Map.of("p1", "The harbour ferry will run hourly from May", "p2", ""));
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(0.5, s.recall(), 1e-12);
        assertEquals(0.5, s.accuracy(), 1e-12);
    }

    @Test
    void predictionsMissingAPageAreRefused() throws IOException {
        ScrapinghubBenchmark bench = fixture();
        assertThrows(IllegalArgumentException.class, () -> bench.score(Map.of("p1", "x")));
        assertThrows(IllegalArgumentException.class, () -> bench.score(Map.of("p1", "x", "p3", "y")));
    }

    @Test
    void aPageOnWhichTheExtractorThrowsIsReportedAndScoredAsEmpty() throws IOException {
        ScrapinghubBenchmark bench = fixture();
        ScrapinghubBenchmark.Result r = bench.evaluate((html, url) -> {
            if (url.endsWith("snow")) {
                throw new IllegalStateException("parser gave up\nsecond line");
            }
            return "The harbour ferry will run hourly from May";
        }, EvaluationProgress.NONE);
        assertEquals(List.of(new PageFailure("p2", "IllegalStateException: parser gave up")), r.failures());
        assertEquals(1.0, r.score().precision(), 1e-12);
        assertEquals(0.5, r.score().recall(), 1e-12);
        assertEquals(2, r.pages().size());
        assertEquals(0, r.pages().get(1).predictedTokens());
        assertEquals(6, r.pages().get(1).trueTokens());
    }

    @Test
    void aMissingFolderIsNotPresent() {
        assertFalse(ScrapinghubBenchmark.present(dir.resolve("nowhere")));
    }
}
