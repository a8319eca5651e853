package dev.parallax.clean.html;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataReaderTest {
    private final MetadataReader reader = new MetadataReader();

    @Test
    void datesAsPagesWriteThemAreParsed() {
        assertEquals("2019-11-19T08:00Z", MetadataReader.parseDate("2019-11-19T08:00:00.000Z").orElseThrow().toString());
        assertEquals("2019-11-19T08:00+01:00", MetadataReader.parseDate("2019-11-19T08:00:00+0100").orElseThrow().toString());
        assertEquals("2019-11-19T08:00", MetadataReader.parseDate("2019-11-19 08:00:00").orElseThrow().toString());
        assertEquals("2019-11-19", MetadataReader.parseDate("2019-11-19").orElseThrow().toString());
        assertTrue(MetadataReader.parseDate("Tuesday").isEmpty());
        assertTrue(MetadataReader.parseDate(null).isEmpty());
    }

    @Test
    void bylineNamesAreSplitOnCommasAndAnd() {
        assertEquals(List.of("Ann Lee", "Bo Chen", "Cy Dorn"), MetadataReader.splitNames("Ann Lee, Bo Chen and Cy Dorn"));
    }

    @Test
    void authorGivenAsUrlIsNotAName() {
        PageMetadata m = reader.read(Jsoup.parse("<meta property='article:author' content='https://facebook.com/someone'>"
                + "<meta name='parsely-author' content='Dana Ruiz'>"));
        assertEquals(List.of("Dana Ruiz"), m.authors());
    }

    @Test
    void brokenJsonLdIsRepairedOrSkipped() {
        PageMetadata m = reader.read(Jsoup.parse("<script type='application/ld+json'><!-- {'@type':'Article',"
                + "'headline':'Single quoted, trailing comma',} --></script>"
                + "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"));
        assertEquals("Single quoted, trailing comma", m.title());
    }

    @Test
    void newsArticleWinsOverWebPage() {
        PageMetadata m = reader.read(Jsoup.parse("<script type='application/ld+json'>[{\"@type\":\"WebPage\",\"name\":\"Site\"},"
                + "{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Real headline\",\"author\":\"Kim Ortiz\","
                + "\"publisher\":[{\"name\":\"Daily Example\"}]}]</script>"));
        assertEquals("Real headline", m.title());
        assertEquals(List.of("Kim Ortiz"), m.authors());
        assertEquals("Daily Example", m.siteName());
    }

    @Test
    void languageComesFromHtmlLangAsTwoLetters() {
        assertEquals("pt", reader.read(Jsoup.parse("<html lang='pt-BR'><body></body></html>")).language());
        assertNull(reader.read(Jsoup.parse("<html><body></body></html>")).language());
    }
}
