package dev.parallax.store.sqlite;

import dev.parallax.archive.Archive;
import dev.parallax.identify.ArticleIds;
import dev.parallax.identify.Fingerprint;
import dev.parallax.model.Article;
import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;
import dev.parallax.model.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteArchiveTest {
    @TempDir
    Path dir;

    static final List<String> BODY = List.of(
            "Fishing crews in the port of Karsholm stayed ashore on Monday after the coastguard extended a storm "
                    + "warning for the whole northern coast, the third such warning in a fortnight and the longest "
                    + "stretch of lost sea days the local cooperative says it can remember.",
            "\"We have boats that have not left the harbour since the first of the month,\" said cooperative chair "
                    + "Oda Lindqvist, who asked the regional government for emergency support for the smallest crews.",
            "The coastguard said the warning would be reviewed on Wednesday morning.");

    static Archive.Entry entry(String outlet, List<String> body) {
        Article a = new Article(null, "in/" + outlet + ".txt", outlet, null, "Storm keeps boats ashore", List.of("Ana Petrova"),
                PublicationDate.parseIso("2024-03-04").orElseThrow(), "en", List.of(), body,
                List.of(new Furniture(FurnitureKind.PROMO, "Sign up for alerts")), List.of(), null);
        return new Archive.Entry(a.withIdentity(ArticleIds.idOf(a), null), Fingerprint.of(body));
    }

    @Test
    void storingTheSameArticleTwiceKeepsOne() {
        try (SqliteArchive archive = SqliteArchive.open(dir)) {
            Archive.Entry e = entry("The Courier", BODY);
            assertEquals(Set.of(e.article().id()), archive.putAll(List.of(e)));
            assertEquals(Set.of(), archive.putAll(List.of(e)));
            assertEquals(1, archive.size());
        }
    }

    @Test
    void articlesSurviveReopeningTheStoreUnchanged() {
        Archive.Entry e = entry("The Courier", BODY);
        try (SqliteArchive archive = SqliteArchive.open(dir)) {
            archive.putAll(List.of(e));
        }
        try (SqliteArchive archive = SqliteArchive.open(dir)) {
            assertEquals(Optional.of(e.article()), archive.get(e.article().id()));
            assertEquals(List.of(e.article()), archive.all());
            assertEquals(Set.of(e.article().id()), archive.existing(List.of(e.article().id(), "nope")));
        }
    }

    @Test
    void nearDuplicateLookupFindsTheEarliestCopy() {
        try (SqliteArchive archive = SqliteArchive.open(dir)) {
            Archive.Entry original = entry("The Courier", BODY);
            archive.putAll(List.of(original));
            List<String> edited = List.of(BODY.get(0), BODY.get(1).replace("smallest", "small"), BODY.get(2));
            assertEquals(Optional.of(original.article().id()), archive.nearDuplicateOf(Fingerprint.of(edited)));
            List<String> unrelated = List.of("A new library opened in the centre of Dravik on Saturday with a "
                    + "reading room for children, a café run by volunteers and a workshop where residents can borrow "
                    + "tools, after six years of fundraising by a neighbourhood association of retired teachers.");
            assertEquals(Optional.empty(), archive.nearDuplicateOf(Fingerprint.of(unrelated)));
        }
    }

    @Test
    void aBatchThatFailsHalfWayStoresNothingOfIt() throws Exception {
        try (SqliteArchive archive = SqliteArchive.open(dir)) {
            Archive.Entry good = entry("The Courier", BODY);
            Archive.Entry failing = entry("Broken Wire", BODY);
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + archive.file());
                 var s = c.createStatement()) {
                s.execute("CREATE TRIGGER simulate_failure BEFORE INSERT ON articles WHEN NEW.outlet = 'Broken Wire' "
                        + "BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");
            }
            assertThrows(StoreException.class, () -> archive.putAll(List.of(good, failing)));
            assertEquals(0, archive.size());
            assertEquals(Optional.empty(), archive.nearDuplicateOf(Fingerprint.of(BODY)));
            archive.putAll(List.of(good));
            assertEquals(1, archive.size());
        }
    }

    @Test
    void anArticleWithoutIdIsACallerMistake() {
        try (SqliteArchive archive = SqliteArchive.open(dir)) {
            Archive.Entry noId = new Archive.Entry(entry("The Courier", BODY).article().withIdentity(null, null), null);
            assertThrows(IllegalArgumentException.class, () -> archive.putAll(List.of(noId)));
        }
    }

    @Test
    void aFileThatIsNotAStoreGetsAClearError() throws Exception {
        Files.writeString(dir.resolve(SqliteArchive.FILE_NAME), "this is not a database, just some notes\n".repeat(200));
        StoreException e = assertThrows(StoreException.class, () -> SqliteArchive.open(dir));
        assertTrue(e.getMessage().contains(SqliteArchive.FILE_NAME), e.getMessage());
        assertTrue(e.getMessage().contains("--data"), e.getMessage());
    }

    @Test
    void annotationsAreKeptPerAnnotatorVersion() {
        try (SqliteArchive archive = SqliteArchive.open(dir)) {
            Archive.Entry e = entry("The Courier", BODY);
            archive.putAll(List.of(e));
            Article a = e.article();
            var annotated = new dev.parallax.model.AnnotatedArticle(a,
                    List.of(new dev.parallax.model.Mention("Oda Lindqvist", dev.parallax.model.EntityType.PERSON,
                            new dev.parallax.model.Span(1, 93, 106), "cooperative chair")),
                    List.of(new dev.parallax.model.Quote(a.id() + "-q1", a.id(),
                            "We have boats that have not left the harbour since the first of the month",
                            "Oda Lindqvist", "cooperative chair", "said", true, new dev.parallax.model.Span(1, 1, 75))),
                    List.of(new dev.parallax.model.TimeExpression(a.id(), "on Monday", "DATE", "2024-03-04",
                            new dev.parallax.model.Span(0, 55, 64))));
            archive.putAnnotations(List.of(annotated), "understand-1");
            assertEquals(annotated, archive.annotations(List.of(a.id()), "understand-1").get(a.id()));
            assertTrue(archive.annotations(List.of(a.id()), "understand-2").isEmpty());
        }
    }

    private static dev.parallax.group.Placement placement(String article, String event, java.time.LocalDate date,
                                                          boolean estimated) {
        return new dev.parallax.group.Placement(article, event, true, null, date, estimated,
                new dev.parallax.group.Explanation(0.42, 0.5, 0.25, List.of("person:oda lindqvist"),
                        List.of("coastguard", "warning"), "e1"));
    }

    @Test
    void groupingStateAndPlacementsSurviveReopeningAndAReclusterReplacesThem() {
        Archive.Entry courier = entry("The Courier", BODY);
        Archive.Entry herald = entry("The Herald", List.of(BODY.get(1), BODY.get(0)));
        var first = placement(courier.article().id(), "e1", java.time.LocalDate.of(2024, 3, 4), false);
        var second = placement(herald.article().id(), "e1", java.time.LocalDate.of(2024, 3, 5), true);
        try (SqliteArchive archive = SqliteArchive.open(dir)) {
            archive.putAll(List.of(courier, herald));
            assertTrue(archive.groupingState("g").isEmpty());
            archive.putGrouping("g", 0, new byte[] {1, 2, 3}, List.of(first), false);
            archive.putGrouping("g", 1, new byte[] {4, 5}, List.of(second), false);
            IllegalStateException race = assertThrows(IllegalStateException.class,
                    () -> archive.putGrouping("g", 1, new byte[] {9}, List.of(), false));
            assertTrue(race.getMessage().contains("another process"), race.getMessage());
        }
        try (SqliteArchive archive = SqliteArchive.open(dir)) {
            assertEquals(List.of(4, 5), toList(archive.groupingState("g").orElseThrow().state()));
            assertTrue(archive.groupingState("other").isEmpty());
            List<String> ids = List.of(courier.article().id(), herald.article().id(), "unknown");
            assertEquals(java.util.Map.of(first.articleId(), first, second.articleId(), second),
                    archive.placements("g", ids));
            assertTrue(archive.placements("other", ids).isEmpty());
            assertEquals(List.of(first.articleId(), second.articleId()), archive.eventMembers("g", "e1"));

            var moved = placement(herald.article().id(), "e2", null, false);
            assertEquals(2, archive.groupingState("g").orElseThrow().revision());
            archive.putGrouping("g", 2, new byte[] {6}, List.of(moved), true);
            assertEquals(java.util.Map.of(moved.articleId(), moved), archive.placements("g", ids));
            assertEquals(List.of(), archive.eventMembers("g", "e1"));
        }
    }

    @Test
    void aGroupingThatFailsToStoreLeavesThePreviousStateWhole() {
        Archive.Entry courier = entry("The Courier", BODY);
        var good = placement(courier.article().id(), "e1", null, false);
        var unknownArticle = placement("not-stored", "e2", null, false);
        try (SqliteArchive archive = SqliteArchive.open(dir)) {
            archive.putAll(List.of(courier));
            archive.putGrouping("g", 0, new byte[] {1}, List.of(good), false);
            assertThrows(StoreException.class,
                    () -> archive.putGrouping("g", 1, new byte[] {2}, List.of(unknownArticle), true));
            assertEquals(List.of(1), toList(archive.groupingState("g").orElseThrow().state()));
            assertEquals(List.of(good.articleId()), archive.eventMembers("g", "e1"));
        }
    }

    @Test
    void aStoreMadeBeforeGroupingWasKeptIsUpgradedInPlace() throws Exception {
        Archive.Entry courier = entry("The Courier", BODY);
        try (SqliteArchive archive = SqliteArchive.open(dir)) {
            archive.putAll(List.of(courier));
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteArchive.FILE_NAME));
             var s = c.createStatement()) {
            s.execute("DROP TABLE placements");
            s.execute("DROP TABLE grouping_state");
            s.execute("UPDATE schema_version SET version = 2");
        }
        try (SqliteArchive archive = SqliteArchive.open(dir)) {
            assertEquals(Optional.of(courier.article()), archive.get(courier.article().id()));
            archive.putGrouping("g", 0, new byte[] {1}, List.of(placement(courier.article().id(), "e1", null, false)), false);
            assertEquals(List.of(courier.article().id()), archive.eventMembers("g", "e1"));
        }
    }

    private static List<Integer> toList(byte[] bytes) {
        List<Integer> out = new java.util.ArrayList<>();
        for (byte b : bytes) {
            out.add((int) b);
        }
        return out;
    }
}
