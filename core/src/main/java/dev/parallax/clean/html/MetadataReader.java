package dev.parallax.clean.html;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.model.PublicationDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link PageMetadata} from a parsed page, before any pruning: JSON-LD article objects first
 * (also inside {@code @graph} and arrays; broken JSON is read leniently or skipped), then OpenGraph,
 * then {@code <meta>} tags (author, date, Dublin Core, Parse.ly, Sailthru), then {@code <time datetime>},
 * {@code <html lang>} and {@code <link rel=canonical>}. Never changes the document; never throws on
 * bad markup. Thread-safe.
 */
final class MetadataReader {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle", "posting",
            "webpage", "creativework", "newsmediaarticle");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_MISSING_VALUES)
            .build();
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-]\\d\\d)(\\d\\d)$");
    private static final Pattern LOOKS_LIKE_URL = Pattern.compile("(?i)^(https?:)?//|^www\\.");

    PageMetadata read(Document page) {
        List<Element> scripts = new ArrayList<>();
        List<Element> metaElements = new ArrayList<>();
        Element[] canonicalLink = {null};
        NodeTraversor.traverse((node, depth) -> { // one pass over the page for all three kinds of element
            if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "script" -> scripts.add(e);
                    case "meta" -> {
                        if (e.hasAttr("content")) {
                            metaElements.add(e);
                        }
                    }
                    case "link" -> {
                        if (canonicalLink[0] == null && e.attr("rel").equalsIgnoreCase("canonical")
                                && e.hasAttr("href")) {
                            canonicalLink[0] = e;
                        }
                    }
                    default -> {
                    }
                }
            }
        }, page);
        JsonLdArticle ld = readJsonLd(scripts);
        Map<String, String> meta = metaTags(metaElements);

        String title = first(ld.headline, meta.get("og:title"), meta.get("twitter:title"), meta.get("dc.title"),
                meta.get("parsely-title"), meta.get("sailthru.title"));
        List<String> authors = new ArrayList<>(ld.authors);
        if (authors.isEmpty()) {
            for (String key : List.of("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                    "byl", "dcterms.creator", "cxenseparse:author")) {
                String v = meta.get(key);
                if (v != null && !LOOKS_LIKE_URL.matcher(v).find()) {
                    authors.addAll(splitNames(v.replaceFirst("(?i)^(by|von)\\s+", "")));
                    break;
                }
            }
        }
        PublicationDate published = ld.published;
        if (published == null) {
            for (String key : List.of("article:published_time", "og:article:published_time", "datepublished",
                    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "date",
                    "pubdate", "publishdate", "publish-date", "article.published", "published_time", "dcterms.date",
                    "og:published_time", "cxenseparse:recs:publishtime")) {
                Optional<PublicationDate> d = parseDate(meta.get(key));
                if (d.isPresent()) {
                    published = d.get();
                    break;
                }
            }
        }
        if (published == null) {
            for (Element time : page.select("time[datetime], [itemprop=datePublished]")) {
                String v = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
                Optional<PublicationDate> d = parseDate(v);
                if (d.isPresent()) {
                    published = d.get();
                    break;
                }
            }
        }
        String siteName = first(meta.get("og:site_name"), ld.publisher, meta.get("application-name"));
        Element canonical = canonicalLink[0];
        String url = first(canonical == null ? null : canonical.absUrl("href").isEmpty()
                ? canonical.attr("href") : canonical.absUrl("href"), meta.get("og:url"), ld.url);
        String language = languageCode(first(ld.language, page.selectFirst("html") == null ? null
                : page.selectFirst("html").attr("lang"), meta.get("content-language"), meta.get("dc.language"),
                meta.get("og:locale")));
        return new PageMetadata(clean(title), dedupe(authors), published, clean(siteName), clean(url), language,
                ld.articleBody);
    }

    private static Map<String, String> metaTags(List<Element> metaElements) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : metaElements) {
            String key = m.hasAttr("property") ? m.attr("property")
                    : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
            String value = m.attr("content").strip();
            if (!key.isEmpty() && !value.isEmpty()) {
                meta.putIfAbsent(key.toLowerCase(Locale.ROOT).strip(), value);
            }
        }
        return meta;
    }

    /** The fields of the best JSON-LD article object on the page. */
    private static final class JsonLdArticle {
        String headline;
        List<String> authors = new ArrayList<>();
        PublicationDate published;
        String publisher;
        String url;
        String language;
        String articleBody;
        int rank = Integer.MAX_VALUE;
    }

    private static JsonLdArticle readJsonLd(List<Element> scripts) {
        JsonLdArticle best = new JsonLdArticle();
        for (Element script : scripts) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            JsonNode root = parseLeniently(script.data());
            if (root != null) {
                visit(root, best, 0);
            }
        }
        return best;
    }

    private static JsonNode parseLeniently(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(s);
        } catch (JacksonException first) {
            String repaired = s.replace("<!--", "").replace("-->", "").replace("//<![CDATA[", "")
                    .replace("//]]>", "").replace("<![CDATA[", "").replace("]]>", "").strip();
            if (repaired.endsWith(";")) {
                repaired = repaired.substring(0, repaired.length() - 1);
            }
            try {
                return JSON.readTree(repaired);
            } catch (JacksonException second) {
                return null; // broken JSON-LD: the page's other metadata still counts
            }
        }
    }

    private static void visit(JsonNode node, JsonLdArticle best, int depth) {
        if (depth > 8 || node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                visit(n, best, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        int rank = articleRank(node.get("@type"));
        if (rank < best.rank) {
            take(node, best, rank);
        }
        visit(node.get("@graph"), best, depth + 1);
        JsonNode main = node.get("mainEntity");
        if (main != null && main.isContainerNode()) {
            visit(main, best, depth + 1);
        }
    }

    /** 0 for news article types, 1 for other articles and postings, 2 for pages; MAX_VALUE for the rest. */
    private static int articleRank(JsonNode type) {
        int rank = Integer.MAX_VALUE;
        if (type == null) {
            return rank;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        for (String t : types) {
            String k = t.toLowerCase(Locale.ROOT).replaceFirst("^.*[/#:]", "");
            if (!ARTICLE_TYPES.contains(k)) {
                continue;
            }
            int r = k.contains("news") || k.equals("blogposting") || k.equals("liveblogposting") ? 0
                    : k.equals("webpage") || k.equals("creativework") ? 2 : 1;
            rank = Math.min(rank, r);
        }
        return rank;
    }

    private static void take(JsonNode o, JsonLdArticle best, int rank) {
        String headline = first(text(o.get("headline")), text(o.get("name")));
        if (rank == 2 && headline == null) {
            return;
        }
        best.rank = rank;
        best.headline = headline;
        best.authors = new ArrayList<>();
        collectNames(o.get("author"), best.authors, 0);
        if (best.authors.isEmpty()) {
            collectNames(o.get("creator"), best.authors, 0);
        }
        best.published = first(parseDate(text(o.get("datePublished"))), parseDate(text(o.get("dateCreated"))),
                parseDate(text(o.get("uploadDate"))));
        JsonNode publisher = o.get("publisher");
        if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
            publisher = publisher.get(0);
        }
        best.publisher = publisher == null ? null : publisher.isObject() ? text(publisher.get("name")) : text(publisher);
        JsonNode page = o.get("mainEntityOfPage");
        best.url = first(text(o.get("url")), page != null && page.isObject() ? text(page.get("@id")) : text(page));
        JsonNode lang = o.get("inLanguage");
        best.language = lang != null && lang.isObject() ? text(lang.get("name")) : text(lang);
        best.articleBody = text(o.get("articleBody"));
    }

    private static void collectNames(JsonNode node, List<String> out, int depth) {
        if (node == null || depth > 3) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectNames(n, out, depth + 1));
        } else if (node.isObject()) {
            String name = text(node.get("name"));
            if (name == null) {
                name = first(text(node.get("givenName")) == null ? null
                        : (text(node.get("givenName")) + " " + (text(node.get("familyName")) == null ? ""
                        : text(node.get("familyName")))).strip());
            }
            if (name != null && !LOOKS_LIKE_URL.matcher(name).find()) {
                out.addAll(splitNames(name));
            }
        } else if (node.isTextual() && !LOOKS_LIKE_URL.matcher(node.asText()).find()) {
            out.addAll(splitNames(node.asText()));
        }
    }

    /** Splits "Ann Lee and Bo Chen" or "Ann Lee, Bo Chen" into names. */
    static List<String> splitNames(String text) {
        List<String> names = new ArrayList<>();
        for (String part : text.split("\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b)\\s*")) {
            String n = part.strip();
            if (n.length() > 1 && n.length() < 80) {
                names.add(n);
            }
        }
        return names;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * Parses ISO-8601 dates as pages write them: space for T, {@code +0000} offsets, fractions. Placeholders
     * ({@code 0001-01-01T00:00:00Z}, the Unix epoch) read as no date, so the next source is tried.
     */
    static Optional<PublicationDate> parseDate(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.length() < 8 || s.length() > 40 || !Character.isDigit(s.charAt(0))) {
            return Optional.empty();
        }
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + "T" + s.substring(11).strip();
        }
        s = s.replace(" ", "");
        Matcher m = NUMERIC_OFFSET.matcher(s);
        if (s.length() > 16 && m.find()) {
            s = s.substring(0, m.start()) + m.group(1) + ":" + m.group(2);
        }
        return PublicationDate.parseIso(s).filter(PublicationDate::isPlausible);
    }

    static String languageCode(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        int cut = s.indexOf('-') >= 0 ? s.indexOf('-') : s.indexOf('_');
        if (cut > 0) {
            s = s.substring(0, cut);
        }
        if (s.length() == 2 && Character.isLetter(s.charAt(0)) && Character.isLetter(s.charAt(1))) {
            return s;
        }
        return switch (s) {
            case "english" -> "en";
            case "german", "deutsch" -> "de";
            case "french", "français" -> "fr";
            case "spanish", "español" -> "es";
            default -> null;
        };
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return v;
            }
        }
        return null;
    }

    private static PublicationDate first(Optional<PublicationDate> a, Optional<PublicationDate> b,
                                         Optional<PublicationDate> c) {
        return a.or(() -> b).or(() -> c).orElse(null);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static List<String> dedupe(List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        for (String n : names) {
            String c = clean(n);
            if (c != null && seen.size() < 10) {
                seen.add(c);
            }
        }
        return List.copyOf(seen);
    }
}
