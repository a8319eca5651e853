package dev.parallax.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Text measures of every element of a tree, computed bottom-up in one traversal, so no caller
 * ever calls {@code text()} on a subtree in a loop. Lengths count non-space characters (CJK
 * characters count three, as they carry about a word each). A snapshot: not updated when the tree
 * changes until {@link #remeasure} is called. Not thread-safe; one instance per page.
 */
final class TextStats {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "ul", "ol", "li", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption", "form", "dl", "dt",
            "dd", "hr", "address", "details", "summary", "fieldset", "center", "body", "html", "menu", "dialog",
            "iframe", "video", "audio", "picture", "noscript", "hgroup", "search", "legend", "option", "select");

    private static final Set<String> HEADLINES = Set.of("h2", "h3", "h4", "h5", "h6");

    /** The measures of one element. */
    static final class Stats {
        int text;
        int linkText;
        /** Text not inside a block-level descendant (the element's own paragraph text). */
        int inlineText;
        int inlineLinkText;
        /** Text in good paragraphs: blocks with enough own text and few links. */
        int goodText;
        int goodBlocks;
        int ordinal;
        boolean hasBlock;
        /** A teaser of another article: a short block led by a linked headline. */
        boolean teaser;

        /** Clears every measure but the ordinal. */
        void reset() {
            text = 0;
            linkText = 0;
            inlineText = 0;
            inlineLinkText = 0;
            goodText = 0;
            goodBlocks = 0;
            hasBlock = false;
            teaser = false;
        }

        double linkDensity() {
            return text == 0 ? 0 : (double) linkText / text;
        }
    }

    private static final Stats EMPTY = new Stats();
    private final Map<Element, Stats> stats;

    TextStats(Element root) {
        stats = new IdentityHashMap<>(2048);
        int[] counter = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Stats s = new Stats();
                    s.ordinal = counter[0]++;
                    stats.put(e, s);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    finish(e, stats.get(e));
                }
            }
        }, root);
    }

    /**
     * Measures the tree again after pruning, in place: each remaining element keeps its ordinal, the
     * measures of removed elements are left as they were (no one asks for them).
     */
    void remeasure(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Stats s = stats.get(e);
                    if (s == null) {
                        s = new Stats();
                        stats.put(e, s);
                    } else {
                        s.reset();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    finish(e, stats.get(e));
                }
            }
        }, root);
    }

    Stats of(Element e) {
        Stats s = stats.get(e);
        return s == null ? EMPTY : s;
    }

    private void finish(Element e, Stats s) {
        boolean isLink = e.normalName().equals("a");
        boolean linkedHeadline = false;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String whole = t.getWholeText();
                int n = length(whole);
                s.text += n;
                s.inlineText += n;
                if (isLink) {
                    s.linkText += n;
                    s.inlineLinkText += n;
                }
            } else if (child instanceof Element c) {
                Stats cs = stats.get(c);
                if (cs == null) {
                    continue;
                }
                s.text += cs.text;
                s.linkText += isLink ? cs.text : cs.linkText;
                s.goodText += cs.goodText;
                s.goodBlocks += cs.goodBlocks;
                boolean block = BLOCK_TAGS.contains(c.normalName()) || cs.hasBlock;
                if (cs.text > 0 && cs.linkText >= 0.8 * cs.text
                        && (HEADLINES.contains(c.normalName()) || c.normalName().equals("a") && cs.hasBlock)) {
                    linkedHeadline = true;
                }
                if (block) {
                    s.hasBlock = true;
                } else {
                    s.inlineText += cs.text;
                    s.inlineLinkText += isLink ? cs.text : cs.linkText;
                }
            }
        }
        if (isLink) {
            s.goodText = 0; // paragraphs wrapped in a link are a teaser card, not article text
            s.goodBlocks = 0;
        }
        if (linkedHeadline && s.text < 800 && s.text > s.linkText) {
            s.teaser = true;
            s.goodText = 0;
            s.goodBlocks = 0;
        }
        if (isGoodParagraph(e, s)) {
            s.goodText += s.inlineText;
            s.goodBlocks++;
        }
    }

    private static boolean isGoodParagraph(Element e, Stats s) {
        if (s.inlineText < 50) {
            return false;
        }
        String tag = e.normalName();
        if (tag.equals("a") || tag.equals("li") && s.inlineText < 100) {
            return false;
        }
        if (!BLOCK_TAGS.contains(tag) && !s.hasBlock) {
            return false;
        }
        return s.inlineLinkText < 0.35 * s.inlineText;
    }

    /** Non-space characters, CJK counted three times. */
    static int length(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '\u00a0' || Character.isWhitespace(c)) {
                continue;
            }
            n += c >= '\u2e80' && c <= '\u9fff' || c >= '\uac00' && c <= '\ud7af' ? 3 : 1;
        }
        return n;
    }
}
