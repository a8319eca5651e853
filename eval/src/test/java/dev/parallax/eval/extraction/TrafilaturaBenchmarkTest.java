package dev.parallax.eval.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrafilaturaBenchmarkTest {
    @TempDir
    Path dir;

    private TrafilaturaBenchmark fixture() throws IOException {
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://blog.example/a": {"file": "a.html", "with": ["Die Fähre fährt stündlich", "ab Mai"],
                                            "without": ["Impressum"]},
                 "https://blog.example/b": {"file": "b.html", "with": ["Schnee"], "without": ["Kontakt", "Menü"]}}
                """);
        Files.createDirectories(dir.resolve("html"));
        Files.write(dir.resolve("html/a.html"),
                "<p>Die Fähre fährt stündlich ab Mai.</p><footer>Impressum</footer>".getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("html/b.html"), "<p>Schnee</p>");
        return TrafilaturaBenchmark.open(dir);
    }

    @Test
    void readsSegmentsAndDecodesPagesInTheirOwnEncoding() throws IOException {
        TrafilaturaBenchmark bench = fixture();
        assertTrue(TrafilaturaBenchmark.present(dir));
        TrafilaturaBenchmark.Page a = bench.pages().get(0);
        assertEquals(List.of("Die Fähre fährt stündlich", "ab Mai"), a.with());
        assertEquals(List.of("Impressum"), a.without());
        assertTrue(bench.html(a).contains("Fähre"));
    }

    @Test
    void countsAreSummedOverPagesAndAFailedPageMissesItsSegments() throws IOException {
        TrafilaturaBenchmark.Result r = fixture().evaluate((html, url) -> {
            if (url.endsWith("/b")) {
                throw new IllegalStateException("boom");
            }
            return html.replaceAll("<[^>]+>", " ");
        }, EvaluationProgress.NONE);
        assertEquals(new SegmentScorer.Counts(2, 1, 1, 2), r.counts());
        assertEquals(2, r.pages().size());
        assertEquals(List.of("Impressum"), r.pages().get(0).kept());
        assertEquals(List.of("Schnee"), r.pages().get(1).missed());
        assertEquals(1, r.failures().size());
    }
}
