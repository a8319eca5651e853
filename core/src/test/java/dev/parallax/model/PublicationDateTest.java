package dev.parallax.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationDateTest {
    @Test
    void parsesPlainDatesLocalAndOffsetDateTimes() {
        assertEquals("2024-05-03", PublicationDate.parseIso("2024-05-03").orElseThrow().toString());
        assertEquals("2024-05-03T10:14", PublicationDate.parseIso("2024-05-03T10:14").orElseThrow().toString());
        assertEquals("2024-05-03T10:14+02:00", PublicationDate.parseIso("2024-05-03T10:14:00+02:00").orElseThrow().toString());
        assertEquals("2024-05-03T08:14Z", PublicationDate.parseIso(" 2024-05-03T08:14:00Z ").orElseThrow().toString());
    }

    @Test
    void keepsTheDayOfADateTime() {
        assertEquals(LocalDate.of(2024, 5, 3), PublicationDate.parseIso("2024-05-03T23:59:00-07:00").orElseThrow().date());
    }

    @Test
    void garbageIsEmptyNotAnError() {
        assertTrue(PublicationDate.parseIso("last Thursday").isEmpty());
        assertTrue(PublicationDate.parseIso("").isEmpty());
        assertTrue(PublicationDate.parseIso(null).isEmpty());
    }

    @Test
    void estimatedIsKeptApartFromKnown() {
        PublicationDate d = PublicationDate.parseIso("2024-05-03").orElseThrow();
        assertTrue(d.asEstimated().estimated());
        assertEquals(d.toString(), d.asEstimated().toString());
    }

    @Test
    void placeholdersSitesWriteForNoDateAreNotPlausible() {
        assertFalse(PublicationDate.parseIso("0001-01-01T00:00:00Z").orElseThrow().isPlausible());
        assertFalse(PublicationDate.parseIso("1970-01-01T00:00:00Z").orElseThrow().isPlausible());
        assertFalse(PublicationDate.parseIso("1969-12-31T19:00:00-05:00").orElseThrow().isPlausible());
        assertFalse(PublicationDate.parseIso("1970-01-01").orElseThrow().isPlausible());
        assertFalse(PublicationDate.parseIso("9999-12-31").orElseThrow().isPlausible());
        assertTrue(PublicationDate.parseIso("2019-11-19T19:07:00-05:00").orElseThrow().isPlausible());
        assertTrue(PublicationDate.parseIso("1970-01-01T14:30").orElseThrow().isPlausible(), "a real afternoon");
        assertTrue(PublicationDate.parseIso("1851-09-18").orElseThrow().isPlausible(), "old archives keep dates");
    }
}
