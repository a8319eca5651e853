package dev.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalQuotesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void missingDataDirectoryExitsWithThree() {
        assertEquals(Parallax.EXIT_FATAL, Parallax.run("eval", "quotes", "--split", "dev", "--data-dir",
                tmp.resolve("nowhere").toString()));
    }

    @Test
    void unknownSplitIsAUsageError() {
        assertEquals(Parallax.EXIT_USAGE, Parallax.run("eval", "quotes", "--split", "final"));
    }

    @Test
    void dataDirectoryMayBeTheSharedDataOrPolnearItself() throws Exception {
        Path polnear = Files.createDirectories(tmp.resolve("data/polnear/data/dev"));
        assertEquals(tmp.resolve("data/polnear"), EvalQuotesCommand.resolveDataDir(tmp.resolve("data")));
        assertEquals(tmp.resolve("data/polnear"), EvalQuotesCommand.resolveDataDir(polnear.getParent().getParent()));
        assertNull(EvalQuotesCommand.resolveDataDir(tmp.resolve("empty")));
    }

    @Test
    void basilIsScoredForRecallAndSpeakersWithTheFiguresOnTheLastLine() throws Exception {
        Path basil = tmp.resolve("data/basil");
        Path articles = Files.createDirectories(basil.resolve("articles/2015"));
        Path annotations = Files.createDirectories(basil.resolve("annotations/2015"));
        Files.writeString(articles.resolve("ev1_1.json"), """
                {"source": "hpo", "title": "Harbour vote",
                 "body-paragraphs": [["Mayor Aldo Venn opened the harbour on Friday."],
                   ["\u201cWe will not back down on the ferry,\u201d Venn said.", "Crowds cheered."]]}""");
        Files.writeString(annotations.resolve("ev1_1_ann.json"), """
                {"phrase-level-annotations": [{"id": "p1", "quote": "yes", "speaker": "Aldo_Venn",
                  "start": 1, "end": 37, "txt": "We will not back down on the ferry,"}]}""");
        Captured run = run("eval", "quotes", "--dataset", "basil", "--no-reference", "--json",
                "--data-dir", tmp.resolve("data").toString());
        assertEquals(Parallax.EXIT_OK, run.exit());
        JsonNode json = run.lastLineJson();
        assertEquals("basil", json.get("dataset").asText());
        assertEquals(1.0, json.get("recall").asDouble(), run::output);
        assertEquals(1.0, json.get("speakerAccuracy").asDouble(), run::output);
        assertEquals(1, json.get("byOutlet").get("hpo").get("found").asInt());
        assertTrue(run.output().contains("No precision"));
    }

    @Test
    void polnearAgreementScoresLaterAnnotatorsAndParallaxOnTheSameArticles() throws Exception {
        Path split = tmp.resolve("data/polnear/data/dev");
        Path text = Files.createDirectories(split.resolve("text"));
        Path anns = Files.createDirectories(split.resolve("attributions"));
        String article = "\u201cThe ferry will run again by spring,\u201d Mayor Aldo Venn said on Friday.";
        Files.writeString(text.resolve("paper_1.txt"), article);
        Files.writeString(text.resolve("paper_2.txt"), article);
        String ann = "T1\tSource 40 54\tMayor Aldo Venn\nT2\tContent 1 36\tThe ferry will run again by spring\n"
                + "E1\tAttribution:T3 Source:T1 Content:T2\n";
        Files.writeString(anns.resolve("paper_1_a1.ann"), ann);
        Files.writeString(anns.resolve("paper_1_b2.ann"), ann);
        Files.writeString(anns.resolve("paper_2_a1.ann"), ann);
        Captured run = run("eval", "quotes", "--split", "dev", "--no-reference", "--agreement", "--json",
                "--data-dir", tmp.resolve("data").toString());
        assertEquals(Parallax.EXIT_OK, run.exit());
        JsonNode json = run.lastLineJson();
        assertEquals(2, json.get("gold").asInt(), run::output);
        JsonNode agreement = json.get("agreement");
        assertEquals(1, agreement.get("articles").asInt());
        assertEquals(1, agreement.get("pairs").asInt());
        assertEquals(1.0, agreement.get("f1").asDouble());
        assertEquals(1, agreement.get("parallaxOnTheseArticles").get("gold").asInt());
        assertEquals(1.0, agreement.get("parallaxOnTheseArticles").get("f1").asDouble(), run::output);
        assertTrue(run.output().contains("later annotators"));
    }

    @Test
    void basilHasNoSplits() {
        assertEquals(Parallax.EXIT_USAGE, Parallax.run("eval", "quotes", "--dataset", "basil", "--split", "dev",
                "--data-dir", tmp.toString()));
        assertEquals(Parallax.EXIT_FATAL, Parallax.run("eval", "quotes", "--dataset", "basil",
                "--data-dir", tmp.resolve("nowhere").toString()));
    }

    /** What a command printed on standard output, and its exit code. */
    private record Captured(int exit, String output) {
        JsonNode lastLineJson() throws IOException {
            String[] lines = output.strip().split("\n");
            return new ObjectMapper().readTree(lines[lines.length - 1]);
        }
    }

    private static Captured run(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            int exit = Parallax.run(args);
            return new Captured(exit, o.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }
}
