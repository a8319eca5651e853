package dev.parallax.clean.text;

import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;
import dev.parallax.model.PublicationDate;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrintedDatesTest {
    @Test
    void theAddressNamesTheDayInTheFormsSitesUse() {
        assertEquals("2019-11-19", day("https://www.ledger.example/story/news/2019/11/19/guards-charged/4082679002/"));
        assertEquals("2019-11-18", day("https://checker.example/state/statements/2019/nov/18/who-said-it/"));
        assertEquals("2019-11-15", day("https://magazine.example/cells-that-taste-danger-20191115/"));
        assertEquals("2024-03-05", day("https://news.example/2024-03-05-harbour-bridge-reopens.html?ref=rss"));
        assertEquals("2024-03-05", day("/local/2024/3/5/harbour-bridge"));
    }

    @Test
    void anAddressWithoutAWholeDayOrWithAnIdThatLooksLikeOneNamesNone() {
        assertTrue(PrintedDates.inUrl("https://news.example/news/2019/11/helicopter-crash-191120070028895.html")
                .isEmpty(), "a year and month are not a day");
        assertTrue(PrintedDates.inUrl("https://news.example/story/4082679002/").isEmpty());
        assertTrue(PrintedDates.inUrl("https://news.example/a/20191345/").isEmpty(), "month 13");
        assertTrue(PrintedDates.inUrl("https://2019-11-19.example/about/").isEmpty(), "the host is not the path");
        assertTrue(PrintedDates.inUrl(null).isEmpty());
    }

    @Test
    void aDateLineWinsOverABylineAndAnUpdateComesLast() {
        List<Furniture> page = List.of(
                new Furniture(FurnitureKind.DATELINE, "Updated: Nov 21, 2019 08:00 AM"),
                new Furniture(FurnitureKind.BYLINE, "By Dana Orrell November 19, 2019, 07:47 PM EST"),
                new Furniture(FurnitureKind.DATELINE, "Published 18 November 2019"));
        assertEquals("2019-11-18", PrintedDates.printed(page).orElseThrow().toString());
        assertEquals("2019-11-19T19:47-05:00", PrintedDates.printed(page.subList(0, 2)).orElseThrow().toString());
        assertEquals("2019-11-21T08:00", PrintedDates.printed(page.subList(0, 1)).orElseThrow().toString());
    }

    @Test
    void aChromeLineCountsOnlyWhenItIsNothingButADateLine() {
        assertEquals("2019-11-18T11:08", PrintedDates.printed(List.of(
                new Furniture(FurnitureKind.CHROME, "Share this story 2 comments from 2018 readers"),
                new Furniture(FurnitureKind.CHROME, "on Monday, November 18th, 2019 at 11:08 a.m."))).orElseThrow()
                .toString());
        assertTrue(PrintedDates.printed(List.of(new Furniture(FurnitureKind.CHROME,
                "Terms of Service Privacy Notice © Copyright Ledger Group 2018"))).isEmpty());
        assertTrue(PrintedDates.printed(List.of(new Furniture(FurnitureKind.CAPTION,
                "The pier on March 28, 2017, before the storm."))).isEmpty(), "captions date their pictures");
    }

    @Test
    void theMetadataDateIsTakenUnlessItIsAPlaceholder() {
        PublicationDate placeholder = PublicationDate.parseIso("0001-01-01T00:00:00Z").orElseThrow();
        PublicationDate real = PublicationDate.parseIso("2019-11-20T08:00Z").orElseThrow();
        List<Furniture> byline = List.of(new Furniture(FurnitureKind.BYLINE, "REUTERS 19 NOV 2019"));
        String url = "https://news.example/2019/11/17/story/";
        assertEquals(real, PrintedDates.publicationDate(Arrays.asList(null, real), byline, url).orElseThrow());
        assertEquals("2019-11-19", PrintedDates.publicationDate(List.of(placeholder), byline, url).orElseThrow()
                .toString());
        assertEquals("2019-11-17", PrintedDates.publicationDate(List.of(placeholder), List.of(), url).orElseThrow()
                .toString());
        assertTrue(PrintedDates.publicationDate(List.of(placeholder), List.of(), null).isEmpty());
    }

    private static String day(String url) {
        Optional<PublicationDate> d = PrintedDates.inUrl(url);
        assertTrue(d.isPresent(), url);
        assertEquals(false, d.get().estimated());
        return d.get().toString();
    }
}
