package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.List;
import java.util.Optional;

import static dev.parallax.model.FurnitureKind.CAPTION;
import static dev.parallax.model.FurnitureKind.CHROME;
import static dev.parallax.model.FurnitureKind.COMMENTS_HEADER;
import static dev.parallax.model.FurnitureKind.CREDIT;
import static dev.parallax.model.FurnitureKind.EMBED;
import static dev.parallax.model.FurnitureKind.FOOTER;
import static dev.parallax.model.FurnitureKind.PROMO;
import static dev.parallax.model.FurnitureKind.RELATED;

/**
 * The line rules of the plain-text cleaner, as data: an ordered list of {@link LineRule}s where the
 * first match wins. Every rule matches a whole line and is anchored at its start (or, for captions,
 * at the credit that ends it), so a sentence that merely mentions a newsletter or a photo stays in the
 * body. Immutable and thread-safe.
 */
final class FurnitureRules {
    /** A sentence of more than twelve words ending with a full stop: prose, not a call to action. */
    private static final String LONG_SENTENCE = "^(?:\\S+\\s+){12,}\\S*[.!?][\"”’']?$";
    /** What starts a date rather than a name, after "First published on". */
    private static final String NOT_A_NAME = "\\d|" + DateLineParser.WEEKDAY + "\\b|" + DateLineParser.MONTH + "\\b";
    private static final String AGENCY = "(?:getty images|reuters|ap|afp|epa|epa-efe|shutterstock|alamy|pa|pa media|pa wire|anadolu|xinhua|dpa|bloomberg)";
    private static final String CREDIT_WORD = "(?:photo(?:graph)?|image|picture|pic|video|illustration|graphic|credit|photo credit|image credit|image source|footage)s?";

    /** Whole-line credits: the line is only the credit. */
    static final List<LineRule> CREDITS = List.of(
            LineRule.of("credit-label", CREDIT, 12, "^\\(?" + CREDIT_WORD + "\\s*[:,]\\s*[^.!?]{1,60}\\)?\\.?$"),
            LineRule.of("credit-via", CREDIT, 12, "^\\(?[^()]{0,50}\\bvia " + AGENCY + "\\)?\\.?$"),
            LineRule.of("credit-agency", CREDIT, 8, "^\\(?" + AGENCY + "(?:\\s+photos?)?(?:\\s*/\\s*[^()]{1,40})?\\)?$"),
            LineRule.of("credit-by", CREDIT, 10, "^(?:photos?|images?|pictures?|video) by [^.!?]{1,50}$"));

    /** Captions: a line ending in a credit, and image markers. */
    static final List<LineRule> CAPTIONS = List.of(
            LineRule.of("caption-marker", CAPTION, 6,
                    "^(?:\\[(?:image|photo|picture|video|gallery)[^\\]]*\\]|(?:image|photo|picture|video|gallery|photo gallery|watch)(?:\\s+\\d+\\s+of\\s+\\d+)?\\s*:?)$"),
            LineRule.of("caption-labelled", CAPTION, 60, "^(?:image|media|video|photo) caption\\s*[,:].+$"),
            LineRule.of("caption-credit-label", CAPTION, 50, "^.+[\\s.,;:–—-]\\(?" + CREDIT_WORD + "\\s*:\\s*[^.!?()]{1,60}\\)?\\.?$"),
            LineRule.of("caption-via", CAPTION, 50, "^.+\\((?:[^()]{0,50}\\s)?via " + AGENCY + "\\)\\.?$"),
            LineRule.of("caption-agency-photographer", CAPTION, 50, "^.+\\(" + AGENCY + "(?:\\s+photo)?\\s*/\\s*[^()]{1,40}\\)\\.?$"),
            LineRule.of("caption-agency", CAPTION, 35, "^.+\\(" + AGENCY + "(?:\\s+photo)?\\)\\.?$").unless("[\"“”]"));

    static final List<LineRule> PROMOS = List.of(
            LineRule.of("alerts", PROMO, 30, "^(?:get|receive|turn on|sign up for|enable) (?:the latest |our |free )?(?:breaking[- ]news |news |push |email )?(?:alerts|notifications)\\b.*$"),
            LineRule.of("sign-up", PROMO, 25, "^sign up\\b.*\\b(?:newsletters?|alerts?|our|free|today|now|here|email|inbox|briefing|updates)\\b.*$").unless(LONG_SENTENCE),
            LineRule.of("subscribe", PROMO, 30, "^subscribe\\b.*(?:newsletter|our|today|now|free|unlimited|access|podcast|channel|here|\\$|£|€).*$").unless(LONG_SENTENCE),
            LineRule.of("read-more", PROMO, 25, "^(?:read more|read the full (?:story|article)|read full (?:story|article)|full story)"
                    + "(?:\\s*[:»>›|\\-–—].*|\\s+(?:here|about|on|at|in|from)\\b.*|\\s*[.…]*)$"),
            LineRule.of("click-here", PROMO, 30, "^(?:click|tap) here\\b.*$"),
            LineRule.of("app", PROMO, 30, "^download (?:our|the)\\b.*\\bapp\\b.*$").unless(LONG_SENTENCE),
            LineRule.of("follow", PROMO, 25, "^follow (?:us|[^ ]+(?: [^ ]+){0,4}) on (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|linkedin|whatsapp|telegram|youtube|google news)\\b.*$"),
            LineRule.of("advertisement", PROMO, 3, "^(?:advertisement|advert|sponsored(?: content)?|promoted|paid content|partner content|ad)$"),
            LineRule.of("continue-reading", PROMO, 12, "^(?:continue reading|(?:the )?story continues|article continues|scroll (?:down )?to continue)\\b.*$"),
            LineRule.of("tips", PROMO, 25, "^(?:have|got) a (?:news )?tip\\b.*$"),
            LineRule.of("support", PROMO, 30, "^(?:support|donate to) (?:our|independent|local)\\b.*journalism.*$"),
            LineRule.of("newsletter", PROMO, 12, "^(?:newsletter|get (?:our|the) [^.]{0,30}newsletter)\\b.*$"));

    static final List<LineRule> RELATEDS = List.of(
            LineRule.of("related", RELATED, 30, "^(?:related(?: articles?| stories| coverage| content| reading| links| video| topics)?|read also|also read|see also"
                    + "|more on this (?:story|topic)|more from [^:]{1,30}|recommended(?: for you| stories| reading)?|you (?:may|might) also like"
                    + "|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|further reading|latest (?:stories|news)|top stories"
                    + "|more stories|what to read next|read next)(?:\\s*[:»>›|\\-–—].*)?$"),
            LineRule.of("media-link", RELATED, 20, "^(?:watch|listen|video|podcast|live|gallery|in pictures)\\s*:\\s*\\S.*$"));

    static final List<LineRule> FOOTERS = List.of(
            LineRule.of("syndication", FOOTER, 45, "^(?:this|the above) (?:article|story|piece|report|post|content) (?:was |is |has been )?"
                    + "(?:(?:originally|first) (?:appeared|published|ran)\\b.*|(?:appeared|published|ran|republished|reproduced) (?:on|in|at|by|from|with) (?-i:\\p{Lu}).*)$"),
            LineRule.of("originally", FOOTER, 45, "^(?:originally|first) (?:published|appeared) (?:on|in|by|at) (?!" + NOT_A_NAME + ").*$"),
            LineRule.of("republished", FOOTER, 45, "^(?:republished|reproduced|reprinted|distributed|syndicated)(?: with permission)? (?:from|by|courtesy of)\\b.*$"),
            LineRule.of("copyright", FOOTER, 40, "^(?:©|\\(c\\)\\s|copyright\\s*(?:©|\\(c\\))?\\s*\\d{4}\\b).*$"),
            LineRule.of("copyright-short", FOOTER, 10, "^copyright\\b.*$"),
            LineRule.of("rights", FOOTER, 40, "^.*\\ball rights reserved\\.?$"),
            LineRule.of("reporting-by", FOOTER, 45, "^\\(?(?:additional )?reporting by (?-i:\\p{Lu}).*$").unless(LONG_SENTENCE),
            LineRule.of("editing-by", FOOTER, 30, "^\\(?(?:editing|writing|compiled|edited|graphics) by (?-i:\\p{Lu}).*$").unless(LONG_SENTENCE),
            LineRule.of("update-note", FOOTER, 45, "^(?:this (?:article|story|piece|report|post) (?:was|has been) (?:updated|amended|corrected|changed)\\b"
                    + "|(?:correction|clarification|editor'?s note)\\s*[:—–]\\s).*$"),
            LineRule.of("contributed", FOOTER, 25, "^.{0,120}\\bcontributed (?:reporting )?to this (?:report|story|article)\\.?$"),
            LineRule.of("standards", FOOTER, 14, "^(?:our (?:editorial )?standards|editorial standards)\\s*:.*$"));

    static final List<LineRule> CHROMES = List.of(
            LineRule.of("share", CHROME, 6, "^(?:share|share this(?: article| story| page)?|share on \\w+|tweet|email|e-mail|print|copy link|save|save article"
                    + "|listen|listen to (?:this )?article|skip to (?:main )?content|menu|back to top|gift this article|bookmark)$"),
            LineRule.of("social", CHROME, 12, "^(?:facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest|telegram|copy link|print)(?:\\s*[|·•,]?\\s*(?:facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest|telegram|copy link|print)){1,}$"),
            LineRule.of("tags", CHROME, 30, "^(?:tags|topics|filed under|categories|more about|sections?)\\s*:.*$"),
            LineRule.of("separator", CHROME, 10, "^[^\\p{L}\\p{N}]+$"),
            LineRule.of("reading-time", CHROME, 4, "^\\d+\\s*min(?:ute)?s?\\s+read$"),
            LineRule.of("breadcrumb", CHROME, 10, "^(?:home|news|world|politics|business|europe|opinion|sport|national|local)(?:\\s*[>›»/|]\\s*[\\p{L} ]{2,20}){1,4}$"),
            LineRule.of("link-row", CHROME, 16, "^(?:[\\p{L}&' ]{2,25}\\s*[·|•]\\s*){2,}[\\p{L}&' ]{2,25}$"),
            LineRule.of("cookies", CHROME, 40, "^(?:we use cookies|accept (?:all )?cookies|cookie (?:settings|policy|preferences)).*$"));

    static final List<LineRule> EMBEDS = List.of(
            LineRule.of("post-link", EMBED, 2, "^(?:pic\\.twitter\\.com/\\S+|https?://t\\.co/\\S+)$"),
            LineRule.of("view-post", EMBED, 8, "^(?:view this post on (?:instagram|facebook|threads|x|tiktok)|watch on (?:tiktok|youtube)|view on (?:x|twitter|threads|bluesky))$"),
            LineRule.of("post-shared", EMBED, 20, "^a (?:post|video|photo) shared by .{1,60}\\(@[\\w.]{1,30}\\).*$"));

    static final List<LineRule> COMMENT_HEADINGS = List.of(
            LineRule.of("comments", COMMENTS_HEADER, 4, "^(?:\\d[\\d,]*\\s+)?(?:reader\\s+|readers'?\\s+)?comments?(?:\\s*\\(\\d[\\d,]*\\))?\\s*:?$"),
            LineRule.of("conversation", COMMENTS_HEADER, 14, "^(?:join|start) the (?:conversation|discussion|debate)\\b.*$"),
            LineRule.of("show-comments", COMMENTS_HEADER, 8, "^(?:show|view|load|see|read) (?:all\\s+)?(?:\\d[\\d,]*\\s+)?(?:more\\s+)?comments\\b.*$"),
            LineRule.of("leave-comment", COMMENTS_HEADER, 8, "^(?:leave|post|add|write) a (?:comment|reply)\\b.*$"),
            LineRule.of("comments-closed", COMMENTS_HEADER, 14, "^comments are (?:closed|open|moderated|now closed)\\b.*$"),
            LineRule.of("sort", COMMENTS_HEADER, 8, "^sort(?:ed)? by\\s*:?.*(?:newest|oldest|best|top|popular).*$"));

    /** Headings that may also be an article's sub-heading: they open a comments section only when comments follow. */
    static final List<LineRule> WEAK_COMMENT_HEADINGS = List.of(
            LineRule.of("discussion", COMMENTS_HEADER, 16, "^(?:\\d[\\d,]*\\s+)?(?:discussion|have your say|responses?|replies|thoughts on .{1,80}|what do you think\\??)(?:\\s*\\(\\d+\\))?$"));

    /** The rules applied to every open unit, in order: credits before captions, then the rest; comment headings last
     * (a comment-count link near the top is furniture, not the start of the comments). */
    static final List<LineRule> STANDARD = concat(CREDITS, CAPTIONS, EMBEDS, FOOTERS, PROMOS, RELATEDS, CHROMES, COMMENT_HEADINGS);

    private FurnitureRules() {
    }

    @SafeVarargs
    private static List<LineRule> concat(List<LineRule>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /** The kind of the first rule among {@code rules} that matches the line. */
    static Optional<FurnitureKind> kindOf(List<LineRule> rules, String line) {
        for (LineRule rule : rules) {
            if (rule.matches(line)) {
                return Optional.of(rule.kind());
            }
        }
        return Optional.empty();
    }

    /** True when the line is a caption marker ({@code Image}, {@code [Photo]}) rather than a caption. */
    static boolean isCaptionMarker(String line) {
        return CAPTIONS.get(0).matches(line);
    }
}
