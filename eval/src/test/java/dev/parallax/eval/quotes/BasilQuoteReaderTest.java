package dev.parallax.eval.quotes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BasilQuoteReaderTest {
    @Test
    void quoteSpansArePlacedInTheirSentenceAndOnlyQuotesAreRead(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles/2014"));
        Path annotations = Files.createDirectories(dir.resolve("annotations/2014"));
        // "no deal" is written twice; the annotation's offset points into the second sentence
        Files.writeString(articles.resolve("abc_1.json"), """
                {"source": "NYT", "title": "Talks stall",
                 "body-paragraphs": [["Talks ended with no deal on Monday.", "\u201cThere is no deal,\u201d Mr. Venn said."],
                                     [], ["Critics called it a \u201cfarce.\u201d"]]}""");
        Files.writeString(annotations.resolve("abc_1_ann.json"), """
                {"phrase-level-annotations": [
                  {"id": "p1", "quote": "yes", "speaker": "Aldo_Venn", "start": 10, "end": 17, "txt": "no deal"},
                  {"id": "p2", "quote": "no", "speaker": "", "start": 20, "end": 25, "txt": "farce"},
                  {"id": "p3", "quote": "yes", "speaker": "other_anti", "start": 0, "end": 9, "txt": "not there"}]}""");
        Files.writeString(articles.resolve("abd_2.json"), "{\"source\": \"fox\", \"body-paragraphs\": []}");
        List<String> problems = new ArrayList<>();
        List<BasilQuoteArticle> read = BasilQuoteReader.read(dir, problems::add);
        assertEquals(1, read.size());
        BasilQuoteArticle a = read.get(0);
        assertEquals("abc_1", a.name());
        assertEquals("nyt", a.outlet());
        assertEquals("Talks ended with no deal on Monday. \u201cThere is no deal,\u201d Mr. Venn said.\n"
                + "Critics called it a \u201cfarce.\u201d", a.text());
        assertEquals(1, a.gold().size());
        assertEquals(a.text().indexOf("no deal", 20), a.gold().get(0).span().pieces().get(0)[0]);
        assertEquals("Aldo_Venn", a.gold().get(0).speaker());
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("not there")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("no annotation file")), problems::toString);
    }
}
