package dev.parallax.clean.html;

import dev.parallax.clean.CleanResult;
import dev.parallax.clean.outlet.OutletDirectory;
import dev.parallax.model.Article;
import dev.parallax.model.ContentType;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.FurnitureKind;
import dev.parallax.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the article's container is chosen, seen through {@link HtmlExtractor}. */
class ContentPickerTest {
    private final HtmlExtractor extractor = new HtmlExtractor(new OutletDirectory(Map.of()));

    @Test
    void loneLongItemAmongShortLinesIsWidenedToTheWholeEntry() {
        Article a = extract("short-lines-agenda.html");
        String body = a.bodyText();
        assertTrue(body.contains("This month we read the lighthouse novel"), body);
        assertTrue(body.contains("Moderator: Petra Lindqvist"), body);
        assertTrue(body.contains("Open round: favourite chapter?"), body);
        assertTrue(body.contains("Where: back room of the Old Mill"), body);
        assertFalse(body.contains("February meet-up agenda"), body);
    }

    @Test
    void pageBuilderWidgetsHoldingTheTextAreNotSidebarWidgets() {
        Article a = extract("page-builder-post.html");
        String body = a.bodyText();
        assertTrue(body.contains("Ohrclip: Mondsichel in Gold"), body);
        assertTrue(body.contains("Creolen: schmal und leicht"), body);
        assertFalse(body.contains("Pinnen"), body);
        assertFalse(body.contains("Ich bin Lena"), body);
    }

    @Test
    void liveTickerEntriesCalledCommentsAreTheArticleButReadersCommentsAreNot() {
        Article a = extract("live-ticker-comments.html");
        String body = a.bodyText();
        assertTrue(body.contains("Le coup de pied de coin ne donne rien."), body);
        assertTrue(body.contains("Les deux équipes se cherchent"), body);
        assertFalse(body.contains("Quel match nul"), body);
    }

    @Test
    void cookieSettingsLayerOutweighingAShortArticleIsStillFurniture() {
        Article a = extract("cookie-settings-layer.html");
        String body = a.bodyText();
        assertTrue(body.contains("stripped a carburettor"), body);
        assertFalse(body.contains("cookies"), body);
        assertTrue(a.removed().stream().anyMatch(f -> f.text().contains("Privacy Overview")), a.removed().toString());
    }

    @Test
    void paragraphSetInAHeadingTagAtTheEndOfTheBodyIsKept() {
        Article a = extract("long-heading-at-end.html");
        String body = a.bodyText();
        assertTrue(body.contains("Male ein Bild zum Motto"), body);
        assertTrue(body.contains("findet in diesem Jahr schon"), body);
    }

    @Test
    void teaserCardsOfMoreStoriesBesideTheStoryAreLeftOut() {
        Article a = extract("story-with-teaser-cards.html");
        String body = a.bodyText();
        assertTrue(body.contains("deflected shot from their fourth line"), body);
        assertTrue(body.contains("a win is a win"), body);
        assertFalse(body.contains("teenage prospect"), body);
        assertFalse(body.contains("arena lease"), body);
    }

    @Test
    void machineReadableTimestampLinesAreDatelinesNotBody() {
        Article a = extract("machine-timestamps.html");
        assertFalse(a.bodyText().contains("2024-05-07T"), a.bodyText());
        assertTrue(a.bodyText().contains("Chip makers reported"), a.bodyText());
        assertTrue(a.removed().stream().anyMatch(f -> f.kind() == FurnitureKind.DATELINE
                && f.text().equals("2024-05-07T07:23:12Z")), a.removed().toString());
    }

    @Test
    void sidebarTextWidgetAndAuthorBioAreFurnitureThoughTheirClassesSayContainerAndArticle() {
        Article a = extract("sidebar-text-widget.html");
        String body = a.bodyText();
        assertTrue(body.contains("stand er wieder im Strafraum"), body);
        assertFalse(body.contains("Drei Berliner erzählen"), body);
        assertFalse(body.contains("Thermoskanne"), body);
        assertTrue(a.removed().stream().anyMatch(f -> f.kind() == FurnitureKind.BYLINE
                && f.text().contains("Thermoskanne")), a.removed().toString());
    }

    @Test
    void wordsInsideLongerClassNamesDoNotMarkFurniture() {
        Article a = extract("section-wrappers.html");
        String body = a.bodyText();
        assertTrue(body.contains("gedruckte Lieferscheine"), body);
        assertTrue(body.contains("Kartonagelieferanten"), body);
        assertTrue(body.contains("Mehrwegnetze"), body);
    }

    @Test
    void hoverCardsTextResizersAndBrowserNoticesAreNotBody() {
        Article a = extract("inline-widgets.html");
        String body = a.bodyText();
        assertTrue(body.contains("on Tuesday defended the state's new anti-drug campaign"), body);
        assertFalse(body.contains("Whitfield signs budget"), body);
        assertFalse(body.contains("Text size"), body);
        assertFalse(body.contains("modern browser"), body);
        assertTrue(a.removed().stream().anyMatch(f -> f.kind() == FurnitureKind.CHROME
                && f.text().contains("modern browser")), a.removed().toString());
    }

    @Test
    void longParagraphOfLinksAndADontMissLineAreNotBody() {
        Article a = extract("inline-widgets.html");
        String body = a.bodyText();
        assertFalse(body.contains("Ten campaigns that backfired"), body);
        assertFalse(body.contains("Don't miss"), body);
        assertTrue(body.contains("If people are talking about it"), body);
    }

    @Test
    void recipeIngredientsComeWithTheStepsThoughTheirBoxHasNoParagraphs() {
        Article a = extract("recipe-page.html");
        String body = a.bodyText();
        assertTrue(body.contains("Den Backofen auf 180 Grad"), body);
        assertTrue(body.contains("Butter, weich"), body);
        assertTrue(body.contains("1 TL Zimt"), body);
        assertFalse(body.contains("Zwetschgenkuchen"), body);
    }

    @Test
    void recipeIngredientsBesideTheStepsAreAddedAsASibling() {
        Article a = extract("recipe-ingredients-beside-steps.html");
        String body = a.bodyText();
        assertTrue(body.contains("Den Backofen auf 180 Grad"), body);
        assertTrue(body.contains("Butter, weich"), body);
        assertTrue(body.indexOf("Butter, weich") < body.indexOf("Den Backofen"), body);
        assertFalse(body.contains("Zwetschgenkuchen"), body);
    }

    @Test
    void footerOutweighingAShortStoryAndABreakingNewsTickerAreFurniture() {
        Article a = extract("short-story-long-footer.html");
        String body = a.bodyText();
        assertTrue(body.contains("A container crane collapsed"), body);
        assertTrue(body.contains("no one was hurt"), body);
        assertFalse(body.contains("reader service"), body);
        assertFalse(body.contains("gale-force winds"), body);
        assertTrue(a.removed().stream().anyMatch(f -> f.kind() == FurnitureKind.RELATED
                && f.text().contains("gale-force winds")), a.removed().toString());
    }

    @Test
    void tableRowIsOneBodyLineWithItsNumbers() {
        Article a = extract("standings-table.html");
        assertTrue(a.body().contains("2 Tiago Brandt 5035 7"), a.body().toString());
        assertTrue(a.body().contains("Pos. Piloto Pontos Vitórias"), a.body().toString());
        assertTrue(a.bodyText().contains("O campeonato volta em fevereiro"), a.bodyText());
    }

    @Test
    void readAlsoHelpfulAndCreditLinesInSeveralLanguagesAndTheAuthorBoxAreFurniture() {
        Article a = extract("multilingual-chrome-lines.html");
        assertEquals(2, a.body().size(), a.body().toString());
        assertTrue(a.body().get(0).startsWith("Am nördlichen Flussufer"), a.body().toString());
        assertTrue(a.removed().stream().anyMatch(f -> f.kind() == FurnitureKind.CREDIT
                && f.text().contains("Getty Images")), a.removed().toString());
        assertTrue(a.removed().stream().anyMatch(f -> f.kind() == FurnitureKind.BYLINE
                && f.text().contains("Lena Hartwig")), a.removed().toString());
    }

    @Test
    void paywallAffiliateCopyrightAndOpinionNoticesAreFurniture() {
        Article a = extract("paywall-and-rights-notices.html");
        assertEquals(2, a.body().size(), a.body().toString());
        assertTrue(a.removed().stream().anyMatch(f -> f.kind() == FurnitureKind.PROMO
                && f.text().startsWith("To view the full story")), a.removed().toString());
        assertTrue(a.removed().stream().anyMatch(f -> f.kind() == FurnitureKind.CREDIT
                && f.text().contains("copyrighted property")), a.removed().toString());
    }

    @Test
    void bareContactAndMoreInformationLabelsAreChrome() {
        Article a = extract("press-release-labels.html");
        assertFalse(a.body().contains("Kontakt:"), a.body().toString());
        assertFalse(a.body().contains("Weitere Informationen:"), a.body().toString());
        assertTrue(a.bodyText().contains("Eiskristalle"), a.bodyText());
        assertTrue(a.removed().stream().anyMatch(f -> f.kind() == FurnitureKind.CHROME
                && f.text().equals("Kontakt:")), a.removed().toString());
    }

    @Test
    void supportUsStayUpToDateAndMoreStoriesLinesAreFurniture() {
        Article a = extract("support-and-more-lines.html");
        assertEquals(2, a.body().size(), a.body().toString());
        assertTrue(a.removed().stream().anyMatch(f -> f.kind() == FurnitureKind.PROMO
                && f.text().startsWith("Gefällt dir unser Magazin")), a.removed().toString());
    }

    private Article extract(String fixture) {
        CleanResult r = extractor.clean(new SourceDocument(fixture, ContentType.HTML, fixture(fixture),
                DocumentHints.NONE));
        return assertInstanceOf(CleanResult.Cleaned.class, r, r.toString()).article();
    }

    static String fixture(String name) {
        try (InputStream in = ContentPickerTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
