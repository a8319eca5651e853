package dev.parallax.identify;

import dev.parallax.model.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article identifiers: the first 16 hex digits of a SHA-256 over the normalised body and
 * the article's URL (or, without one, its outlet). The same content read twice (or read by a
 * cluster job and a local run) gets the same id; a syndicated copy at another outlet gets its own.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    public static String idOf(Article article) {
        StringBuilder key = new StringBuilder();
        key.append(article.url() != null ? normaliseUrl(article.url())
                : article.outlet() != null ? "outlet:" + article.outlet() : "");
        key.append('\n').append(article.title() == null ? "" : String.join(" ", Fingerprint.words(article.title())));
        key.append('\n').append(String.join(" ", Fingerprint.words(String.join(" ", article.body()))));
        return sha256Hex(key.toString()).substring(0, 16);
    }

    /** A URL without scheme, leading {@code www.}, fragment and trailing slash, lower-cased host. */
    static String normaliseUrl(String url) {
        String u = url.trim();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        u = u.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
        int slash = u.indexOf('/');
        String host = slash < 0 ? u : u.substring(0, slash);
        String path = slash < 0 ? "" : u.substring(slash);
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host.toLowerCase(java.util.Locale.ROOT) + path;
    }

    private static String sha256Hex(String s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
