package dev.parallax.clean.html;

import dev.parallax.clean.CleanResult;
import dev.parallax.clean.Cleaner;
import dev.parallax.clean.outlet.OutletDirectory;
import dev.parallax.clean.text.BylineParser;
import dev.parallax.clean.text.PrintedDates;
import dev.parallax.model.Article;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the article from an HTML page, in one jsoup parse:
 * <ol>
 *   <li>metadata first ({@link MetadataReader}: JSON-LD, OpenGraph, meta tags, time, lang, canonical);</li>
 *   <li>furniture pruned and typed ({@link PageCleaner} with {@link BoilerplateRules}; comments read by
 *       {@link CommentReader});</li>
 *   <li>the article's container picked by paragraph text against other text and links ({@link ContentPicker});</li>
 *   <li>its blocks turned into body paragraphs, furniture inside it typed too ({@link BodyCollector}).</li>
 * </ol>
 * What the document's hints say wins over what the page says. The outlet comes from the hints, then the
 * {@link OutletDirectory} for the page's URL, then the name the page gives itself; never from a bare host.
 * A page with no article text is rejected as {@code no-article}. Thread-safe.
 */
public final class HtmlExtractor implements Cleaner {
    /** Below this many non-space characters of body a page holds no article. */
    static final int MIN_BODY_CHARS = 100;

    /** A heading longer than this at the end of the body is a paragraph set in a heading tag, not a heading. */
    private static final int MAX_TRAILING_HEADING = 100;

    private static final Set<String> NON_CONTENT = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "link", "meta", "head");

    private final OutletDirectory outlets;
    private final MetadataReader metadata = new MetadataReader();

    public HtmlExtractor(OutletDirectory outlets) {
        this.outlets = Objects.requireNonNull(outlets, "outlets");
    }

    @Override
    public CleanResult clean(SourceDocument doc) {
        if (doc.content().isBlank()) {
            return CleanResult.rejected(doc.source(), "empty", "the page is empty");
        }
        DocumentHints hints = doc.hints();
        Document page = Jsoup.parse(doc.content(), hints.url() == null ? "" : hints.url());
        PageMetadata meta = metadata.read(page);
        String pageTitle = page.title();
        Element h1 = dropNonContent(page);
        String h1Text = h1 == null ? null : h1.text();

        Element root = page.body();
        FurnitureLog log = new FurnitureLog();
        CommentReader comments = new CommentReader();
        TextStats stats = new TextStats(root);
        int h1Position = h1 == null ? 0 : stats.of(h1).ordinal;
        new PageCleaner(stats, root, log, comments, h1).prune(root);
        stats.remeasure(root);
        List<Element> parts = ContentPicker.pick(root, stats);
        List<BodyCollector.Block> blocks = new BodyCollector(stats, log).collect(parts);
        if (h1 != null && !h1Text.isBlank()) {
            log.add(h1Position, FurnitureKind.HEADLINE, h1Text);
        }

        String title = firstNonBlank(hints.title(), meta.title(), h1Text, PageTitle.headline(pageTitle));
        List<String> body = paragraphs(blocks, title, log);
        if (bodyChars(body) < MIN_BODY_CHARS) {
            List<String> fromJsonLd = jsonLdBody(meta.articleBody());
            if (bodyChars(fromJsonLd) < MIN_BODY_CHARS) {
                return CleanResult.rejected(doc.source(), "no-article", "no article text found in the page");
            }
            body = fromJsonLd;
        }
        String url = firstNonBlank(hints.url(), meta.url());
        List<Furniture> removed = log.inPageOrder();
        List<String> authors = !hints.authors().isEmpty() ? hints.authors()
                : !meta.authors().isEmpty() ? meta.authors() : bylineAuthors(removed);
        PublicationDate published = PrintedDates.publicationDate(Arrays.asList(hints.published(), meta.published()),
                removed, url).orElse(null);
        return CleanResult.cleaned(new Article(null, doc.source(), outlet(hints, meta, pageTitle), url, title, authors,
                published,
                firstNonBlank(MetadataReader.languageCode(hints.language()), meta.language()), List.of(), body,
                removed, comments.comments(), null));
    }

    /** Removes scripts, styles, the head and other elements with no reader text, in one pass; returns the first h1. */
    private static Element dropNonContent(Document page) {
        Element[] h1 = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (NON_CONTENT.contains(tag)) {
                        return FilterResult.REMOVE;
                    }
                    if (h1[0] == null && tag.equals("h1")) {
                        h1[0] = e;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, page);
        return h1[0];
    }

    /** The authors the page's first readable byline names ("Written by K. Ostrowska"), when no metadata does. */
    private static List<String> bylineAuthors(List<Furniture> removed) {
        for (Furniture f : removed) {
            if (f.kind() == FurnitureKind.BYLINE) {
                Optional<List<String>> names = BylineParser.byline(f.text());
                if (names.isPresent() && !names.get().isEmpty()) {
                    return names.get();
                }
            }
        }
        return List.of();
    }

    private String outlet(DocumentHints hints, PageMetadata meta, String pageTitle) {
        if (hints.outlet() != null && !hints.outlet().isBlank()) {
            return hints.outlet();
        }
        Optional<String> known = outlets.forUrl(hints.url()).or(() -> outlets.forUrl(meta.url()));
        if (known.isPresent()) {
            return known.get();
        }
        String named = meta.siteName();
        if (named == null) {
            named = PageTitle.outlet(pageTitle).orElse(null); // "Port strike spreads | The Harbour Ledger"
        }
        if (named == null || named.contains(".") && !named.contains(" ")) {
            return null; // a bare host name is no outlet name
        }
        return outlets.canonicalName(named).orElse(named);
    }

    /** The blocks as body paragraphs: the headline repeated in the body, duplicates and trailing (short) headings out. */
    private static List<String> paragraphs(List<BodyCollector.Block> blocks, String title, FurnitureLog log) {
        List<String> body = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int chars = 0;
        for (BodyCollector.Block b : blocks) {
            if (chars >= 200 && isCommentsHeading(b)) {
                log.add(b.position(), FurnitureKind.COMMENTS_HEADER, b.text());
                break; // what follows a comments heading is the readers', not the article's
            }
            chars += b.text().length();
            if (title != null && b.text().equalsIgnoreCase(title.strip())) {
                log.add(b.position(), FurnitureKind.HEADLINE_REPEAT, b.text());
                continue;
            }
            if (b.text().length() > 20 && !seen.add(b.text())) {
                continue;
            }
            body.add(b.text());
            tags.add(b.tag());
        }
        while (!body.isEmpty() && BodyCollector.isHeading(tags.get(tags.size() - 1))
                && body.get(body.size() - 1).length() <= MAX_TRAILING_HEADING) {
            body.remove(body.size() - 1);
            tags.remove(tags.size() - 1);
        }
        return body;
    }

    /** A short line or sub-heading that opens the comments ("Top Rated Comments", "12 thoughts on ..."). */
    private static boolean isCommentsHeading(BodyCollector.Block b) {
        String t = b.text();
        return t.length() <= 120 && (BodyCollector.isHeading(b.tag()) || t.length() <= 40)
                && COMMENTS_HEADING.matcher(t).matches();
    }

    private static final Pattern COMMENTS_HEADING = Pattern.compile(
            "(?i)(?:\\d+\\s+)?(?:top[- ]rated |most liked |reader(?:s'?)? |user |latest |all |show )?"
                    + "(?:comments?|kommentare?|leserkommentare|responses|reactions)(?:\\s*\\(\\d+\\))?:?"
                    + "|(?:leave a (?:comment|reply)|add a comment|post a comment|join the (?:discussion|conversation)"
                    + "|diskutieren sie mit|(?:\\d+|one|two|three) (?:thoughts|responses|comments|replies) (?:on|to) .{1,100})");

    private static List<String> jsonLdBody(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\s*\\n\\s*")) {
            String t = Jsoup.parse(p).text().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static int bodyChars(List<String> body) {
        int n = 0;
        for (String p : body) {
            n += TextStats.length(p);
        }
        return n;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
