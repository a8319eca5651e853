package dev.parallax.ingest;

import dev.parallax.model.ContentType;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedReaderTest {

    private static Collected read(byte[] feed) {
        Collected c = new Collected();
        try {
            new FeedReader(IngestOptions.DEFAULTS).read("feeds/in.xml", new ByteArrayInputStream(feed), c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    @Test
    void rssItemWithContentEncodedBecomesHtmlWithItsHints() {
        Collected c = read(Collected.resource("rss-full.xml"));
        assertEquals(List.of(), c.problems);
        assertEquals(List.of("feeds/in.xml#item-1", "feeds/in.xml#item-2"), c.sources());
        SourceDocument first = c.documents.get(0);
        assertEquals(ContentType.HTML, first.type());
        assertTrue(first.content().startsWith("<p>Weekend ferry crossings"), first.content());
        assertTrue(first.content().contains("<figcaption>"));
        DocumentHints hints = first.hints();
        assertEquals("https://harbourgazette.example/local/2024/05/03/ferry-timetable-cut", hints.url());
        assertEquals("Ferry timetable cut as council tallies storm damage", hints.title());
        assertEquals(List.of("Mira Okonkwo"), hints.authors());
        assertEquals("2024-05-03T10:14+02:00", hints.published().toString());
        assertEquals("en", hints.language());
        assertNull(hints.outlet());
    }

    @Test
    void rssDateKeepsTheWrittenOffsetSoTheDayDoesNotShift() {
        SourceDocument second = read(Collected.resource("rss-full.xml")).documents.get(1);
        assertEquals("2024-05-04", second.hints().published().date().toString());
        assertEquals(List.of("Lars Peeters", "Ama Owusu"), second.hints().authors());
        assertEquals("Lifeboat crew rescue two kayakers off Skarn Point & return them safely", second.hints().title());
    }

    @Test
    void rssSummariesAreTextOrHtmlByTheirMarkupAndBareItemsAreEmpty() {
        Collected c = read(Collected.resource("rss-summaries.xml"));
        assertEquals(2, c.documents.size());
        SourceDocument plain = c.documents.get(0);
        assertEquals(ContentType.TEXT, plain.type());
        assertTrue(plain.content().contains("caf\u00e9s on the Pr\u00e9 Saint-Michel"), plain.content());
        assertEquals(List.of("Camille Roux"), plain.hints().authors());
        assertEquals("2024-05-07T08:00Z", plain.hints().published().toString());
        assertEquals("fr", plain.hints().language());
        SourceDocument marked = c.documents.get(1);
        assertEquals(ContentType.HTML, marked.type());
        assertTrue(marked.content().startsWith("<p>The old stone bridge at <b>Montclair</b>"), marked.content());
        assertEquals("2024-05-06T17:45-04:00", marked.hints().published().toString());
        assertEquals(1, c.problems.size());
        assertEquals("empty", c.problems.get(0).reason());
        assertEquals("feeds/in.xml#item-3", c.problems.get(0).source());
    }

    @Test
    void atomContentBecomesHtmlAndTitleMarkupIsStripped() {
        Collected c = read(Collected.resource("atom-full.xml"));
        assertEquals(List.of(), c.problems);
        SourceDocument first = c.documents.get(0);
        assertEquals(ContentType.HTML, first.type());
        assertTrue(first.content().startsWith("<p>Das Hafenfest wird"), first.content());
        assertEquals("Hafenfest abgesagt", first.hints().title());
        assertEquals(List.of("Jonas Keller", "Lea Brandt"), first.hints().authors());
        assertEquals("2024-05-08T07:30+02:00", first.hints().published().toString());
        assertEquals("https://nordhafen-rundschau.example/2024/05/08/hafenfest-abgesagt", first.hints().url());
        assertEquals("de", first.hints().language());
        SourceDocument xhtml = c.documents.get(1);
        assertEquals(ContentType.HTML, xhtml.type());
        assertTrue(xhtml.content().contains("f\u00e4hrt die Linie 14"), xhtml.content());
        assertEquals("2024-05-07T16:10Z", xhtml.hints().published().toString());
    }

    @Test
    void atomTextSummaryIsText() {
        Collected c = read(Collected.resource("atom-summaries.xml"));
        SourceDocument only = c.documents.get(0);
        assertEquals(ContentType.TEXT, only.type());
        assertEquals("A 94th-minute header from Kofi Mensah settled the derby 2-1.", only.content());
        assertEquals(List.of("Sam Whitaker"), only.hints().authors());
        assertEquals("2024-05-05T20:55+01:00", only.hints().published().toString());
    }

    @Test
    void rdfFeedItemsAreRead() {
        SourceDocument only = read(Collected.resource("rdf.xml")).documents.get(0);
        assertEquals("https://riverside-weekly.example/2024/05/library", only.hints().url());
        assertEquals("2024-05-04T09:00-05:00", only.hints().published().toString());
        assertEquals(List.of("Beth Alvarez"), only.hints().authors());
        assertEquals("en", only.hints().language());
    }

    @Test
    void htmlEntitiesThatXmlDoesNotKnowDoNotBreakTheFeed() {
        String feed = "<rss version=\"2.0\"><channel><title>Gazette</title><item><title>Caf&eacute; fees&nbsp;rise</title>"
                + "<link>https://harbourgazette.example/a</link><description>Fees rise &mdash; again.</description></item></channel></rss>";
        Collected c = read(feed.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), c.problems);
        assertTrue(c.documents.get(0).hints().title().startsWith("Caf\u00e9 fees"));
    }

    @Test
    void feedWithoutItemsIsEmpty() {
        Collected c = read("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("empty"), c.reasons());
        assertEquals("feeds/in.xml", c.problems.get(0).source());
    }

    @Test
    void rssDoctypeIsAllowedButNothingExternalIsFetched() {
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><title>Old</title>"
                + "<link>https://old.example/</link><description>d</description><language>en</language>"
                + "<item><title>Still here</title><link>https://old.example/1</link><description>An old feed item.</description></item>"
                + "</channel></rss>";
        Collected c = read(feed.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), c.problems);
        assertFalse(c.documents.isEmpty());
    }
}
