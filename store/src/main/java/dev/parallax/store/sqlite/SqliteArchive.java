package dev.parallax.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parallax.archive.Archive;
import dev.parallax.export.AnnotationJson;
import dev.parallax.export.ArticleJson;
import dev.parallax.export.ExplanationJson;
import dev.parallax.group.Placement;
import dev.parallax.identify.Fingerprint;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded default archive: one SQLite file ({@code parallax.db}) in the data directory,
 * in WAL mode. Each {@link #putAll} is one transaction, so a killed process leaves the file with
 * every committed batch and no part of the one under way. Not thread-safe: one instance per thread.
 */
public final class SqliteArchive implements Archive {
    public static final String FILE_NAME = "parallax.db";

    private final Path file;
    private final Connection connection;

    private SqliteArchive(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the archive in a data directory. */
    public static SqliteArchive open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.apply(c);
            return new SqliteArchive(file, c);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage()
                    + " (is it a Parallax store? move it aside or pass another --data directory)", e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public Set<String> putAll(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return Set.of();
        }
        for (Entry e : entries) {
            if (e.article().id() == null) {
                throw new IllegalArgumentException("article from " + e.article().source() + " has no id: identify it first");
            }
        }
        return inTransaction("store articles", () -> {
            Set<String> added = new LinkedHashSet<>();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO articles (id, source, outlet, url, title, published, duplicate_of, "
                            + "fingerprint, json, stored_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement band = connection.prepareStatement(
                         "INSERT INTO fingerprint_bands (band, value, seq) VALUES (?,?,?)")) {
                String now = Instant.now().toString();
                for (Entry e : entries) {
                    Article a = e.article();
                    insert.setString(1, a.id());
                    insert.setString(2, a.source());
                    insert.setString(3, a.outlet());
                    insert.setString(4, a.url());
                    insert.setString(5, a.title());
                    insert.setString(6, a.published() == null ? null : a.published().toString());
                    insert.setString(7, a.duplicateOf());
                    if (e.fingerprint() == null) {
                        insert.setNull(8, java.sql.Types.BLOB);
                    } else {
                        insert.setBytes(8, toBytes(e.fingerprint()));
                    }
                    insert.setString(9, ArticleJson.mapper().writeValueAsString(ArticleJson.toJson(a)));
                    insert.setString(10, now);
                    if (insert.executeUpdate() == 0) {
                        continue; // stored already
                    }
                    added.add(a.id());
                    if (e.fingerprint() != null) {
                        long seq;
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            seq = keys.getLong(1);
                        }
                        for (int i = 0; i < Fingerprint.BANDS; i++) {
                            band.setInt(1, i);
                            band.setLong(2, e.fingerprint().band(i));
                            band.setLong(3, seq);
                            band.addBatch();
                        }
                    }
                }
                band.executeBatch();
            }
            return added;
        });
    }

    /** Work inside one transaction. */
    private interface SqlWork<T> {
        T run() throws SQLException, JsonProcessingException;
    }

    /** Runs {@code work} in one transaction: committed whole, or rolled back whole and reported. */
    private <T> T inTransaction(String what, SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> existing(Collection<String> ids) {
        Set<String> found = new LinkedHashSet<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            for (String id : ids) {
                q.setString(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        found.add(id);
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> nearDuplicateOf(Fingerprint fingerprint) {
        String sql = "SELECT a.id, a.duplicate_of, a.fingerprint FROM fingerprint_bands b "
                + "JOIN articles a ON a.seq = b.seq WHERE b.band = ? AND b.value = ? ORDER BY a.seq";
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            String best = null;
            long bestSeq = Long.MAX_VALUE;
            for (int i = 0; i < Fingerprint.BANDS; i++) {
                q.setInt(1, i);
                q.setLong(2, fingerprint.band(i));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        if (fingerprint.isNear(fromBytes(rs.getBytes(3)))) {
                            String original = rs.getString(2) != null ? rs.getString(2) : rs.getString(1);
                            long seq = seqOf(original);
                            if (seq < bestSeq) {
                                bestSeq = seq;
                                best = original;
                            }
                            break;
                        }
                    }
                }
            }
            return Optional.ofNullable(best);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] toBytes(Fingerprint f) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(Fingerprint.SIZE * Integer.BYTES);
        buf.asIntBuffer().put(f.minima());
        return buf.array();
    }

    private static Fingerprint fromBytes(byte[] bytes) {
        int[] minima = new int[Fingerprint.SIZE];
        java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(minima);
        return Fingerprint.ofMinima(minima);
    }

    private long seqOf(String id) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT seq FROM articles WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
            }
        }
    }

    @Override
    public Optional<Article> get(String id) {
        List<Article> found = getAll(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public void putAnnotations(Collection<AnnotatedArticle> annotated, String annotator) {
        if (annotated.isEmpty()) {
            return;
        }
        inTransaction("store annotations", () -> {
            try (PreparedStatement put = connection.prepareStatement(
                    "INSERT OR REPLACE INTO annotations (article_id, annotator, json, stored_at) VALUES (?,?,?,?)")) {
                String now = Instant.now().toString();
                for (AnnotatedArticle a : annotated) {
                    put.setString(1, a.article().id());
                    put.setString(2, annotator);
                    put.setString(3, ArticleJson.mapper().writeValueAsString(AnnotationJson.toJson(a)));
                    put.setString(4, now);
                    put.addBatch();
                }
                put.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Map<String, AnnotatedArticle> annotations(List<String> ids, String annotator) {
        Map<String, AnnotatedArticle> out = new java.util.LinkedHashMap<>();
        String sql = "SELECT a.json, n.json FROM annotations n JOIN articles a ON a.id = n.article_id "
                + "WHERE n.article_id = ? AND n.annotator = ?";
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            for (String id : ids) {
                q.setString(1, id);
                q.setString(2, annotator);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        Article article = parse(rs.getString(1));
                        out.put(id, AnnotationJson.fromJson(article, ArticleJson.mapper().readTree(rs.getString(2))));
                    }
                }
            }
            return out;
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot read annotations from " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<GroupingState> groupingState(String grouping) {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT state, revision FROM grouping_state WHERE grouping = ?")) {
            q.setString(1, grouping);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new GroupingState(rs.getBytes(1), rs.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the grouping state from " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Placement> placements(String grouping, List<String> articleIds) {
        Map<String, Placement> out = new java.util.LinkedHashMap<>();
        String sql = "SELECT event_id, opened, date, date_estimated, explanation FROM placements "
                + "WHERE grouping = ? AND article_id = ?";
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            q.setString(1, grouping);
            for (String id : articleIds) {
                q.setString(2, id);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        String date = rs.getString(3);
                        out.put(id, new Placement(id, rs.getString(1), rs.getInt(2) != 0, null,
                                date == null ? null : LocalDate.parse(date), rs.getInt(4) != 0,
                                ExplanationJson.fromJson(ArticleJson.mapper().readTree(rs.getString(5)))));
                    }
                }
            }
            return out;
        } catch (SQLException | IOException | java.time.format.DateTimeParseException e) {
            throw new StoreException("cannot read placements from " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> eventMembers(String grouping, String eventId) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT article_id FROM placements WHERE grouping = ? AND event_id = ? ORDER BY seq")) {
            q.setString(1, grouping);
            q.setString(2, eventId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read placements from " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void putGrouping(String grouping, long basedOn, byte[] state, Collection<Placement> placements,
                            boolean replace) {
        inTransaction("store the grouping", () -> {
            long current = 0;
            try (PreparedStatement q = connection.prepareStatement(
                    "SELECT revision FROM grouping_state WHERE grouping = ?")) {
                q.setString(1, grouping);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        current = rs.getLong(1);
                    }
                }
            }
            if (current != basedOn) {
                throw new IllegalStateException("another process grouped articles into " + file + " meanwhile "
                        + "(revision " + current + ", this run started from " + basedOn + "); nothing of this run's "
                        + "grouping was saved: run it again");
            }
            if (replace) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM placements WHERE grouping = ?")) {
                    delete.setString(1, grouping);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement put = connection.prepareStatement(
                    "INSERT OR REPLACE INTO placements (grouping, article_id, event_id, opened, date, date_estimated, "
                            + "explanation) VALUES (?,?,?,?,?,?,?)")) {
                for (Placement p : placements) {
                    put.setString(1, grouping);
                    put.setString(2, p.articleId());
                    put.setString(3, p.eventId());
                    put.setInt(4, p.opened() ? 1 : 0);
                    put.setString(5, p.date() == null ? null : p.date().toString());
                    put.setInt(6, p.dateEstimated() ? 1 : 0);
                    put.setString(7, ArticleJson.mapper().writeValueAsString(ExplanationJson.toJson(p.explanation())));
                    put.addBatch();
                }
                put.executeBatch();
            }
            try (PreparedStatement save = connection.prepareStatement(
                    "INSERT OR REPLACE INTO grouping_state (grouping, state, revision, updated_at) VALUES (?,?,?,?)")) {
                save.setString(1, grouping);
                save.setBytes(2, state);
                save.setLong(3, current + 1);
                save.setString(4, Instant.now().toString());
                save.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Article> getAll(List<String> ids) {
        Map<String, Article> byId = new HashMap<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT json FROM articles WHERE id = ?")) {
            for (String id : ids) {
                q.setString(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        byId.put(id, parse(rs.getString(1)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Article> out = new ArrayList<>();
        for (String id : ids) {
            Article a = byId.get(id);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    @Override
    public List<Article> all() {
        List<Article> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT json FROM articles ORDER BY seq")) {
            while (rs.next()) {
                out.add(parse(rs.getString(1)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int size() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private Article parse(String json) {
        try {
            return ArticleJson.fromJson(ArticleJson.mapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt article record in " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
