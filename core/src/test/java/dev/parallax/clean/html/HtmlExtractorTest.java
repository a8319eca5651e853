package dev.parallax.clean.html;

import dev.parallax.clean.CleanResult;
import dev.parallax.clean.outlet.OutletDirectory;
import dev.parallax.model.Article;
import dev.parallax.model.Comment;
import dev.parallax.model.ContentType;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;
import dev.parallax.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorTest {
    /** A paragraph of body text long enough for the extractor to keep a page. */
    private static final String LONG_ENOUGH_PARAGRAPH = "<p>"
            + "A long enough paragraph of article text for the extractor to keep it. ".repeat(3) + "</p>";

    private final HtmlExtractor extractor = new HtmlExtractor(
            new OutletDirectory(Map.of("valleyfarm.example", "Valley Farm Weekly (directory)")));

    @Test
    void jsonLdInGraphGivesHeadlineAuthorsDateLanguageAndPublisher() {
        Article a = extract("jsonld-article.html", DocumentHints.NONE);
        assertEquals("Harbour bridge reopens after two years of repairs", a.title());
        assertEquals(List.of("Mara Quinlan", "Tobias Reede"), a.authors());
        assertEquals("2024-03-14T07:30Z", a.published().toString());
        assertEquals("en", a.language());
        assertEquals("The Coastal Ledger", a.outlet());
        assertEquals("https://www.coastal-ledger.example/news/harbour-bridge-reopens", a.url());
    }

    @Test
    void bodyKeepsParagraphsSubheadingsAndListItemsInOrder() {
        Article a = extract("jsonld-article.html", DocumentHints.NONE);
        assertEquals(7, a.body().size(), a.body().toString());
        assertTrue(a.body().get(0).startsWith("The harbour bridge reopened"));
        assertEquals("What changed", a.body().get(2));
        assertTrue(a.body().get(4).startsWith("Two lanes each way"));
        assertTrue(a.body().get(6).startsWith("Repairs cost more"));
        assertFalse(a.bodyText().contains("All rights reserved"));
        assertFalse(a.bodyText().contains("By Mara Quinlan"));
    }

    @Test
    void bylineAndHeadlineAreTypedFurniture() {
        Article a = extract("jsonld-article.html", DocumentHints.NONE);
        assertTrue(has(a, FurnitureKind.BYLINE, "By Mara Quinlan"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.HEADLINE, "Harbour bridge reopens"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.CHROME, "Home News Sport"), a.removed().toString());
    }

    @Test
    void openGraphAndMetaTagsGiveMetadataWhenThereIsNoJsonLd() {
        Article a = extract("opengraph-only.html", DocumentHints.NONE);
        assertEquals("Orchard growers brace for late frost", a.title());
        assertEquals(List.of("Priya Castellanos"), a.authors());
        assertEquals("2023-04-02", a.published().date().toString());
        assertEquals("en", a.language());
        assertEquals("https://valleyfarm.example/2023/04/frost", a.url());
        assertEquals(3, a.body().size());
    }

    @Test
    void outletComesFromTheDirectoryBeforeTheSiteName() {
        Article a = extract("opengraph-only.html", DocumentHints.NONE);
        assertEquals("Valley Farm Weekly (directory)", a.outlet());
    }

    @Test
    void hintsWinOverWhatThePageSays() {
        DocumentHints hints = new DocumentHints("https://elsewhere.example/x", "Feed title", List.of("Feed Author"),
                null, "Feed Outlet", "fr");
        Article a = extract("opengraph-only.html", hints);
        assertEquals("Feed title", a.title());
        assertEquals(List.of("Feed Author"), a.authors());
        assertEquals("Feed Outlet", a.outlet());
        assertEquals("fr", a.language());
        assertEquals("https://elsewhere.example/x", a.url());
    }

    @Test
    void outletIsUnknownWhenTheSiteNameIsABareHost() {
        String html = "<html><head><meta property='og:site_name' content='news.example.org'></head><body>"
                + "<article>" + LONG_ENOUGH_PARAGRAPH + "</article></body></html>";
        Article a = extract(html);
        assertNull(a.outlet());
    }

    @Test
    void outletComesFromThePageTitleWhenThePageNamesNoSite() {
        String text = LONG_ENOUGH_PARAGRAPH; // the body every page below shares
        Article ledger = extract("<html><head><title>Port strike spreads as talks stall | The Harbour Ledger</title>"
                + "</head><body><article><h1>Port strike spreads as talks stall</h1>" + text
                + "</article></body></html>");
        assertEquals("The Harbour Ledger", ledger.outlet());
        assertEquals("Port strike spreads as talks stall", ledger.title());
        // no h1: the title is the page's without the outlet's name; a colon and a hyphen in a word stay
        Article courant = extract("<html><head><title>Poll: cease-fire holds in the north - Daily Courant</title>"
                + "</head><body><article>" + text + "</article></body></html>");
        assertEquals("Daily Courant", courant.outlet());
        assertEquals("Poll: cease-fire holds in the north", courant.title());
        // a last part as long as the headline, or in lower case, is no outlet
        Article none = extract("<html><head><title>Markets | shares fall for a third day as oil prices climb</title>"
                + "</head><body><article>" + text + "</article></body></html>");
        assertNull(none.outlet());
        assertEquals("Markets | shares fall for a third day as oil prices climb", none.title());
        // a section is no outlet
        Article opinion = extract("<html><head><title>Why the port strike matters - Opinion</title></head><body>"
                + "<article>" + text + "</article></body></html>");
        assertNull(opinion.outlet());
    }

    @Test
    void authorsComeFromTheBylineWhenNoMetadataNamesThem() {
        String text = LONG_ENOUGH_PARAGRAPH; // the body every page below shares
        Article a = extract("<html><body><article><h1>Allies vow to fight on</h1><p class='author'>Written by "
                + "K. Ostrowska and Tomas Lind, Europe correspondents</p>" + text + "</article></body></html>");
        assertEquals(List.of("K. Ostrowska", "Tomas Lind"), a.authors());
        Article staff = extract("<html><body><article><h1>Allies vow to fight on</h1><p class='byline'>By Staff</p>"
                + text + "</article></body></html>");
        assertEquals(List.of(), staff.authors());
    }

    @Test
    void wireFootersAreTypedAsInPlainText() {
        String text = LONG_ENOUGH_PARAGRAPH;
        Article a = extract("<html><body><article><h1>Ferry fares to rise</h1>" + text
                + "<p>Rui Costa in Lisbon contributed to this report.</p>"
                + "<p><em>Reporting by Ana Brito; Editing by Jon Keel</em></p>"
                + "<p>Our Standards: The Harbour Wire Trust Principles.</p>"
                + "<p>Copyright 2026 Harbour Wire. All rights reserved. This material may not be published, "
                + "broadcast, rewritten or redistributed.</p></article></body></html>");
        assertEquals(1, a.body().size(), a.body().toString());
        assertTrue(has(a, FurnitureKind.FOOTER, "contributed to this report"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.FOOTER, "Reporting by Ana Brito"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.FOOTER, "Our Standards"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.CREDIT, "Copyright 2026 Harbour Wire"), a.removed().toString());
        // prose that only mentions such words stays
        Article prose = extract("<html><body><article><h1>Court blocks report</h1>" + text
                + "<p>The judge said the report may not be published without the permission of both families.</p>"
                + "</article></body></html>");
        assertEquals(2, prose.body().size(), prose.body().toString());
    }

    @Test
    void captionAndCreditAreSplitAndTyped() {
        Article a = extract("furniture.html", DocumentHints.NONE);
        assertTrue(has(a, FurnitureKind.CAPTION, "Readers in the main hall on Monday evening."), a.removed().toString());
        assertTrue(has(a, FurnitureKind.CREDIT, "Photo: Lena Voss"), a.removed().toString());
        assertFalse(a.bodyText().contains("Readers in the main hall"));
    }

    @Test
    void newsletterRelatedShareCookieAndEmbedAreTypedAndOutOfTheBody() {
        Article a = extract("furniture.html", DocumentHints.NONE);
        assertEquals(4, a.body().size(), a.body().toString());
        assertTrue(has(a, FurnitureKind.PROMO, "Sign up for the newsletter"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.RELATED, "Council approves new budget"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.CHROME, "Share on Facebook"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.CHROME, "We use cookies"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.EMBED, "Open till 10pm from May!"), a.removed().toString());
        assertFalse(a.bodyText().contains("Open till 10pm"));
    }

    @Test
    void furnitureIsBoundedAndTrimmed() {
        String navItems = "<li><a href='/'>Section with a rather long navigation label</a></li>".repeat(200);
        String html = "<html><body><nav><ul>" + navItems + "</ul></nav>"
                + "<div class='share'>x</div>".repeat(30)
                + "<article><p>" + "Enough article text to keep this page as an article for the test. ".repeat(3)
                + "</p></article></body></html>";
        Article a = extract(html);
        assertTrue(a.removed().size() <= FurnitureKind.values().length * FurnitureLog.PER_KIND);
        for (Furniture f : a.removed()) {
            assertTrue(f.text().length() <= FurnitureLog.MAX_CHARS + 1, f.text());
        }
    }

    @Test
    void commentsBecomeCommentRecordsWithAuthorTimeAndReplies() {
        Article a = extract("comments.html", DocumentHints.NONE);
        assertEquals(3, a.body().size(), a.body().toString());
        List<Comment> comments = a.comments();
        assertEquals(3, comments.size(), comments.toString());
        Comment first = comments.get(0);
        assertEquals("Jonas Ferreira", first.author());
        assertEquals("2 May 2024 at 09:12", first.postedText());
        assertEquals("2024-05-02T09:12Z", first.posted());
        assertTrue(first.text().startsWith("About time."));
        assertEquals("Ada Lin", comments.get(1).author());
        assertEquals("3 days ago", comments.get(1).postedText());
        assertEquals("Jonas Ferreira", comments.get(1).replyTo());
        assertEquals("Who pays for it when the budget runs over?", comments.get(2).text());
        assertTrue(has(a, FurnitureKind.COMMENTS_HEADER, "3 Comments"), a.removed().toString());
        assertFalse(a.bodyText().contains("About time"));
    }

    @Test
    void liveBlogEntriesAreKeptInPageOrder() {
        Article a = extract("liveblog.html", DocumentHints.NONE);
        assertEquals("City marathon: live updates", a.title());
        List<String> body = a.body();
        assertTrue(body.indexOf("Winner crosses the line") >= 0, body.toString());
        int winner = indexOfPrefix(body, "The men's race was won");
        int halfway = indexOfPrefix(body, "Runners have passed the halfway mark");
        int start = indexOfPrefix(body, "The elite field has started");
        assertTrue(winner >= 0 && winner < halfway && halfway < start, body.toString());
        assertFalse(a.bodyText().contains("Traffic diversions"));
    }

    @Test
    void pageWithTwoArticlesGivesTheOneWithTheHeadline() {
        Article a = extract("two-articles.html", DocumentHints.NONE);
        assertEquals(3, a.body().size(), a.body().toString());
        assertTrue(a.body().get(0).startsWith("The island ferry will sail"));
        assertFalse(a.bodyText().contains("bakery"));
    }

    @Test
    void germanPageDropsAdvertsAndCommentsAndKeepsTheArticle() {
        Article a = extract("german.html", DocumentHints.NONE);
        assertEquals("de", a.language());
        assertEquals(List.of("Henrike Albers"), a.authors());
        assertEquals("2022-09-08", a.published().toString());
        assertTrue(a.body().get(a.body().size() - 1).startsWith("Bürgerinnen und Bürger"), a.body().toString());
        assertTrue(a.bodyText().contains("Die Arbeiten sollen im Frühjahr beginnen"));
        assertFalse(a.bodyText().contains("Fahrräder kaufen"));
        assertFalse(a.bodyText().contains("Endlich!"));
        assertFalse(a.bodyText().contains("Impressum"));
        assertTrue(has(a, FurnitureKind.CHROME, "Jetzt günstig Fahrräder kaufen"), a.removed().toString());
        assertEquals("Radler_99", a.comments().get(0).author());
    }

    @Test
    void brokenMarkupStillGivesTheParagraphs() {
        Article a = extract("broken-markup.html", DocumentHints.NONE);
        assertEquals(3, a.body().size(), a.body().toString());
        assertTrue(a.body().get(2).startsWith("Farmers reported damage"));
    }

    @Test
    void pageWithoutAnArticleIsRejectedAsNoArticle() {
        CleanResult r = extractor.clean(new SourceDocument("home.html", ContentType.HTML, fixture("no-article.html"),
                DocumentHints.NONE));
        CleanResult.Rejected rejected = assertInstanceOf(CleanResult.Rejected.class, r);
        assertEquals("no-article", rejected.problem().reason());
    }

    @Test
    void emptyPageIsRejectedAndNothingThrows() {
        assertInstanceOf(CleanResult.Rejected.class,
                extractor.clean(new SourceDocument("e.html", ContentType.HTML, "  ", DocumentHints.NONE)));
        assertInstanceOf(CleanResult.Rejected.class,
                extractor.clean(new SourceDocument("g.html", ContentType.HTML, "<<<>>>&&&<html", DocumentHints.NONE)));
    }

    @Test
    void pathologicallyDeepNestingDoesNotOverflowTheStack() {
        String p = "<p>" + "Article text nested far too deep, as broken pages sometimes are. ".repeat(3) + "</p>";
        Article a = extract("<div>".repeat(20_000) + p + p);
        assertFalse(a.body().isEmpty());
    }

    @Test
    void jsonLdArticleBodyIsUsedWhenThePageShowsNoText() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"articleBody\":\"First paragraph of the story, long enough to count as article text.\\n"
                + "Second paragraph of the story, also long enough to count here.\"}</script></head>"
                + "<body><div id='app'></div></body></html>";
        Article a = extract(html);
        assertEquals(2, a.body().size(), a.body().toString());
    }

    @Test
    void readersCommentsUnderACommentsHeadingInsideTheStoryAreNotBody() {
        Article a = extract("comments-heading.html", DocumentHints.NONE);
        assertEquals(3, a.body().size(), a.body().toString());
        assertTrue(a.body().get(2).startsWith("The summer timetable returns"));
        assertTrue(has(a, FurnitureKind.COMMENTS_HEADER, "Top Rated Comments"), a.removed().toString());
    }

    @Test
    void standfirstMarkedByItsClassIsTypedAndNotBody() {
        String para = "<p>The county opened its third recycling yard on Monday, taking garden waste, glass and old"
                + " furniture from households in the valley villages at no charge for the first year.</p>";
        Article a = extract("<html><body><article><h1>Recycling yard opens</h1>"
                + "<div class=\"c-standfirst\">A short summary that sits under the headline and repeats the story"
                + " in one sentence for hurried readers.</div>" + para + para.replace("third", "fourth")
                + "</article></body></html>");
        assertEquals(2, a.body().size(), a.body().toString());
        assertTrue(has(a, FurnitureKind.STANDFIRST, "A short summary"), a.removed().toString());
    }

    @Test
    void aDateWithItsReadingTimeIsADatelineAndAnUpdateNoteIsAFooter() {
        String para = "<p>The harbour board voted on Tuesday to close the old ferry terminal for repairs, after divers "
                + "found the piles under the waiting room had lost a third of their thickness to rot and shipworm.</p>";
        Article a = extract("<html><body><article><h1>Ferry terminal to close for repairs</h1>"
                + "<p><time datetime=\"2025-03-14T09:40\">14 March 2025, 09:40</time> \u00b7 "
                + "<span class=\"reading-time\">4 min read</span></p>"
                + para + para.replace("Tuesday", "Wednesday")
                + "<p>First Published: Friday, March 14, 2025 09:40 AM</p><p>Updated at 1:23 p.m.</p>"
                + "<p class=\"note\">This article was updated on 15 March to add the board's timetable.</p>"
                + "<p>Correction: an earlier version gave the wrong year for the terminal's opening.</p>"
                + "</article></body></html>");
        assertEquals(2, a.body().size(), a.body().toString());
        assertTrue(has(a, FurnitureKind.DATELINE, "4 min read"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.DATELINE, "First Published: Friday"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.DATELINE, "Updated at 1:23"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.FOOTER, "This article was updated"), a.removed().toString());
        assertTrue(has(a, FurnitureKind.FOOTER, "Correction: an earlier version"), a.removed().toString());
    }

    @Test
    void aLinkInsideASentenceStaysWhateverItsClassOrIdSays() {
        // sites tag names inline with ids such as "auto-tag_…" and classes such as "share-link"
        String html = "<html><body><article>" + LONG_ENOUGH_PARAGRAPH
                + "<p>The odyssey of how actress <a href='/t/mara-lind' id='auto-tag_mara-lind' data-tag='mara-lind'>"
                + "Mara Lind</a> came to write the song that <a class='tag-link' href='/t/ivo-berg'>Ivo Berg</a> sings "
                + "began ten years ago<span class='sr-only'> (opens in a new window)</span>"
                + "<span class='promo-note' style='display: none'> buy the album now</span>.</p>"
                + "<p>Read more: <a class='tags' href='/t/x'>Songwriting</a></p>"
                + "</article></body></html>";
        Article a = extract(html);
        assertTrue(a.bodyText().contains("how actress Mara Lind came to write the song that Ivo Berg sings"),
                a.body().toString());
        assertFalse(a.bodyText().contains("opens in a new window"), "screen-reader text stays out");
        assertFalse(a.bodyText().contains("buy the album"), "and so does text hidden by its style");
    }

    @Test
    void aPlaceholderDateInTheMetadataGivesWayToTheDatePrintedUnderTheByline() {
        String para = "<p>Two guards at the county jail were charged on Tuesday with falsifying the logs of checks "
                + "they never made on the night a prisoner in their wing died, prosecutors in Lakeview said.</p>";
        Article a = extract("<html><head><script type=\"application/ld+json\">{\"@context\": "
                + "\"http://schema.org\", \"@type\": \"NewsArticle\", \"datePublished\": "
                + "\"0001-01-01T00:00:00Z\", \"dateModified\": \"0001-01-01T00:00:00Z\"}</script></head>"
                + "<body><article><h1>Jail guards charged over missed checks</h1>"
                + "<div class=\"byline\"><a href=\"/staff/dana-orrell\">Dana Orrell</a> and "
                + "<a href=\"/staff/piet-vance\">Piet Vance</a> LAKEVIEW LEDGER</div>"
                + "<div class=\"timestamp\"><span>Published 7:07 PM EST Nov 19, 2019</span></div>"
                + para + para.replace("Tuesday", "Wednesday") + "</article></body></html>");
        assertEquals("2019-11-19T19:07-05:00", String.valueOf(a.published()), a.removed().toString());
        assertFalse(a.published().estimated(), "printed on the page, not estimated");
    }

    @Test
    void anUndatedPageTakesTheDayItsAddressNames() {
        String para = "<p>The county's planning board approved the new ferry terminal on a split vote after "
                + "a four-hour hearing in which residents argued over parking, noise and the harbour view.</p>";
        String html = "<html><body><article><h1>Board approves ferry terminal</h1>" + para
                + para.replace("split", "narrow") + "</article></body></html>";
        CleanResult r = extractor.clean(new SourceDocument("inline.html", ContentType.HTML, html, new DocumentHints(
                "https://ledger.example/news/local/2019/11/18/board-approves-ferry-terminal/4082679002/", null,
                List.of(), null, null, null)));
        Article a = assertInstanceOf(CleanResult.Cleaned.class, r, r.toString()).article();
        assertEquals("2019-11-18", a.published().toString());
    }

    private Article extract(String html) {
        CleanResult r = extractor.clean(new SourceDocument("inline.html", ContentType.HTML, html, DocumentHints.NONE));
        return assertInstanceOf(CleanResult.Cleaned.class, r, r.toString()).article();
    }

    private Article extract(String fixture, DocumentHints hints) {
        CleanResult r = extractor.clean(new SourceDocument(fixture, ContentType.HTML, fixture(fixture), hints));
        return assertInstanceOf(CleanResult.Cleaned.class, r, r.toString()).article();
    }

    private static boolean has(Article a, FurnitureKind kind, String textPart) {
        return a.removed().stream().anyMatch(f -> f.kind() == kind && f.text().contains(textPart));
    }

    private static int indexOfPrefix(List<String> body, String prefix) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static String fixture(String name) {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
