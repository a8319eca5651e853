package dev.parallax.clean.html;

import dev.parallax.model.FurnitureKind;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules that say which page elements are furniture, and of which kind: tag names, ARIA roles,
 * embed markers, and words in {@code class}/{@code id} attributes (English and German). Rules are
 * data; {@link PageCleaner} applies them. A {@linkplain Verdict#weak() weak} verdict only counts when
 * the element also looks like furniture (link-dense or short), since such words also name article
 * wrappers. Stateless and thread-safe.
 */
final class BoilerplateRules {

    /** A rule's answer: the kind of furniture, and whether the element must also look like furniture. */
    record Verdict(FurnitureKind kind, boolean weak) {
    }

    /**
     * One rule: a pattern over the class-and-id string, and keys, literal words that every match of the
     * pattern contains ({@code \b} in front of a key: at the start of a word), so that a pattern is only
     * tried on strings where one of its keys occurs.
     */
    private record Rule(Pattern pattern, List<String> keys, FurnitureKind kind, boolean weak) {
    }

    /** Matched against the lower-cased class and id attribute values. */
    private static final List<Rule> ATTRIBUTE_RULES = List.of(
            rule("twitter-tweet|instagram-media|tiktok-embed|fb-post|facebook-post|social-embed|embed-twitter"
                    + "|embed-instagram|embedded-post|oembed",
                    "twitter instagram tiktok fb-post facebook social embed", FurnitureKind.EMBED, false),
            rule("comment(?!ar|aire)|kommentar(?!e?-?artikel)|disqus|discussion|leserbrief|respond\\b|replies",
                    "comment kommentar disqus discussion leserbrief respond replies", FurnitureKind.COMMENTS_HEADER,
                    false),
            rule("cookie|consent|gdpr|privacy-?banner|cmp-", "cookie consent gdpr privacy cmp-", FurnitureKind.CHROME,
                    false),
            rule("newsletter|subscri|signup|sign-up|paywall|regwall|registration|donat|membership|\\babo\\b"
                    + "|abonn|promo|\\bcta\\b|call-?to-?action|app-?download|inline-?offer|upsell",
                    "newsletter subscri signup sign-up paywall regwall registration donat membership abo promo"
                            + " \\bcta call download offer upsell", FurnitureKind.PROMO, false),
            rule("related|recommend|more-?stories|more-?articles|read-?more|readmore|also-?read|weitere|mehr-?zum"
                    + "|outbrain|taboola|most-?popular|popular|trending|meistgelesen|empfehlung|next-?article"
                    + "|more-?from|further-?reading|teaser-?list|article-?list|artikelliste|story-?list"
                    + "|latest-?news|top-?stories|breaking-?(?:news-?)?(?:ticker|bar|block|list|slider|scroll|marquee|items)|news-?ticker|newsticker",
                    "related recommend more read weitere mehr outbrain taboola popular trending meistgelesen"
                            + " empfehlung next list latest stories breaking ticker", FurnitureKind.RELATED, false),
            rule("share|sharing|shariff|social|sociable|follow-?us|bookmark", "shar soci follow bookmark",
                    FurnitureKind.CHROME, false),
            rule("breadcrumb|\\bnav\\b|navigation|navbar|\\bmenu|pagination|\\bpager|\\bskip|masthead|site-?header"
                    + "|site-?footer|page-?footer|global-?footer|\\bfooter\\b|toolbar|\\bsearch\\b|\\blogin\\b"
                    + "|\\btags?\\b|tag-?list|tags-|keywords|schlagw|\\bprint\\b|\\brating|bewertung|sidebar|(?<!elementor-)(?:\\b|text)widget"
                    + "|\\bmodal\\b|popup|overlay|sr-only|visually-?hidden|screen-?reader|\\bhidden\\b|jump-?link"
                    + "|author-?bio|about-?the-?author|autorenbox|infobox-?autor|tooltip|popover|hover-?card|rollover"
                    + "|text-?resizer|font-?resizer|text-?size",
                    "breadcrumb nav \\bmenu pagination pager \\bskip masthead header footer toolbar \\bsearch"
                            + " \\blogin tag keywords schlagw \\bprint rating bewertung sidebar \\bwidget textwidget \\bmodal"
                            + " popup overlay sr-only hidden screen jump author autor tooltip popover hover rollover"
                            + " resizer size",
                    FurnitureKind.CHROME, false),
            rule("\\bads?\\b|\\bad-|-ad\\b|advert|anzeige|werbung|sponsor|dfp|\\bbanner\\b|gpt-|adslot|ad-?slot"
                    + "|ad-?container|ad-?wrapper|commercial",
                    "\\bad -ad advert anzeige werbung sponsor dfp \\bbanner gpt- adslot ad-slot adcontainer"
                            + " ad-container adwrapper ad-wrapper commercial", FurnitureKind.CHROME, true),
            rule("(?:author|autor)-?(?:info|box|bio|desc|about|profile|details|card|block|footer|teaser|section|area"
                    + "|avatar|data)|(?:post|entry|article)-?author\\b"
                    + "|about-?(?:the-?)?author|\\bbio\\b|biography|\\bvcard\\b|autorenbox|author-?description",
                    "author autor bio \\bvcard", FurnitureKind.BYLINE, false),
            rule("caption|bildunterschrift|bildtext|legende|\\blegend\\b", "caption bildunterschrift bildtext legend",
                    FurnitureKind.CAPTION, false),
            rule("credit|copyright|bildnachweis|bildquelle|photographer|image-?source|fotograf",
                    "credit copyright bildnachweis bildquelle photographer source fotograf", FurnitureKind.CREDIT,
                    false),
            rule("standfirst|\\bdek\\b|\\bdeck\\b", "standfirst \\bdek \\bdeck", FurnitureKind.STANDFIRST, false),
            rule("byline|\\bauthor|autor\\b|autorin|\\bverfasser", "byline \\bauthor autor \\bverfasser",
                    FurnitureKind.BYLINE, true),
            rule("dateline|timestamp|\\bpubdate|publish-?date|published|\\bdate\\b|datum",
                    "dateline timestamp \\bpubdate publish date datum", FurnitureKind.DATELINE, true),
            rule("teaser|\\bfooter|\\bheader|\\bmeta\\b|article-?meta|\\binfo\\b|\\bextra|\\baside|\\bbox\\b"
                    + "|\\blinks\\b|(?<!elementor-)widget|\\bmore\\b|module|\\bsub-?nav",
                    "teaser \\bfooter \\bheader meta \\binfo \\bextra \\baside \\bbox \\blinks widget \\bmore"
                            + " module \\bsub", FurnitureKind.CHROME, true));

    /** The keys of all rules by their first character (ASCII only): one scan of a string finds the rules to try. */
    private static final Key[][] KEYS_BY_FIRST_CHAR = keyTable();

    private record Key(String word, boolean wordStart, int rule) {
    }

    private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside", "menu", "dialog", "button",
            "select", "input", "textarea", "label");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist");
    private static final Pattern SOCIAL_IFRAME = Pattern.compile(
            "(?i)twitter\\.com|x\\.com/|instagram\\.com|facebook\\.com|youtube|youtu\\.be|vimeo|tiktok|spotify"
                    + "|soundcloud|podcast|datawrapper|flourish|infogram|player");

    private static Rule rule(String regex, String keys, FurnitureKind kind, boolean weak) {
        return new Rule(Pattern.compile(regex), List.of(keys.split(" ")), kind, weak);
    }

    private static Key[][] keyTable() {
        List<List<Key>> table = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            table.add(new ArrayList<>());
        }
        for (int i = 0; i < ATTRIBUTE_RULES.size(); i++) {
            for (String k : ATTRIBUTE_RULES.get(i).keys()) {
                boolean start = k.startsWith("\\b");
                String word = start ? k.substring(2) : k;
                table.get(word.charAt(0)).add(new Key(word, start, i));
            }
        }
        Key[][] out = new Key[128][];
        for (int c = 0; c < 128; c++) {
            out[c] = table.get(c).toArray(new Key[0]);
        }
        return out;
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '_';
    }

    /** A bit for each rule with a key in {@code names}. */
    private static long candidateRules(String names) {
        long found = 0;
        int n = names.length();
        for (int i = 0; i < n; i++) {
            char c = names.charAt(i);
            if (c >= 128) {
                continue;
            }
            for (Key k : KEYS_BY_FIRST_CHAR[c]) {
                if ((found & (1L << k.rule)) == 0 && names.startsWith(k.word, i)
                        && (!k.wordStart || i == 0 || !isAsciiWordChar(names.charAt(i - 1)))) {
                    found |= 1L << k.rule;
                }
            }
        }
        return found;
    }

    private BoilerplateRules() {
    }

    /** The furniture verdict for one element, or null when nothing marks it as furniture. */
    static Verdict judge(Element e) {
        return judge(e, new HashMap<>());
    }

    /**
     * As {@link #judge(Element)}, remembering the verdict of each class-and-id string in {@code seen}
     * (one map per page: the same class strings repeat on many elements).
     */
    static Verdict judge(Element e, Map<String, Optional<Verdict>> seen) {
        String tag = e.normalName();
        if (tag.equals("figcaption")) {
            return new Verdict(FurnitureKind.CAPTION, false);
        }
        if (tag.equals("iframe") || tag.equals("embed") || tag.equals("object")) {
            String src = e.attr("src") + e.attr("data-src") + e.attr("data");
            return new Verdict(SOCIAL_IFRAME.matcher(src).find() ? FurnitureKind.EMBED : FurnitureKind.CHROME, false);
        }
        if (CHROME_TAGS.contains(tag)) {
            return new Verdict(FurnitureKind.CHROME, false);
        }
        if (e.attributesSize() == 0) {
            return null; // no attribute marks it (the common case, tested cheaply)
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && CHROME_ROLES.contains(role)) {
            return new Verdict(FurnitureKind.CHROME, false);
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return new Verdict(FurnitureKind.OTHER, false);
        }
        String style = e.attr("style");
        if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return new Verdict(FurnitureKind.OTHER, false);
        }
        String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if (itemprop.equals("articlebody") || itemprop.equals("text") || tag.equals("body") || tag.equals("html")) {
            return null;
        }
        String names = names(e);
        if (names.isBlank()) {
            return itemprop.equals("author") ? new Verdict(FurnitureKind.BYLINE, true) : null;
        }
        return seen.computeIfAbsent(names, BoilerplateRules::judgeNames).orElse(null);
    }

    static Optional<Verdict> judgeNames(String names) {
        if (isRecipePart(names)) {
            return Optional.empty(); // ingredients and steps are the article of a recipe page, whatever box holds them
        }
        long candidates = candidateRules(names);
        for (int i = 0; candidates != 0 && i < ATTRIBUTE_RULES.size(); i++) {
            if ((candidates & (1L << i)) == 0) {
                continue;
            }
            candidates &= ~(1L << i);
            Rule r = ATTRIBUTE_RULES.get(i);
            if (r.kind == FurnitureKind.COMMENTS_HEADER && LIVE_COVERAGE.matcher(names).find()) {
                continue; // a live ticker's entries are its "comments"
            }
            if (r.pattern.matcher(names).find()) {
                return Optional.of(verdict(r, names));
            }
        }
        return Optional.empty();
    }

    /**
     * The verdict of a rule that matched: weak when the rule is, or when another class name (not the one
     * the rule matched) says the element may be the article's container ("entry-content has-sidebar").
     */
    private static Verdict verdict(Rule r, String names) {
        if (r.weak || r.kind == FurnitureKind.EMBED || r.kind == FurnitureKind.COMMENTS_HEADER
                || !MAYBE_ARTICLE.matcher(names).find()) {
            return new Verdict(r.kind, r.weak);
        }
        for (String token : names.split(" ")) {
            if (!token.isEmpty() && !r.pattern.matcher(token).find() && MAYBE_ARTICLE.matcher(token).find()) {
                return new Verdict(r.kind, true);
            }
        }
        return new Verdict(r.kind, false);
    }

    /** As {@link #judgeNames(String)} without the keys: every rule's pattern tried in turn (for tests). */
    static Optional<Verdict> judgeNamesByPatternsOnly(String names) {
        if (isRecipePart(names)) {
            return Optional.empty();
        }
        for (Rule r : ATTRIBUTE_RULES) {
            if (r.kind == FurnitureKind.COMMENTS_HEADER && LIVE_COVERAGE.matcher(names).find()) {
                continue;
            }
            if (r.pattern.matcher(names).find()) {
                return Optional.of(verdict(r, names));
            }
        }
        return Optional.empty();
    }

    /**
     * The element's class names and id, lower case, without the taxonomy classes that blog engines put
     * on every post ({@code tag-politics}, {@code category-social-media}, {@code post-123}).
     */
    static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty()) {
            return id.isEmpty() ? "" : id.toLowerCase(Locale.ROOT).replace('_', '-');
        }
        String lower = (cls + " " + id).toLowerCase(Locale.ROOT).replace('_', '-');
        if (!mayHoldTaxonomy(lower) || !TAXONOMY_ANYWHERE.matcher(lower).find()) {
            return lower;
        }
        StringBuilder sb = new StringBuilder();
        for (String c : e.classNames()) {
            String k = c.toLowerCase(Locale.ROOT).replace('_', '-');
            if (!TAXONOMY.matcher(k).find()) {
                sb.append(k).append(' ');
            }
        }
        return sb.append(e.id().toLowerCase(Locale.ROOT).replace('_', '-')).toString();
    }

    /** False when no taxonomy class can be in the string (cheap, before {@link #TAXONOMY_ANYWHERE}). */
    private static boolean mayHoldTaxonomy(String lower) {
        return lower.contains("tag-") || lower.contains("categor") || lower.contains("format-")
                || lower.contains("status-") || lower.contains("type-") || lower.contains("topic-")
                || lower.contains("post") || lower.contains("page-id-");
    }

    private static final Pattern TAXONOMY_ANYWHERE = Pattern.compile(
            "(?:^|\\s)(?:tag|category|categories|format|status|type|topic|post|postid|page-id)-");
    private static final Pattern TAXONOMY = Pattern.compile(
            "^(?:tag|category|categories|format|status|type|topic)-(?!list|cloud|links|box|wrap|container)"
                    + "|^(?:post|postid|page-id)-?\\d+$");

    /** True when the class-and-id string names a recipe's ingredients, steps or preparation. */
    static boolean isRecipePart(String names) {
        return (names.contains("ingredient") || names.contains("zutat") || names.contains("recipe")
                || names.contains("rezept") || names.contains("zubereitung") || names.contains("preparation"))
                && RECIPE_PART.matcher(names).find();
    }

    private static final Pattern RECIPE_PART = Pattern.compile(
            "ingredient|zutaten|(?:recipe|rezept)-?(?:ingredients|zutaten|steps|instructions|directions|method|preparation"
                    + "|zubereitung|schritte|text|notes|body|content)|zubereitung|preparation-?step");

    /** True when class or id says the element is the article itself (a hint, not a verdict). */
    static boolean looksLikeArticle(Element e) {
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || e.normalName().equals("article")) {
            return true;
        }
        String names = names(e);
        return !names.isBlank() && ARTICLE_HINT.matcher(names).find();
    }

    /** Words that name live coverage, whose entries sites call "comments" (live-match-comment, ticker-comment). */
    private static final Pattern LIVE_COVERAGE = Pattern.compile(
            "\\blive-?(?:match|ticker|blog|game|report|text|feed|stream|update|event|comment)|liveticker|liveblog|ticker");

    /** Words that name a container of the article as well as furniture ("main-with-sidebar"). */
    private static final Pattern MAYBE_ARTICLE = Pattern.compile(
            "article|artikel|\\bbody|column|content|\\bmain|story|\\btext(?!-\\d)|inhalt|entry|\\bpost\\b|page|wrapper|container");

    private static final Pattern ARTICLE_HINT = Pattern.compile(
            "article|artikel|story|post-?body|entry-?content|post-?content|main-?content|content-?body|body-?text"
                    + "|text-?body|articlebody|rich-?text|richtext|\\bcontent\\b|inhalt|beitrag|blog-?post|\\bentry\\b"
                    + "|\\bprose\\b|\\bmain\\b");
}
