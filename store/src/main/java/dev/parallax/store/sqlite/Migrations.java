package dev.parallax.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Applies the numbered schema scripts ({@code V1__articles.sql}, …) that a database has not had
 * yet, each in its own transaction, and records the version reached in {@code schema_version}.
 *
 * <p>Written by hand rather than with Flyway: recent Flyway releases moved SQLite support out of
 * the core artefact, and the store needs only forward-only numbered scripts.
 */
final class Migrations {
    /** The scripts in order; the position + 1 is the version. Append, never edit. */
    static final List<String> SCRIPTS = List.of("V1__articles.sql", "V2__annotations.sql", "V3__grouping.sql");

    private Migrations() {
    }

    static void apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        }
        int current = currentVersion(c);
        if (current > SCRIPTS.size()) {
            throw new SQLException("the store's schema version " + current + " is newer than this Parallax ("
                    + SCRIPTS.size() + "): upgrade Parallax to open it");
        }
        for (int v = current + 1; v <= SCRIPTS.size(); v++) {
            String sql = read(SCRIPTS.get(v - 1));
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String stmt : sql.split(";\\s*(\\n|$)")) {
                    String body = stmt.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                    if (!body.isEmpty()) {
                        s.execute(body);
                    }
                }
                s.execute("DELETE FROM schema_version");
                s.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("schema migration " + SCRIPTS.get(v - 1) + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("missing schema script " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
