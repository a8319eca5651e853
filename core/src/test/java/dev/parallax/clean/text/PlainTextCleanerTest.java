package dev.parallax.clean.text;

import dev.parallax.clean.CleanResult;
import dev.parallax.clean.outlet.OutletDirectory;
import dev.parallax.model.Article;
import dev.parallax.model.Comment;
import dev.parallax.model.ContentType;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.parallax.clean.text.Fixtures.clean;
import static dev.parallax.clean.text.Fixtures.cleanText;
import static dev.parallax.clean.text.Fixtures.furniture;
import static dev.parallax.model.FurnitureKind.BYLINE;
import static dev.parallax.model.FurnitureKind.CAPTION;
import static dev.parallax.model.FurnitureKind.COMMENTS_HEADER;
import static dev.parallax.model.FurnitureKind.CREDIT;
import static dev.parallax.model.FurnitureKind.DATELINE;
import static dev.parallax.model.FurnitureKind.EMBED;
import static dev.parallax.model.FurnitureKind.FOOTER;
import static dev.parallax.model.FurnitureKind.HEADLINE;
import static dev.parallax.model.FurnitureKind.HEADLINE_REPEAT;
import static dev.parallax.model.FurnitureKind.METADATA;
import static dev.parallax.model.FurnitureKind.OTHER;
import static dev.parallax.model.FurnitureKind.PROMO;
import static dev.parallax.model.FurnitureKind.RELATED;
import static dev.parallax.model.FurnitureKind.STANDFIRST;
import static dev.parallax.model.FurnitureKind.SUMMARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextCleanerTest {

    // --- the top of the article -------------------------------------------------------------

    @Test
    void editorsNotesOnTheStorysHistoryAreFootersNotBody() {
        Article a = cleanText("""
                Ferry terminal to close for repairs

                The harbour board voted on Tuesday to close the old ferry terminal for repairs, after divers found the \
                piles under the waiting room had lost a third of their thickness.

                Repairs are due to take eight months, the board said.

                This story has been amended to correct the length of the repairs.

                Clarification: the terminal's car park stays open.
                """, DocumentHints.NONE);
        assertEquals(2, a.body().size(), a.body().toString());
        assertEquals(2, furniture(a, FOOTER).size(), a.removed().toString());
    }

    @Test
    void headerLinesBecomeMetadataAndFillTheArticleFields() {
        Article a = clean("header-and-top.txt");
        assertEquals(5, furniture(a, METADATA).size());
        assertEquals("2024-05-03", a.published().toString());
        assertEquals("https://www.brackwaternews.example/local/bridge-closure", a.url());
        assertEquals("Brackwater bridge to close for a year as cracks widen", a.title());
        assertEquals(List.of("Odette Lamarr"), a.authors());
        assertEquals("en", a.language());
    }

    @Test
    void headlineRepeatedWithOtherCaseAndPunctuationIsTypedAsHeadlineRepeat() {
        Article a = clean("header-and-top.txt");
        assertEquals(List.of("Brackwater bridge to close for a year as cracks widen"), furniture(a, HEADLINE));
        assertEquals(List.of("Brackwater Bridge to close for a year as cracks widen!"), furniture(a, HEADLINE_REPEAT));
    }

    @Test
    void pageTitleWithOutletSuffixIsTheRepeatAndTheCleanLineIsTheTitle() {
        Article a = clean("top-without-header.txt");
        assertEquals("Bridge closure: traders fear a lost summer", a.title());
        assertEquals(List.of("Bridge closure: traders fear a lost summer | Brackwater Evening News"), furniture(a, HEADLINE_REPEAT));
    }

    @Test
    void headlineDifferingFromTheHintedTitleIsStillTypedAsHeadlineAndTheHintIsTheTitle() {
        Article a = cleanText(Fixtures.read("top-without-header.txt"),
                new DocumentHints(null, "Traders count the cost of bridge closure", List.of(), null, null, null));
        assertEquals("Traders count the cost of bridge closure", a.title());
        assertEquals(List.of("Bridge closure: traders fear a lost summer"), furniture(a, HEADLINE));
        assertEquals(2, a.body().size());
    }

    @Test
    void oneSentenceDekBetweenHeadlineAndBylineIsTypedAsStandfirst() {
        Article a = clean("header-and-top.txt");
        assertEquals(List.of("Engineers found new cracks in the main span during a routine inspection last month"),
                furniture(a, STANDFIRST));
    }

    @Test
    void bylineGivesTheAuthorsWithRolesAndPlacesDropped() {
        Article a = clean("top-without-header.txt");
        assertEquals(List.of("By Rhian Castell and JOSEF MBEKI in Brackwater"), furniture(a, BYLINE));
        assertEquals(List.of("Rhian Castell", "Josef Mbeki"), a.authors());
    }

    @Test
    void dateLineIsTypedAsDatelineAndGivesThePublicationDateWhenThereIsNoHeaderDate() {
        Article a = clean("top-without-header.txt");
        assertEquals(List.of("Updated: May 3, 2024 at 10:14 a.m. ET"), furniture(a, DATELINE));
        assertEquals("2024-05-03T10:14-04:00", a.published().toString());
    }

    @Test
    void headerDateWinsOverTheDateLine() {
        Article a = clean("header-and-top.txt");
        assertEquals(List.of("Published 3 May 2024, 10:14 BST"), furniture(a, DATELINE));
        assertEquals("2024-05-03", a.published().toString());
    }

    @Test
    void keyPointsListBecomesSummaryFurnitureAndSummaryItems() {
        Article a = clean("header-and-top.txt");
        assertEquals(List.of("The bridge closes to all traffic from Monday", "Repairs are expected to take twelve months",
                "A free shuttle bus will run every ten minutes"), a.summary());
        assertEquals(1, furniture(a, SUMMARY).size());
        assertTrue(furniture(a, SUMMARY).get(0).startsWith("In brief"));
        assertTrue(a.body().stream().noneMatch(p -> p.contains("twelve months")));
    }

    // --- captions and credits ----------------------------------------------------------------

    @Test
    void captionLineEndingInPhotoCreditIsTypedAsCaption() {
        List<String> captions = furniture(clean("captions.txt"), CAPTION);
        assertTrue(captions.contains("Highways chief Pieter Donn at the bridge on Thursday (Photo: Reuters)"));
        assertTrue(captions.contains("The swing bridge seen from the east bank at dusk. Photograph: Lena Voss/AP"));
        assertTrue(captions.contains("Protesters hold placards outside the county offices (AFP via Getty Images)"));
    }

    @Test
    void creditOnItsOwnLineIsTypedAsCreditAndTheLineAboveAsCaption() {
        Article a = clean("captions.txt");
        assertTrue(furniture(a, CREDIT).contains("Credit: Getty Images"));
        assertTrue(furniture(a, CREDIT).contains("(AP Photo/Marta Ruiz)"));
        assertTrue(furniture(a, CAPTION).contains("Traders gather outside the town hall in Brackwater on Friday morning"));
    }

    @Test
    void shortSceneLineBetweenParagraphsIsTypedAsCaption() {
        Article a = clean("captions.txt");
        assertTrue(furniture(a, CAPTION).contains("Mayor Odile Fenner addresses residents at the town hall on Friday"));
        assertTrue(furniture(a, CAPTION).contains("Workers inspect the underside of the main span in April"));
    }

    @Test
    void paragraphReportingSpeechNextToACreditStaysInTheBody() {
        Article a = clean("captions.txt");
        assertTrue(a.body().contains("A spokesperson for the engineering firm said the inspection had followed national guidance."));
        assertEquals(6, a.body().size(), () -> String.join("\n", a.body()));
    }

    // --- promos, related, footers, embeds ----------------------------------------------------

    @Test
    void callsToActionAreTypedAsPromo() {
        List<String> promos = furniture(clean("promos-related-footer.txt"), PROMO);
        assertEquals(List.of("Get breaking news alerts from The Brackwater Evening News", "Sign up for our newsletter",
                "Subscribe to The Evening News for unlimited access", "Read more: Bridge closure: traders fear a lost summer",
                "Click here to see the new timetable", "Download our app", "Follow us on Instagram", "Advertisement",
                "Continue reading below"), promos);
    }

    @Test
    void relatedLinesAndMostReadListAreTypedAsRelated() {
        Article a = clean("promos-related-footer.txt");
        String related = String.join("\n", furniture(a, RELATED));
        for (String line : List.of("Related: Council defends bridge decision", "Read also: How the swing bridge was built",
                "Most read", "Brackwater market to move for the summer", "Five walks along the river this weekend")) {
            assertTrue(related.contains(line), line);
        }
        assertEquals(4, a.body().size());
    }

    @Test
    void syndicationCopyrightAndReportingLinesAreTypedAsFooter() {
        assertEquals(List.of("Reporting by Odette Lamarr; Editing by Carl Fisk",
                        "This article originally appeared on The Brackwater Evening News.",
                        "© 2024 Brackwater Media Ltd. All rights reserved."),
                furniture(clean("promos-related-footer.txt"), FOOTER));
    }

    @Test
    void embeddedPostIsOneEmbedWithItsTextAndAttribution() {
        Article a = clean("embed.txt");
        List<String> embeds = furniture(a, EMBED);
        assertEquals(2, embeds.size());
        assertTrue(embeds.get(0).startsWith("Nobody wanted this."));
        assertTrue(embeds.get(0).endsWith("— Odile Fenner (@odilefenner) May 2, 2024"));
        assertTrue(embeds.get(1).startsWith("Twelve months is a lifetime"));
        assertEquals(3, a.body().size());
    }

    // --- comments ----------------------------------------------------------------------------

    @Test
    void commentsAreReadWithAuthorResolvedTimeAndReplyTo() {
        Article a = clean("comments.txt");
        List<Comment> comments = a.comments();
        assertEquals(4, comments.size());
        assertEquals(new Comment("Harbourwatcher", "2024-04-30", "3 days ago",
                "Every ten minutes is fine until the first school run. Then we will see.", null), comments.get(0));
        assertEquals("Ines K", comments.get(1).author());
        assertEquals("2024-05-03T08:14+01:00", comments.get(1).posted());
        assertEquals("Harbourwatcher", comments.get(1).replyTo());
        assertEquals("Dockside Dan", comments.get(2).author());
        assertEquals("2024-05-02", comments.get(2).posted());
        assertEquals("Ines K", comments.get(2).replyTo());
        assertEquals("Not on the stretch past the roundabout it doesn't.", comments.get(2).text());
        assertEquals("2024-03-04", comments.get(3).posted());
        assertEquals("Mar 4", comments.get(3).postedText());
    }

    @Test
    void commentTextNeverEntersTheBodyAndCountersAreKeptAsOther() {
        Article a = clean("comments.txt");
        assertEquals(2, a.body().size());
        assertEquals(List.of("Join the conversation", "12 Comments"), furniture(a, COMMENTS_HEADER));
        assertTrue(furniture(a, OTHER).containsAll(List.of("Reply · 4 likes", "12 likes · Report")));
        assertTrue(a.comments().stream().noneMatch(c -> c.text().contains("likes")));
    }

    @Test
    void commentsWithoutAHeadingStartAtTheFirstRelativeTimeHeader() {
        Article a = clean("comments-no-heading.txt");
        assertEquals(2, a.body().size());
        assertEquals(2, a.comments().size());
        assertEquals("Tomas G", a.comments().get(0).author());
        assertEquals("Tomas G", a.comments().get(1).replyTo());
        assertNull(a.comments().get(0).posted(), "no article date, so nothing to resolve against");
    }

    @Test
    void blogStyleCommentsWithSaysAndFullDatesAreRead() {
        Article a = clean("comments-wordpress.txt");
        assertEquals(2, a.body().size());
        assertEquals(List.of("3 Responses"), furniture(a, COMMENTS_HEADER));
        assertEquals(2, a.comments().size());
        assertEquals(new Comment("Greta", "2024-05-03T10:14", "May 3, 2024 at 10:14 am",
                "Such a shame, the festival was the best weekend of the year.", null), a.comments().get(0));
        assertEquals("Greta", a.comments().get(1).replyTo());
    }

    @Test
    void aLoneNameWithARelativeTimeNearTheTopIsABylineNotTheStartOfComments() {
        Article a = clean("byline-with-relative-time.txt");
        assertTrue(a.comments().isEmpty());
        assertEquals(List.of("Jane Okafor"), a.authors());
        assertEquals(2, a.body().size());
    }

    @Test
    void commentTimesResolveAgainstTheHintedPublicationDate() {
        Article a = cleanText(Fixtures.read("comments-no-heading.txt"), new DocumentHints(null, null, List.of(),
                PublicationDate.ofDate(LocalDate.of(2024, 5, 3)), null, null));
        assertEquals("2024-05-03", a.comments().get(0).posted());
    }

    @Test
    void commentCountLinkInsideTheArticleIsFurnitureAndTheArticleGoesOn() {
        Article a = clean("comment-count-link.txt");
        assertEquals(3, a.body().size());
        assertEquals(List.of("42 comments"), furniture(a, COMMENTS_HEADER));
        assertTrue(a.comments().isEmpty());
    }

    @Test
    void mediaLinksAreTypedAsRelated() {
        Article a = cleanText("Aide quits\n\nThe mayor's chief of staff resigned on Friday after a row over taxi expenses, the council said.\n\n"
                + "Watch: Mayor faces questions over aide's expenses\n\nThe mayor said she accepted the resignation with regret.", DocumentHints.NONE);
        assertEquals(List.of("Watch: Mayor faces questions over aide's expenses"), furniture(a, RELATED));
        assertEquals(2, a.body().size());
    }

    // --- outlet ------------------------------------------------------------------------------

    @Test
    void outletComesFromAPromoNamingTheSiteBeforeCopyrightAndSyndicationLines() {
        assertEquals("The Brackwater Evening News", clean("promos-related-footer.txt").outlet());
    }

    @Test
    void pageTitleSuffixNamingAKnownOutletGivesTheOutletAndASectionLabelIsChrome() {
        Article a = clean("known-outlet-suffix.txt");
        assertEquals("Reuters", a.outlet());
        assertEquals("Ferry strike called off after late-night talks", a.title());
        assertEquals(List.of("Politics"), furniture(a, dev.parallax.model.FurnitureKind.CHROME));
        assertEquals(List.of("Jane Okafor"), a.authors());
    }

    @Test
    void keyPointsWithoutBulletMarksAreTheLinesOfTheHeadingsBlock() {
        Article a = clean("known-outlet-suffix.txt");
        assertEquals(List.of("The strike was due to start on Monday", "Talks ran until 2am", "Pay offer raised to 6%"), a.summary());
        assertEquals(2, a.body().size());
    }

    @Test
    void outletComesFromTheCopyrightLineWithoutAPromo() {
        Article a = cleanText("Ferry fares frozen\n\nThe ferry operator froze its fares for the whole of the bridge closure, it said on Friday.\n\n"
                + "© 2024 Brackwater Media Ltd. All rights reserved.\nThis article originally appeared on The Coast Herald.", DocumentHints.NONE);
        assertEquals("Brackwater Media", a.outlet());
    }

    @Test
    void outletComesFromTheSyndicationFooterWhenNothingBetterIsKnown() {
        Article a = cleanText("Ferry fares frozen\n\nThe ferry operator froze its fares for the whole of the bridge closure, it said on Friday.\n\n"
                + "This story was first published by The Coast Herald.", DocumentHints.NONE);
        assertEquals("The Coast Herald", a.outlet());
    }

    @Test
    void outletFromHintsOrTheUrlsDomainWinsOverTextCues() {
        String text = Fixtures.read("promos-related-footer.txt");
        assertEquals("Hinted", cleanText(text, DocumentHints.NONE.withOutlet("Hinted")).outlet());
        assertEquals("Reuters", cleanText(text, DocumentHints.NONE.withUrl("https://www.reuters.com/world/x")).outlet());
    }

    @Test
    void unknownOutletStaysNull() {
        assertNull(clean("must-keep.txt").outlet());
        assertNull(clean("must-keep.txt").language());
    }

    // --- what must stay in the body ------------------------------------------------------------

    @Test
    void shortRealParagraphSubHeadingsAndSentencesMentioningNewslettersStayInTheBody() {
        Article a = clean("must-keep.txt");
        assertEquals(List.of(
                "BRACKWATER (AP) — A free shuttle bus will replace the Brackwater swing bridge for pedestrians and drivers from Monday, the county council said on Friday, as a year-long closure of the bridge begins.",
                "It will run every ten minutes.",
                "What the closure means for commuters",
                "Commuters who drive across the bridge each morning will have to use the Holm road, which adds about fifteen minutes to most journeys. The council said it would review traffic lights on the route.",
                "Residents can sign up for the council's weekly newsletter to receive updates on the repairs, a spokesperson said.",
                "\"We have asked for patience, and people have shown a great deal of it,\" the mayor said at a news conference. \"We will not waste it.\" (AP)",
                "Subscribers to the local ferry service will get a discount on the shuttle, the operator added.",
                "Repair work in numbers",
                "The repairs are expected to cost 14 million, most of it paid for by the national roads fund."), a.body());
        assertEquals(List.of("Shuttle bus starts on Monday"), furniture(a, HEADLINE));
        assertEquals(1, a.removed().size());
    }

    @Test
    void subHeadingsStayInTheBodyWhileASceneLineWithANameIsACaption() {
        Article a = clean("subheadings.txt");
        assertTrue(a.body().contains("Discussion"), "a weak comments heading with no comments after it is a sub-heading");
        assertTrue(a.body().contains("Rising Costs For Hauliers"));
        assertTrue(a.body().contains("Mr Amsel was less sure."));
        assertTrue(a.body().contains("By the end of the year, he said, two of his competitors could be out of business."));
        assertEquals(List.of("Nils Amsel at his depot in Brackwater on Wednesday"), furniture(a, CAPTION));
        assertTrue(a.comments().isEmpty());
    }

    @Test
    void articleStartingWithProseHasNoHeadlineUnlessTheContainerGivesOne() {
        assertNull(clean("subheadings.txt").title());
        Article hinted = cleanText(Fixtures.read("subheadings.txt"),
                new DocumentHints(null, "Port traffic falls by a fifth", List.of(), null, null, null));
        assertEquals("Port traffic falls by a fifth", hinted.title());
        assertEquals(8, hinted.body().size());
    }

    @Test
    void proseOpeningWithTheWordsOfAPromoOrFooterStaysInTheBody() {
        Article a = clean("must-keep-prose.txt");
        assertEquals(8, a.body().size(), () -> String.join("\n", a.body()));
        assertEquals(1, a.removed().size());
    }

    // --- paragraphs and rejection ----------------------------------------------------------------

    @Test
    void hardWrappedLinesAreJoinedAndShortLinesEndParagraphs() {
        Article a = clean("hard-wrapped.txt");
        assertEquals(4, a.body().size());
        assertTrue(a.body().get(0).startsWith("The harbour authority in Brackwater said on Friday that dredging of the inner harbour"));
        assertTrue(a.body().get(0).endsWith("to dump the silt at sea."));
        assertEquals("A spokesperson said the authority had written to every berth holder.", a.body().get(2));
    }

    @Test
    void captionWrappedBeforeItsCreditIsJoinedIntoOneCaption() {
        Article a = clean("wrapped-caption.txt");
        assertEquals(List.of("Workers lower a new bearing into place on the swing bridge in Brackwater on Monday morning. "
                + "Photograph: Hana Ruiz/Brackwater Gazette"), furniture(a, CAPTION));
        assertEquals(2, a.body().size());
    }

    @Test
    void oneParagraphPerLineWithoutBlankLinesKeepsEachLineAParagraph() {
        Article a = clean("one-paragraph-per-line.txt");
        assertEquals("Harbour dredging to start in June", a.title());
        assertEquals(4, a.body().size());
        assertEquals("The work will close the inner basin to leisure boats for six weeks.", a.body().get(1));
    }

    @Test
    void whitespaceIsCollapsed() {
        Article a = cleanText("Quay  repairs\u00a0begin\n\nWork   on the quay\twall began on Friday,  the harbour authority said in a statement.", DocumentHints.NONE);
        assertEquals("Quay repairs begin", a.title());
        assertEquals(List.of("Work on the quay wall began on Friday, the harbour authority said in a statement."), a.body());
    }

    @Test
    void documentWithOnlyFurnitureIsRejectedAsNoArticle() {
        CleanResult r = Fixtures.CLEANER.clean(new SourceDocument("x.txt", ContentType.TEXT, Fixtures.read("only-furniture.txt"), null));
        assertEquals("no-article", assertInstanceOf(CleanResult.Rejected.class, r).problem().reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n\n", "   ", "\u0000\u0001\u0002", "date 2024-05-03\nurl https://x.example/"})
    void oddInputIsRejectedNeverThrown(String content) {
        CleanResult r = Fixtures.CLEANER.clean(new SourceDocument("x.txt", ContentType.TEXT, content, null));
        assertInstanceOf(CleanResult.Rejected.class, r);
    }

    @Test
    void cleaningDoesNotDependOnEarlierDocuments() {
        PlainTextCleaner cleaner = new PlainTextCleaner(new OutletDirectory(Map.of()));
        SourceDocument doc = new SourceDocument("a.txt", ContentType.TEXT, Fixtures.read("comments.txt"), null);
        assertEquals(cleaner.clean(doc), cleaner.clean(doc));
        assertFalse(Fixtures.clean("captions.txt").body().isEmpty());
        assertEquals(cleaner.clean(doc), cleaner.clean(doc));
    }
}
