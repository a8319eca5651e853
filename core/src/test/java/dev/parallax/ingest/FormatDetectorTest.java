package dev.parallax.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatDetectorTest {

    private static String detect(String head) {
        FormatDetector.Detection d = FormatDetector.detect(head.getBytes(StandardCharsets.UTF_8), true);
        return d.accepted() ? d.format().name() : d.reason();
    }

    @Test
    void feedRootIsFoundAfterBomPrologCommentsAndStylesheet() {
        assertEquals("FEED", detect("\ufeff<?xml version=\"1.0\"?>\n<!-- cached 12:00 -->\n<?xml-stylesheet href=\"a.xsl\"?>\n<rss version=\"2.0\"><channel/></rss>"));
        assertEquals("FEED", detect("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>"));
        assertEquals("FEED", detect("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\"></rdf:RDF>"));
    }

    @Test
    void elementsThatMerelyStartLikeFeedAreNotFeeds() {
        assertEquals("TEXT", detect("<feedback> was the word of the day, said the mayor."));
    }

    @Test
    void htmlIsRecognisedByDoctypeSkeletonOrCommonTags() {
        assertEquals("HTML", detect("<!-- saved page -->\n<!DOCTYPE html><html><body>x</body></html>"));
        assertEquals("HTML", detect("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\"><html/>"));
        assertEquals("HTML", detect("Saved from the web\n<div class=\"story\"><p>One.</p><p>Two.</p></div>"));
        assertEquals("HTML", detect("<p>Water main bursts under High Street</p>"));
    }

    @Test
    void warcAndJsonLinesAreRecognised() {
        assertEquals("WARC", detect("WARC/1.0\r\nWARC-Type: warcinfo\r\n"));
        assertEquals("JSON_LINES", detect("\n{\"title\": \"a\", \"text\": \"b\"}\n{\"title\": \"c\"}\n"));
    }

    @Test
    void jsonLineLongerThanTheSniffedHeadStillCounts() {
        String head = "{\"title\": \"a\", \"text\": \"" + "word ".repeat(20_000);
        FormatDetector.Detection d = FormatDetector.detect(head.getBytes(StandardCharsets.UTF_8), false);
        assertEquals(InputFormat.JSON_LINES, d.format());
    }

    @Test
    void prettyPrintedJsonIsNotJsonLines() {
        assertEquals("unsupported", detect("{\n  \"title\": \"a\"\n}\n"));
    }

    @Test
    void proseWithAnglesAndBracesIsText() {
        assertEquals("TEXT", detect("Prices rose 3% <in April> and the index is now > 120.\nSee [1] for details."));
    }

    @Test
    void whitespaceAloneIsEmptyOnlyWhenItIsTheWholeInput() {
        assertEquals("empty", detect("\n \t \n"));
        FormatDetector.Detection partial = FormatDetector.detect("   ".getBytes(StandardCharsets.UTF_8), false);
        assertEquals(InputFormat.TEXT, partial.format());
    }

    @Test
    void controlBytesMeanBinary() {
        byte[] junk = new byte[200];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 3 == 0 ? 0x02 : 'a');
        }
        assertEquals("binary", FormatDetector.detect(junk, true).reason());
    }

    @Test
    void xmlWithoutDeclarationThatIsNotHtmlIsUnsupported() {
        assertEquals("unsupported", detect("<Document doc_name=\"12_3.xml\">\n<token t_id=\"1\">Fire</token>\n<token t_id=\"2\">crews</token>"));
    }

    @Test
    void aStrayNulByteDeepInAPageIsNotBinary() {
        byte[] page = ("<!DOCTYPE html><html><body><p>" + "Harbour news. ".repeat(200) + "\u0000</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(InputFormat.HTML, FormatDetector.detect(page, true).format());
    }

    @Test
    void anUnclosedCommentFillingTheHeadDoesNotBreakDetection() {
        String head = "<!-- cache dump " + "<div>x</div> ".repeat(5000);
        FormatDetector.Detection d = FormatDetector.detect(head.getBytes(StandardCharsets.UTF_8), false);
        assertEquals(InputFormat.HTML, d.format());
    }
}
