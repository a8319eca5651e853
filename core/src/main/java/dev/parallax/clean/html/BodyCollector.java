package dev.parallax.clean.html;

import dev.parallax.clean.text.BylineParser;
import dev.parallax.clean.text.FooterLines;
import dev.parallax.clean.text.PrintedDates;
import dev.parallax.model.FurnitureKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the article's elements into body paragraphs in page order: paragraphs, list items, sub-headings
 * and quotes each become one paragraph; text standing loose in a container is split at double line breaks.
 * Inside the article it still takes out what reads as furniture: the headline, link-dense lists and
 * blocks (related links), and short lines that are calls to action, share prompts or credits.
 * Not thread-safe; one per page.
 */
final class BodyCollector {
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "button",
            "select", "input", "textarea", "iframe", "img", "video", "audio", "canvas", "map", "object", "head");
    private static final Pattern PROMO_LINE = Pattern.compile(
            "(?i)^(?:sign up|subscribe|newsletter|get (?:our|the) |join (?:our|us)|download (?:our|the) app"
                    + "|jetzt (?:abonnieren|anmelden|registrieren)|abonnieren|melden sie sich|click here"
                    + "|hier klicken|support (?:our|us)|donate|stay (?:up[- ]to[- ]date|informed|in touch)|never miss"
                    + "|(?:receive|get) our (?:\\w+ )?newsletter|if you (?:enjoyed|liked|like) (?:reading )?this"
                    + "|gefällt (?:dir|ihnen) (?:unser|dieser)|sie lesen gern|zapraszamy (?:też )?do subskrypcji|subskrybuj)");
    private static final Pattern CHROME_LINE = Pattern.compile(
            "(?i)^(?:share(?: this| on|:)?|teilen|follow us|folgen sie|tweet|email|e-mail|print|drucken|advert(?:isement)?"
                    + "|anzeige|werbung|sponsored|comments?|kommentare?|tags?:|schlagw[oö]rter|themen:|topics:"
                    + "|zur startseite|back to top|nach oben|mehr zum thema|more on this|weiterlesen|lesen sie auch"
                    + "|read more|read next|related:|see also|siehe auch|auch interessant|das könnte sie auch"
                    + "|ähnliche (?:beiträge|artikel)|weitere (?:artikel|beiträge|meldungen|\\w*(?:tipps|themen|nachrichten|news|videos|rezepte|geschichten|homestorys))|entdecke(?:n sie)? (?:weitere|mehr)|discover more|explore more|verwandte|you (?:may|might) also"
                    + "|more from|more stories|erstellt am|veröffentlicht am|letzte änderung|zuletzt aktualisiert"
                    + "|aktualisiert am|kategorien?:|category:|categories:|filed under|posted in|aufrufe|views:"
                    + "|beitragsbild|bild anzeigen|wie bewerten sie|bewerten sie|rate this|möchten sie (?:den|diesen) artikel"
                    + "|kontakt$|contact us|impressum|datenschutz|previous (?:post|article)|next (?:post|article)"
                    + "|vorheriger (?:beitrag|artikel)|nächster (?:beitrag|artikel)|don'?t miss|nicht verpassen"
                    + "|schon gelesen|lust auf mehr|mehr themen|czytaj (?:też|także|więcej)|zobacz (?:też|także)"
                    + "|lee también|te puede interesar|(?:à )?lire aussi|voir aussi|leggi anche"
                    + "|(?:ist|war) (?:dieser|der) (?:beitrag|artikel) hilfreich|was this (?:article|post|page) helpful"
                    + "|alle angaben ohne gewähr|quellenangaben:?$)\\b.{0,60}$");
    private static final Pattern CHROME_TAIL = Pattern.compile(
            "(?i)(?:könnte (?:dich|sie) auch interessieren|teilen\\?|share this (?:article|story|post))$");
    /** A line opening like a byline; {@link BylineParser} decides whether names follow. */
    private static final Pattern BY_LINE = Pattern.compile("(?i)^(?:written |words |reported )?by\\s+\\p{Lu}");
    private static final Pattern DATELINE_LINE = Pattern.compile(
            "(?i)^(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|stand|publié|mis à jour)\\s*(?:on|am|le)?\\s*:?\\s*"
                    + "(?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun).{0,100}$");
    /** "Updated at 1:23 p.m.": an update's time alone. */
    private static final Pattern UPDATE_TIME_LINE = Pattern.compile(
            "(?i)^(?:published|updated|posted|last updated)\\s+at\\s+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*\\p{Lu}{0,4}\\.?$");
    /** "3 May 2024, 11:30 · 6 min read": a printed date and time with the reading time after them. */
    private static final Pattern DATE_WITH_READING_TIME = Pattern.compile(
            "(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)\\w*,?\\s+)?(?:\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?,?\\s+\\d{4}"
                    + "|\\p{L}{3,10}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})"
                    + "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?"
                    + "\\s*[·•|–-]\\s*\\d{1,3}\\s*(?:min(?:ute)?s?\\.?)\\s*(?:read|reading time|lesezeit|de lecture|di lettura)$");
    /**
     * An editor's note on the story's own history: "This article was updated on 3 May to add …",
     * "Correction: an earlier version …". Kept, typed as a footer, so a reader can still audit it.
     */
    private static final Pattern UPDATE_NOTE = Pattern.compile(
            "(?i)^(?:this (?:article|story|piece|report|post) (?:was|has been) (?:updated|amended|corrected|changed)\\b"
                    + "|(?:correction|clarification|editor'?s note)\\s*[:—–]\\s)");
    private static final Pattern COOKIE_NOTICE = Pattern.compile(
            "(?i)\\bcookies?\\b.*\\b(?:website|browser|consent|our site|this site|webseite|website|zustimmung|einwilligung|"
                    + "datenschutz|nutzung|navigate|analytics)\\b|\\b(?:website|webseite|site)\\b.*\\bcookies?\\b");
    /** A notice about the reader's browser or scripts, not about the story. */
    private static final Pattern BROWSER_NOTICE = Pattern.compile(
            "(?i)\\b(?:(?:update|upgrade|switch)(?: to)? (?:a |your )?(?:modern|newer|supported|latest|different|current)"
                    + " (?:web )?browser|browser (?:is |version is )?(?:out of date|outdated|not supported|no longer supported)"
                    + "|(?:please )?(?:enable|turn on|activate) javascript|(?:requires|needs) javascript"
                    + "|javascript (?:is )?(?:disabled|required|must be enabled|deaktiviert)|javascript aktivieren)");
    /** Paywall, membership and affiliate notices, wherever they stand in a line. */
    private static final Pattern PAYWALL_NOTICE = Pattern.compile(
            "(?i)\\b(?:to (?:view|read|see|continue reading) (?:the|this) (?:full|whole|complete|rest of the) (?:story|article)"
                    + "|already (?:a )?(?:subscriber|member)|first-time subscribers|hazte (?:miembro|socio)"
                    + "|pour (?:lire la suite|accéder en illimité)|um (?:den|diesen) (?:ganzen |vollständigen )?artikel zu lesen"
                    + "|(?:contains|enthält) (?:affiliate|provisions|werbe)-?links|references to products from one or more"
                    + "|affiliate[- ]links? (?:in|on|im)|bei den verlinkungen handelt es sich um)");
    /** Copyright and opinion disclaimers, wherever they stand in a line. */
    private static final Pattern RIGHTS_NOTICE = Pattern.compile(
            "(?i)(?:copyrighted property of|written permission (?:must|is required)"
                    + "|may not be (?:reproduced|republished|published, broadcast)"
                    + "|vervielfältigung nur mit|materiał chroniony prawem|(?:gibt|geben) (?:ausschließlich )?die meinung"
                    + " de[sr] (?:autors|autorin|verfassers)|n'engagent que leurs auteurs|views expressed (?:here |in this"
                    + " (?:article|post) )?are (?:those of the author|the author's own))");
    /** A bare label line that heads a contact, sources or author block, not the story ("Kontakt:", "Sources"). */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?i)^(?:kontakt|pressekontakt|medienkontakt|telefon|tel\\.|fax|e-?mail|ansprechpartner(?:in)?|contact"
                    + "|media contact|press contact|weitere informationen|more information|further information"
                    + "|quellen|quellenangaben|sources?|release date|opublikowano|über den autor|über die autorin"
                    + "|about the author|o autorze)\\s*:?$");
    private static final Pattern NOT_TEXT = Pattern.compile("^(?:https?://\\S+|[\\d\\s.,:x×/-]+|<[a-z][^>]*>.*)$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:\\d{1,2}[./-]\\s?\\d{1,2}[./-]\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?:uhr|am|pm|h))?)?$"
                    + "|^\\d{1,2}[:.]\\d{2}\\s*(?:uhr|am|pm|h)?$"
                    + "|^\\d{4}-\\d{2}-\\d{2}t\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^[(\\[]?(?:photo|foto|image|bild|titelbild|picture|credit|quelle|illustration|crédits? photos?)s?\\s*:.{0,80}$|^(?:photograph|photo|foto) (?:by|von) .{0,60}$|^©.{0,80}$"
                    + "|^copyright\\b.{0,100}$");
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            "(?i)(?:all rights reserved|alle rechte vorbehalten)\\.?$"
                    + "|[/(]\\s*(?:getty images|afp|dpa|reuters|ap photo|imago(?: images)?|picture alliance|epa)\\)?$"
                    + "|\\((?:foto|photo|bild|image)s?:[^)]{1,60}\\)$");

    /** Deeper than this, an element's text is taken whole rather than walked (no stack overflow on bad pages). */
    private static final int MAX_DEPTH = 200;

    private final TextStats stats;
    private final FurnitureLog log;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder inline = new StringBuilder();
    private int inlineLinks;
    private int inlinePos;
    private boolean started;

    /** One paragraph of the body with where it stood. */
    record Block(String text, String tag, int position) {
    }

    BodyCollector(TextStats stats, FurnitureLog log) {
        this.stats = stats;
        this.log = log;
    }

    List<Block> collect(List<Element> parts) {
        for (Element part : parts) {
            container(part, 0);
            flush("div");
        }
        return List.copyOf(blocks);
    }

    private void container(Element e, int depth) {
        if (depth > MAX_DEPTH) {
            appendText(e.text(), false, stats.of(e).ordinal); // pathological nesting: its text as one paragraph
            return;
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                appendText(t.getWholeText(), false, stats.of(e).ordinal);
            } else if (child instanceof Element c) {
                element(c, depth + 1);
            }
        }
    }

    private void element(Element c, int depth) {
        String tag = c.normalName();
        if (SKIP.contains(tag)) {
            return;
        }
        TextStats.Stats s = stats.of(c);
        if (tag.equals("br")) {
            inline.append('\n');
            return;
        }
        if ((tag.equals("td") || tag.equals("th")) && !s.hasBlock) {
            inlineElement(c, false, depth); // a table row is one line, its cells side by side
            appendText(" ", false, s.ordinal);
            return;
        }
        boolean block = TextStats.BLOCK_TAGS.contains(tag) || s.hasBlock;
        if (!block) {
            inlineElement(c, tag.equals("a"), depth);
            return;
        }
        flush("div");
        if (s.text == 0) {
            return;
        }
        if (tag.equals("h1")) {
            log.add(s.ordinal, FurnitureKind.HEADLINE, c.text());
            return;
        }
        if (s.teaser) {
            log.add(s.ordinal, FurnitureKind.RELATED, FurnitureLog.textOf(c));
            return;
        }
        if (isLinkList(c, tag, s)) {
            log.add(s.ordinal, tag.equals("ul") || tag.equals("ol") || s.text > 60
                    ? FurnitureKind.RELATED : FurnitureKind.CHROME, FurnitureLog.textOf(c));
            return;
        }
        container(c, depth);
        flush(tag);
    }

    private static boolean isLinkList(Element c, String tag, TextStats.Stats s) {
        if (HEADINGS.contains(tag)) {
            return false;
        }
        if (tag.equals("p") || tag.equals("blockquote")) {
            return s.linkDensity() > 0.8 && (s.text < 160 || s.linkDensity() > 0.9);
        }
        if (tag.equals("tr")) {
            return s.linkDensity() > 0.8 && s.goodText == 0; // a row's names are often links to their pages
        }
        if (tag.equals("li") || tag.equals("td") || tag.equals("dd")) {
            return s.linkDensity() > 0.6 && s.goodText == 0;
        }
        return s.linkDensity() > 0.5 && s.text > 0 && s.goodText < 0.5 * s.text;
    }

    private void inlineElement(Element e, boolean link, int depth) {
        if (depth > MAX_DEPTH) {
            appendText(e.text(), link, stats.of(e).ordinal);
            return;
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                appendText(t.getWholeText(), link, stats.of(e).ordinal);
            } else if (child instanceof Element c) {
                String tag = c.normalName();
                if (tag.equals("br")) {
                    inline.append('\n');
                } else if (!SKIP.contains(tag)) {
                    inlineElement(c, link || tag.equals("a"), depth + 1);
                }
            }
        }
    }

    private void appendText(String text, boolean link, int position) {
        if (!started) {
            inlinePos = position;
        }
        boolean space = !inline.isEmpty() && inline.charAt(inline.length() - 1) == ' ';
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\u00a0' || ch == '\f') {
                if (!space) {
                    inline.append(' ');
                    space = true;
                }
            } else {
                inline.append(ch);
                space = false;
                started = true;
                if (link) {
                    inlineLinks++;
                }
            }
        }
    }

    private void flush(String tag) {
        if (inline.isEmpty()) {
            return;
        }
        String raw = inline.toString();
        int links = inlineLinks;
        inline.setLength(0);
        inlineLinks = 0;
        started = false;
        String[] pieces = raw.indexOf('\n') < 0 ? new String[] {raw} : raw.split("\\s*\\n\\s*\\n\\s*");
        for (String piece : pieces) {
            String text = (piece.indexOf('\n') < 0 ? piece : piece.replaceAll("\\s*\\n\\s*", " ")).strip();
            if (text.isEmpty()) {
                continue;
            }
            int len = TextStats.length(text);
            if (pieces.length == 1 && len > 0 && links > 0.8 * len && len < 160 && !HEADINGS.contains(tag)) {
                log.add(inlinePos, FurnitureKind.RELATED, text);
                continue;
            }
            FurnitureKind kind = lineKind(text, len);
            if (kind == null && !HEADINGS.contains(tag) && len <= 120
                    && (PrintedDates.isDateLine(text) || UPDATE_TIME_LINE.matcher(text).matches())) {
                kind = FurnitureKind.DATELINE; // "Nov. 20, 2019, 9:28 AM UTC"; a heading may date a timeline's entry
            }
            if (kind != null) {
                log.add(inlinePos, kind, text);
                continue;
            }
            blocks.add(new Block(text, tag, inlinePos));
        }
    }

    /**
     * Cookie, browser, paywall and rights notices, which may stand anywhere in a line; each pattern is only
     * tried on lines holding one of its words (a lower-case scan is far cheaper than the patterns).
     */
    private static FurnitureKind noticeKind(String text, int len) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("cookie") && COOKIE_NOTICE.matcher(text).find()) {
            return FurnitureKind.CHROME;
        }
        if (len < 250 && (lower.contains("browser") || lower.contains("javascript"))
                && BROWSER_NOTICE.matcher(text).find()) {
            return FurnitureKind.CHROME;
        }
        if (len >= 300) {
            return null;
        }
        if ((lower.contains("subscri") || lower.contains("full") || lower.contains("whole") || lower.contains("complete")
                || lower.contains("rest of") || lower.contains("member") || lower.contains("miembro")
                || lower.contains("socio") || lower.contains("pour ") || lower.contains("artikel zu lesen")
                || lower.contains("links") || lower.contains("products from") || lower.contains("verlinkungen"))
                && PAYWALL_NOTICE.matcher(text).find()) {
            return FurnitureKind.PROMO;
        }
        if ((lower.contains("copyright") || lower.contains("permission") || lower.contains("reproduced")
                || lower.contains("republished") || lower.contains("vervielfältigung") || lower.contains("chroniony")
                || lower.contains("meinung") || lower.contains("engagent") || lower.contains("views expressed"))
                && RIGHTS_NOTICE.matcher(text).find()) {
            return FurnitureKind.CREDIT;
        }
        return null;
    }

    private static FurnitureKind lineKind(String text, int len) {
        if (NOT_TEXT.matcher(text).matches()) {
            return FurnitureKind.OTHER;
        }
        if (len < 400) {
            FurnitureKind notice = noticeKind(text, len);
            if (notice != null) {
                return notice;
            }
        }
        if (len > 120) {
            return null;
        }
        if (BY_LINE.matcher(text).lookingAt() && BylineParser.byline(text).filter(n -> !n.isEmpty()).isPresent()) {
            return FurnitureKind.BYLINE; // "Written by K. Ostrowska and Tomas Lind, Europe correspondents"
        }
        if (len < 40 && LABEL_LINE.matcher(text).matches()) {
            return FurnitureKind.CHROME;
        }
        String tail = text.length() > 60 ? text.substring(text.length() - 60) : text;
        if (PROMO_LINE.matcher(text).lookingAt() && len < 100) {
            return FurnitureKind.PROMO;
        }
        if (CHROME_LINE.matcher(text).lookingAt() || CHROME_TAIL.matcher(tail).find()) {
            return FurnitureKind.CHROME;
        }
        if (CREDIT_LINE.matcher(text).lookingAt() || CREDIT_TAIL.matcher(tail).find()) {
            return FurnitureKind.CREDIT;
        }
        if (DATE_LINE.matcher(text).lookingAt() || DATELINE_LINE.matcher(text).lookingAt()
                || DATE_WITH_READING_TIME.matcher(text).matches()) {
            return FurnitureKind.DATELINE;
        }
        if (UPDATE_NOTE.matcher(text).lookingAt()) {
            return FurnitureKind.FOOTER;
        }
        // "The Associated Press contributed to this report.", "Reporting by …; Editing by …": as in plain text
        return FooterLines.kindOf(text).orElse(null);
    }

    static boolean isHeading(String tag) {
        return HEADINGS.contains(tag.toLowerCase(Locale.ROOT));
    }
}
