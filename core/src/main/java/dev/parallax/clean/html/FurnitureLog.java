package dev.parallax.clean.html;

import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the furniture removed from one page, bounded: at most {@value #PER_KIND} entries per kind,
 * each trimmed to {@value #MAX_CHARS} characters, duplicates skipped. Entries come out in page order.
 * Not thread-safe; one per page.
 */
final class FurnitureLog {
    static final int PER_KIND = 6;
    static final int MAX_CHARS = 300;

    private record Entry(int position, Furniture furniture) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<FurnitureKind, Integer> counts = new EnumMap<>(FurnitureKind.class);
    private final Set<String> seen = new HashSet<>();

    /** Records a piece of furniture found at a page position (an element's ordinal). */
    void add(int position, FurnitureKind kind, String text) {
        String t = text == null ? "" : text.length() > 4 * MAX_CHARS ? text.substring(0, 4 * MAX_CHARS) : text;
        t = collapseSpaces(t);
        if (t.isEmpty() || counts.getOrDefault(kind, 0) >= PER_KIND || !seen.add(kind + "\u0000" + t)) {
            return;
        }
        if (t.length() > MAX_CHARS) {
            int cut = t.lastIndexOf(' ', MAX_CHARS - 1);
            t = t.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS - 1) + "…";
        }
        counts.merge(kind, 1, Integer::sum);
        entries.add(new Entry(position, new Furniture(kind, t)));
    }

    /** Runs of ASCII white space as one space, the ends stripped (as {@code replaceAll("\\s+", " ").strip()}). */
    static String collapseSpaces(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b') {
                space = true;
            } else {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    /** An element's text, normalised, read only as far as a furniture entry keeps (big navigation stays cheap). */
    static String textOf(Element e) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (sb.length() > MAX_CHARS + 20) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    sb.append(t.text()).append(' ');
                } else if (node instanceof Element el && (el.isBlock() || el.normalName().equals("br"))) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return sb.toString();
    }

    List<Furniture> inPageOrder() {
        return entries.stream().sorted(Comparator.comparingInt(Entry::position)).map(Entry::furniture).toList();
    }
}
