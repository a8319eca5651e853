package dev.parallax.eval.quotes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PolnearReaderTest {
    @Test
    void discontinuousContentAndCodePointOffsetsAreRead() {
        // the emoji is one code point but two UTF-16 units: offsets after it shift by one
        String text = "\uD83D\uDE00 \u201CNo,\u201D she said, \u201Cnever.\u201D";
        List<String> ann = List.of(
                "T1\tSource 8 11\tshe",
                "T2\tCue 12 16\tsaid",
                "T3\tContent 3 6;19 25\tNo, never.",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tContent 3 6\tNo,",
                "E2\tAttribution-no-source:T6 Content:T5");
        List<Attribution> out = PolnearReader.parse(text, ann);
        assertEquals(2, out.size());
        assertEquals("No, \u2026 never.", out.get(0).content().covered());
        assertEquals("she", out.get(0).source().covered());
        assertEquals("said", out.get(0).cue());
        assertNull(out.get(1).source());
        assertNull(out.get(1).cue());
    }

    @Test
    void theFirstAnnotatorFileByNameIsRead(@TempDir Path dir) throws IOException {
        Path text = Files.createDirectories(dir.resolve("data/dev/text"));
        Path anns = Files.createDirectories(dir.resolve("data/dev/attributions"));
        Files.writeString(text.resolve("paper_a.txt"), "Ann said hi.");
        Files.writeString(anns.resolve("paper_a_b2.ann"), "T1\tContent 9 11\thi\nE1\tAttribution:T2 Content:T1\n");
        Files.writeString(anns.resolve("paper_a_a1.ann"), "");
        List<PolnearArticle> articles = PolnearReader.read(dir, "dev");
        assertEquals(1, articles.size());
        assertEquals("a1", articles.get(0).annotator());
        assertEquals(0, articles.get(0).gold().size());
    }
}
