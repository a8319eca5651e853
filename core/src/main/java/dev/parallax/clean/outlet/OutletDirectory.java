package dev.parallax.clean.outlet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Known news domains and their outlet names, read from the maintained data file
 * {@code news-domains.tsv} (one {@code domain<TAB>Outlet name} a line). A URL's host matches
 * its registered domain or any subdomain of it ({@code edition.cnn.com} → CNN). Unknown
 * domains stay unknown: the directory never guesses from a host name.
 * Thread-safe and immutable.
 */
public final class OutletDirectory {
    private static final String RESOURCE = "news-domains.tsv";
    private static volatile OutletDirectory builtIn;

    private final Map<String, String> byDomain;
    private final List<String> names;
    /** {@link #names} without a leading "the", same order (so {@link #canonicalName} compiles no pattern per call). */
    private final List<String> bareNames;

    public OutletDirectory(Map<String, String> byDomain) {
        Map<String, String> copy = new HashMap<>();
        byDomain.forEach((d, n) -> copy.put(d.toLowerCase(Locale.ROOT), n));
        this.byDomain = Collections.unmodifiableMap(copy);
        List<String> all = new ArrayList<>(copy.values().stream().distinct().toList());
        all.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.names = List.copyOf(all);
        this.bareNames = names.stream().map(n -> n.replaceFirst("(?i)^the\\s+", "")).toList();
    }

    /** The directory of the data file shipped with Parallax. */
    public static OutletDirectory builtIn() {
        OutletDirectory d = builtIn;
        if (d == null) {
            try (InputStream in = OutletDirectory.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                d = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtIn = d;
        }
        return d;
    }

    /** Parses the TSV format: {@code domain<TAB>name}; blank lines and {@code #} comments skipped. */
    public static OutletDirectory parse(InputStream in) throws IOException {
        Map<String, String> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\t");
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new IOException(RESOURCE + " line " + n + ": expected 'domain<TAB>name': " + line);
                }
                map.put(parts[0].strip(), parts[1].strip());
            }
        }
        return new OutletDirectory(map);
    }

    /** The outlet of a URL's host, or of one of its parent domains. */
    public Optional<String> forUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String host;
        try {
            host = new URI(url.strip().replace(" ", "%20")).getHost();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return forHost(host);
    }

    public Optional<String> forHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        while (true) {
            String name = byDomain.get(h);
            if (name != null) {
                return Optional.of(name);
            }
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
                return Optional.empty();
            }
            h = h.substring(dot + 1);
        }
    }

    /**
     * The canonical name of an outlet as written in text ("the guardian", "Reuters"),
     * when it is a known outlet's name; case-insensitive.
     */
    public Optional<String> canonicalName(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String w = written.strip().replaceFirst("(?i)^the\\s+", "");
        for (int i = 0; i < names.size(); i++) {
            if (bareNames.get(i).equalsIgnoreCase(w)) {
                return Optional.of(names.get(i));
            }
        }
        return Optional.empty();
    }

    /** Known outlet names, longest first (for finding names inside text). */
    public List<String> names() {
        return names;
    }
}
