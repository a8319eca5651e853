package dev.parallax.clean.html;

import dev.parallax.model.Comment;
import dev.parallax.model.FurnitureKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prunes furniture from a page in one top-down pass, typing what it removes into a {@link FurnitureLog}
 * and reading reader comments with a {@link CommentReader}. An element marked by {@link BoilerplateRules}
 * is kept when it holds most of the page's paragraph text (a wrapper of the article whose class happens
 * to say "share" or "sidebar"), and a weak verdict only counts when the element is link-dense or holds
 * no paragraph. Changes the tree it is given; one instance per page.
 */
final class PageCleaner {
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?i)(?:[(\\[]?\\s*\\b(?:photo|foto|image|bild|picture|credit|quelle|source|illustration|video)s?"
                    + "\\s*(?:credit)?\\s*[:©]\\s*[^()\\[\\]]{2,80}[)\\]]?|©\\s*[^©]{2,80}|\\(AP\\)|/ ?getty images.*"
                    + "|\\b(?:getty images|reuters|afp|dpa|epa|ap photo)[^.]{0,40})\\s*$");

    private static final Pattern LAYER = Pattern.compile(
            "modal|popup|pop-up|overlay|lightbox|cookie|consent|gdpr|\\bcmp-|\\bfooter\\b|site-?footer|page-?footer");

    /** Elements that run inside a sentence. */
    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "abbr", "cite", "mark",
            "small", "sup", "sub", "time", "q", "u");
    /** Inline text meant for screen readers only, pruned even inside a sentence. */
    private static final Pattern HIDDEN = Pattern.compile("sr-only|visually-?hidden|screen-?reader|\\bhidden\\b");
    /** Letters of its block's own text, outside it, that make an inline element part of a sentence. */
    private static final int RUNNING_TEXT = 20;

    private final TextStats stats;
    private final FurnitureLog log;
    private final CommentReader comments;
    private final int pageGoodText;
    private final Map<String, Optional<BoilerplateRules.Verdict>> verdicts = new HashMap<>();
    private final Element headline;

    PageCleaner(TextStats stats, Element root, FurnitureLog log, CommentReader comments) {
        this(stats, root, log, comments, null);
    }

    /** As above; {@code headline} (the page's h1, or null) tells a wrapper of the article from a layer over it. */
    PageCleaner(TextStats stats, Element root, FurnitureLog log, CommentReader comments, Element headline) {
        this.headline = headline;
        this.stats = stats;
        this.log = log;
        this.comments = comments;
        this.pageGoodText = stats.of(root).goodText;
    }

    void prune(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                FurnitureKind kind = furnitureKind(e);
                if (kind == null) {
                    return FilterResult.CONTINUE;
                }
                record(e, kind);
                return FilterResult.REMOVE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private FurnitureKind furnitureKind(Element e) {
        String tag = e.normalName();
        if (INLINE.contains(tag) && e.attributesSize() > 0 && !hiddenByAttributes(e) && inRunningText(e)
                && !HIDDEN.matcher(BoilerplateRules.names(e)).find()) {
            // "how actress <a id="auto-tag_mary-steenburgen">Mary Steenburgen</a> came to …": a link or span inside
            // a sentence is part of it, whatever its class or id says ("tag", "share")
            return null;
        }
        TextStats.Stats s = stats.of(e);
        if (tag.equals("figure") || tag.equals("picture")) {
            return s.goodText < 0.2 * Math.max(1, pageGoodText) ? FurnitureKind.CAPTION : null;
        }
        BoilerplateRules.Verdict v = BoilerplateRules.judge(e, verdicts);
        if (v == null) {
            return null;
        }
        if (pageGoodText > 0 && s.goodText >= 0.4 * pageGoodText && !isLayerOverThePage(e)) {
            return null; // a wrapper of the article itself
        }
        if (v.weak() && s.goodText > 0 && (s.linkDensity() < 0.35 || s.goodText >= 0.25 * pageGoodText)) {
            return null;
        }
        return v.kind();
    }

    /** Hidden from readers by its attributes: {@code hidden}, {@code aria-hidden="true"}, {@code display:none}. */
    private static boolean hiddenByAttributes(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** Whether the block around an inline element has words of its own: the element sits in a sentence. */
    private static boolean inRunningText(Element e) {
        Element parent = e.parent();
        if (parent == null) {
            return false;
        }
        String own = parent.ownText();
        int letters = 0;
        for (int i = 0; i < own.length() && letters < RUNNING_TEXT; i++) {
            if (Character.isLetter(own.charAt(i))) {
                letters++;
            }
        }
        return letters >= RUNNING_TEXT;
    }

    /**
     * A cookie notice, modal or pop-up laid over the page, or the page's footer, that holds neither the
     * headline nor an article element (broken pages leave such a layer unclosed around the article):
     * furniture however much text it has, as privacy settings or a footer often outweigh a short article.
     */
    private boolean isLayerOverThePage(Element e) {
        String names = BoilerplateRules.names(e);
        if (!e.normalName().equals("footer") && (names.isEmpty() || !LAYER.matcher(names).find())) {
            return false;
        }
        boolean holdsHeadline = headline != null && (headline == e || headline.parents().contains(e));
        return !holdsHeadline && e.selectFirst("article, [itemprop=articleBody]") == null;
    }

    private void record(Element e, FurnitureKind kind) {
        int pos = stats.of(e).ordinal;
        switch (kind) {
            case COMMENTS_HEADER -> {
                List<Comment> found = comments.read(e);
                Element heading = e.selectFirst("h1, h2, h3, h4, [class*=count], [class*=title]");
                if (heading != null && heading.text().length() < 80) {
                    log.add(pos, FurnitureKind.COMMENTS_HEADER, heading.text());
                } else if (found.isEmpty()) {
                    log.add(pos, FurnitureKind.OTHER, FurnitureLog.textOf(e));
                }
            }
            case CAPTION -> recordCaption(e, pos);
            case OTHER -> {
                // hidden elements: not shown to readers, not worth auditing
            }
            default -> log.add(pos, kind, FurnitureLog.textOf(e));
        }
    }

    /** A caption, its credit line split off as {@link FurnitureKind#CREDIT}. */
    private void recordCaption(Element e, int pos) {
        Element credit = null;
        for (Element d : e.getAllElements()) {
            BoilerplateRules.Verdict v = d == e ? null : BoilerplateRules.judge(d, verdicts);
            if (v != null && v.kind() == FurnitureKind.CREDIT) {
                credit = d;
                break;
            }
        }
        String text;
        if (credit != null) {
            log.add(pos + 1, FurnitureKind.CREDIT, credit.text());
            String all = e.text();
            String c = credit.text();
            text = all.replace(c, "").strip();
        } else {
            text = e.text();
            Matcher m = TRAILING_CREDIT.matcher(text);
            if (text.length() < 600 && m.find() && m.start() > 0) {
                log.add(pos + 1, FurnitureKind.CREDIT, m.group().strip());
                text = text.substring(0, m.start()).strip();
            } else if (m.find(0) && m.start() == 0) {
                log.add(pos, FurnitureKind.CREDIT, text);
                return;
            }
        }
        log.add(pos, FurnitureKind.CAPTION, text);
    }
}
