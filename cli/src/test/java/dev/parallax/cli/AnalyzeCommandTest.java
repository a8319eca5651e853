package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyzeCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    Path inputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("courier.txt"), Fixtures.COURIER, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("post.txt"), Fixtures.POST, StandardCharsets.UTF_8);
        return in;
    }

    static JsonSchema schema() throws Exception {
        Path file = Path.of("..", "docs", "export.schema.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(file.toFile()));
    }

    JsonNode analyze(Path in, Path out, int expectedExit) throws Exception {
        int code = Parallax.run("analyze", in.toString(), "--no-nlp", "--data", tmp.resolve("data").toString(),
                "--out", out.toString());
        assertEquals(expectedExit, code);
        return JSON.readTree(out.toFile());
    }

    @Test
    void analyzeWritesAnExportThatFollowsTheSchema() throws Exception {
        JsonNode export = analyze(inputs(), tmp.resolve("out.json"), Parallax.EXIT_OK);
        Set<ValidationMessage> errors = schema().validate(export);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(2, export.get("articles").size());
        JsonNode courier = export.get("articles").get(0);
        assertEquals("Vesterholm Courier", courier.get("outlet").asText());
        assertEquals("2024-05-03", courier.get("published").asText());
        assertEquals("Harbour bridge closed to lorries after engineers find corrosion", courier.get("title").asText());
        assertEquals(3, courier.get("body").size());
    }

    @Test
    void analyzeWithLanguageModelsExportsWhoSaidWhatEntitiesTimesAndOneEvent() throws Exception {
        Path out = tmp.resolve("full.json");
        assertEquals(Parallax.EXIT_OK, Parallax.run("analyze", inputs().toString(), "--workers", "1",
                "--data", tmp.resolve("data").toString(), "--out", out.toString()));
        JsonNode export = JSON.readTree(out.toFile());
        Set<ValidationMessage> errors = schema().validate(export);
        assertTrue(errors.isEmpty(), errors.toString());
        List<String> speakers = new ArrayList<>();
        export.get("quotes").forEach(q -> speakers.add(q.get("speakerName").asText()));
        assertTrue(speakers.contains("Mirela Dastan"), speakers.toString());
        JsonNode dastan = null;
        for (JsonNode e : export.get("entities")) {
            if (e.get("name").asText().equals("Mirela Dastan")) {
                dastan = e;
            }
        }
        assertTrue(dastan != null, export.get("entities").toString());
        for (JsonNode q : export.get("quotes")) {
            if (q.get("speakerName").asText().equals("Mirela Dastan")) {
                assertEquals(dastan.get("id").asText(), q.get("speaker").asText());
            }
        }
        boolean thursday = false;
        for (JsonNode t : export.get("timeExpressions")) {
            thursday |= t.get("text").asText().contains("Thursday") && t.get("value").asText().equals("2024-05-02");
        }
        assertTrue(thursday, export.get("timeExpressions").toString());
        assertEquals(1, export.get("events").size(), export.get("events").toString());
        assertEquals(2, export.get("events").get(0).get("articles").size());
    }

    @Test
    void anUndatedArticleTakesTheEstimatedDateOfTheEventItJoins() throws Exception {
        Path in = inputs();
        Files.writeString(in.resolve("undated.txt"), """
                Vesterholm bridge closure: hauliers count the cost of the lorry detour

                Hauliers in Vesterholm say the closure of the old harbour bridge to lorries, voted by the \
                regional council after engineers found corrosion in its main supports, adds almost twenty \
                kilometres to every trip through the villages to the north.

                Council leader Mirela Dastan has said that nobody wants trucks rolling past the school gates, \
                but that nobody wants a bridge in the river either. The transport association called the \
                closure rushed.
                """, StandardCharsets.UTF_8);
        JsonNode export = analyze(in, tmp.resolve("out.json"), Parallax.EXIT_OK);
        JsonNode undated = null;
        for (JsonNode a : export.get("articles")) {
            if (a.get("source").asText().endsWith("undated.txt")) {
                undated = a;
            }
        }
        assertTrue(undated != null);
        assertTrue(undated.get("publishedEstimated").asBoolean(), undated.toString());
        assertEquals("2024-05-03", undated.get("published").asText());
        JsonNode event = null;
        for (JsonNode e : export.get("events")) {
            for (JsonNode id : e.get("articles")) {
                if (id.asText().equals(undated.get("id").asText())) {
                    event = e;
                }
            }
        }
        assertTrue(event != null && event.get("articles").size() >= 2, export.get("events").toString());
        assertTrue(event.get("explanations").size() == event.get("articles").size());
    }

    @Test
    void reAnalyzingTheSameInputsStoresNothingTwice() throws Exception {
        Path in = inputs();
        JsonNode first = analyze(in, tmp.resolve("a.json"), Parallax.EXIT_OK);
        JsonNode second = analyze(in, tmp.resolve("b.json"), Parallax.EXIT_OK);
        assertEquals(ids(first), ids(second));
        try (var archive = dev.parallax.store.sqlite.SqliteArchive.open(tmp.resolve("data"))) {
            assertEquals(2, archive.size());
        }
    }

    @Test
    void oneBadFileIsReportedAndTheRestOfTheBatchGoesOn() throws Exception {
        Path in = inputs();
        Files.write(in.resolve("empty.txt"), new byte[0]);
        JsonNode export = analyze(in, tmp.resolve("out.json"), Parallax.EXIT_SOME_FAILED);
        assertEquals(2, export.get("articles").size());
        assertEquals(1, export.get("problems").size());
        assertEquals("empty", export.get("problems").get(0).get("reason").asText());
        assertTrue(export.get("problems").get(0).get("source").asText().endsWith("empty.txt"));
    }

    @Test
    void aBatchWithNothingUsableExitsWithThree() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("bad"));
        Files.write(in.resolve("junk.bin"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        analyze(in, tmp.resolve("out.json"), Parallax.EXIT_FATAL);
    }

    @Test
    void markdownReportShowsTitlesAndOutlets() throws Exception {
        Path out = tmp.resolve("report.md");
        assertEquals(0, Parallax.run("analyze", inputs().toString(), "--no-nlp", "--data", tmp.resolve("data").toString(),
                "--out", out.toString()));
        String md = Files.readString(out);
        assertTrue(md.startsWith("# Parallax report"), md);
        assertTrue(md.contains("### Lorries diverted as Vesterholm shuts ageing bridge"), md);
        assertTrue(md.contains("**Outlet**: Northern Post"), md);
        assertTrue(md.contains("  - grouped on: ") && md.contains("terms "), md);
    }

    @Test
    void aMissingInputPathIsAProblemNotACrash() throws Exception {
        JsonNode export = analyze(tmp.resolve("does-not-exist"), tmp.resolve("out.json"), Parallax.EXIT_FATAL);
        assertEquals("missing", export.get("problems").get(0).get("reason").asText());
    }

    static final String FERRY = """
            Ferry crews on the Lindmark crossing walk out over rosters

            LINDMARK, 14 May 2024 - Crews of the two ferries on the Lindmark crossing stopped work at dawn on \
            Tuesday in a dispute over night-shift rosters, leaving island commuters to queue for a replacement bus.

            The union said the walkout would last until the operator withdrew the new rosters.
            """;

    JsonNode analyzeFile(String name, String text, String out) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("run-" + name));
        Files.writeString(in.resolve(name), text, StandardCharsets.UTF_8);
        return analyze(in, tmp.resolve(out), Parallax.EXIT_OK);
    }

    static JsonNode eventOf(JsonNode export, String articleId) {
        for (JsonNode e : export.get("events")) {
            for (JsonNode id : e.get("articles")) {
                if (id.asText().equals(articleId)) {
                    return e;
                }
            }
        }
        return null;
    }

    @Test
    void aLaterRunJoinsTheEventStoredByAnEarlierOneAndReportsTheWholeStory() throws Exception {
        JsonNode first = analyzeFile("courier.txt", Fixtures.COURIER, "first.json");
        String courierId = ids(first).get(0);
        String eventId = eventOf(first, courierId).get("id").asText();

        JsonNode second = analyzeFile("post.txt", Fixtures.POST, "second.json");
        assertTrue(schema().validate(second).isEmpty(), schema().validate(second).toString());
        String postId = ids(second).get(0);
        assertEquals(List.of(postId, courierId), ids(second), "the input's article first, then the stored one");
        JsonNode event = eventOf(second, postId);
        assertEquals(eventId, event.get("id").asText());
        assertEquals(List.of(courierId, postId), texts(event.get("articles")));
        JsonNode joined = event.get("explanations").get(1);
        assertEquals(postId, joined.get("article").asText());
        assertTrue(joined.get("sharedStatements").isArray(), joined.toString());
        assertTrue(!joined.get("opened").asBoolean() && joined.get("sharedTerms").size() > 0, joined.toString());

        JsonNode third = analyzeFile("ferry.txt", FERRY, "third.json");
        assertEquals(1, ids(third).size(), "an unrelated story does not pull in the bridge articles");
        assertTrue(!third.get("events").get(0).get("id").asText().equals(eventId));

        JsonNode again = analyzeFile("post.txt", Fixtures.POST, "again.json");
        assertEquals(eventId, eventOf(again, postId).get("id").asText(), "placed once, kept on re-analysis");
        assertEquals(2, eventOf(again, postId).get("articles").size());
    }

    @Test
    void reclusterRegroupsTheWholeStoreAndLaterRunsGoOnFromIt() throws Exception {
        analyzeFile("courier.txt", Fixtures.COURIER, "first.json");
        analyzeFile("ferry.txt", FERRY, "ferry.json");
        Path out = tmp.resolve("archive.json");
        assertEquals(Parallax.EXIT_OK, Parallax.run("recluster", "--no-nlp", "--data", tmp.resolve("data").toString(),
                "--out", out.toString()));
        JsonNode archive = JSON.readTree(out.toFile());
        assertTrue(schema().validate(archive).isEmpty(), schema().validate(archive).toString());
        assertEquals(2, archive.get("articles").size());
        assertEquals(2, archive.get("events").size());

        JsonNode later = analyzeFile("post.txt", Fixtures.POST, "later.json");
        String postId = ids(later).get(0);
        JsonNode event = eventOf(later, postId);
        assertEquals(2, event.get("articles").size(), later.get("events").toString());
    }

    @Test
    void aDamagedGroupingStopsAnalyzeWithoutLosingArticlesAndReclusterRepairsIt() throws Exception {
        analyzeFile("courier.txt", Fixtures.COURIER, "first.json");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + tmp.resolve("data").resolve(dev.parallax.store.sqlite.SqliteArchive.FILE_NAME));
             var s = c.createStatement()) {
            s.executeUpdate("UPDATE grouping_state SET state = x'00010203'");
        }
        Path in = Files.createDirectories(tmp.resolve("run-post"));
        Files.writeString(in.resolve("post.txt"), Fixtures.POST, StandardCharsets.UTF_8);
        assertEquals(Parallax.EXIT_FATAL, Parallax.run("analyze", in.toString(), "--no-nlp", "--data",
                tmp.resolve("data").toString(), "--out", tmp.resolve("failed.json").toString()));
        try (var archive = dev.parallax.store.sqlite.SqliteArchive.open(tmp.resolve("data"))) {
            assertEquals(2, archive.size(), "both articles stay stored");
        }

        assertEquals(Parallax.EXIT_OK, Parallax.run("recluster", "--no-nlp", "--data", tmp.resolve("data").toString()));
        JsonNode after = analyze(in, tmp.resolve("after.json"), Parallax.EXIT_OK);
        assertEquals(2, eventOf(after, ids(after).get(0)).get("articles").size());
    }

    @Test
    void reclusterOnAnEmptyStoreSaysSoAndExitsWithThree() {
        assertEquals(Parallax.EXIT_FATAL, Parallax.run("recluster", "--no-nlp", "--data", tmp.resolve("empty").toString()));
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<String> ids(JsonNode export) {
        List<String> ids = new ArrayList<>();
        export.get("articles").forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }
}
