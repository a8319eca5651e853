package dev.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the real {@code parallax ingest} process, kills it (SIGKILL) while it is storing, and checks
 * the store: intact, every stored article whole, and a second run completes the batch without duplicates.
 */
class IngestKillTest {
    static final int ARTICLES = 3000;

    @TempDir
    Path tmp;

    Process startIngest(Path in, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Parallax.class.getName(), "ingest", in.toString(), "--data", data.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("ingest.log").toFile())
                .start();
    }

    static int count(Path data) throws Exception {
        Path db = data.resolve("parallax.db");
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0; // schema not created yet
        }
    }

    @Test
    void killingIngestMidBatchLosesNothingCommittedAndARestartCompletesIt() throws Exception {
        Path in = tmp.resolve("in");
        Path data = tmp.resolve("data");
        Fixtures.writeManyArticles(in, ARTICLES, 42);

        Process first = startIngest(in, data);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int seen = 0;
        while (first.isAlive() && seen < 50 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            seen = count(data);
        }
        assertTrue(first.isAlive(), "ingest finished before it could be killed: " + Files.readString(tmp.resolve("ingest.log")));
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        int afterKill = count(data);
        assertTrue(afterKill > 0 && afterKill < ARTICLES, "stored after kill: " + afterKill);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("parallax.db"));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT json FROM articles")) {
                while (rs.next()) {
                    var article = dev.parallax.export.ArticleJson.fromJson(
                            dev.parallax.export.ArticleJson.mapper().readTree(rs.getString(1)));
                    assertEquals(3, article.body().size(), "a half-written article: " + article.id());
                }
            }
        }

        Process second = startIngest(in, data);
        assertTrue(second.waitFor(300, TimeUnit.SECONDS), "restarted ingest did not finish");
        assertEquals(0, second.exitValue(), Files.readString(tmp.resolve("ingest.log")));
        assertEquals(ARTICLES, count(data));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("parallax.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT id), COUNT(DISTINCT source) FROM articles")) {
            rs.next();
            assertEquals(List.of(ARTICLES, ARTICLES), List.of(rs.getInt(1), rs.getInt(2)));
        }
    }
}
