package dev.parallax.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HintValuesTest {

    private static String date(String written) {
        return HintValues.date(written).map(Object::toString).orElse(null);
    }

    @Test
    void rfc822DatesKeepTheirOffset() {
        assertEquals("2024-05-03T10:14+02:00", date("Fri, 03 May 2024 10:14:00 +0200"));
        assertEquals("2024-05-03T10:14Z", date("3 May 2024 10:14 GMT"));
        assertEquals("2024-05-06T17:45-04:00", date("Mon, 6 May 2024 17:45 EDT"));
        assertEquals("2024-05-03T10:14:05+02:00", date("fri, 03 may 24 10:14:05 +0200"));
    }

    @Test
    void aWrongWeekdayIsIgnored() {
        assertEquals("2024-05-03T10:14+02:00", date("Mon, 03 May 2024 10:14:00 +0200"));
    }

    @Test
    void isoDatesInTheirThreeForms() {
        assertEquals("2024-05-03", date("2024-05-03"));
        assertEquals("2024-05-03T10:14", date("2024-05-03 10:14:00"));
        assertEquals("2024-05-03T10:14Z", date("2024-05-03T10:14:00Z"));
    }

    @Test
    void unreadableDatesAreDropped() {
        assertNull(date("yesterday"));
        assertNull(date("Fri, 03 May 2024 10:14:00 XYZT"));
        assertNull(date(""));
    }

    @Test
    void languageTagsGiveThePrimarySubtag() {
        assertEquals("en", HintValues.language("en-GB"));
        assertEquals("pt", HintValues.language("pt_BR"));
        assertNull(HintValues.language("English (UK)"));
    }

    @Test
    void rssAuthorAddressesGiveTheName() {
        assertEquals("Camille Roux", HintValues.author("newsdesk@valleyledger.example (Camille Roux)"));
        assertNull(HintValues.author("newsdesk@valleyledger.example"));
        assertTrue(HintValues.author("  Mira   Okonkwo ").equals("Mira Okonkwo"));
    }
}
