package dev.parallax.clean.text;

import dev.parallax.model.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelativeTimeResolverTest {
    private static final PublicationDate DAY = PublicationDate.ofDate(LocalDate.of(2024, 5, 3));
    private static final PublicationDate TIME = PublicationDate.of(LocalDateTime.of(2024, 5, 3, 10, 14));

    @ParameterizedTest
    @CsvSource({
            "3 days ago, 2024-04-30",
            "a day ago, 2024-05-02",
            "2d, 2024-05-01",
            "yesterday, 2024-05-02",
            "today, 2024-05-03",
            "last week, 2024-04-26",
            "1 week ago, 2024-04-26",
            "2 months ago, 2024-03-03",
            "2h ago, 2024-05-03",
            "Mar 4, 2024-03-04",
            "4 March, 2024-03-04",
            "Dec 30, 2023-12-30",
            "'Mar 4, 2023', 2023-03-04",
            "'May 1, 2024 at 8:02 pm', 2024-05-01T20:02"})
    void relativeTimesResolveAgainstADate(String written, String expected) {
        assertEquals(expected, RelativeTimeResolver.resolve(written, DAY).orElse("none"));
    }

    @ParameterizedTest
    @CsvSource({
            "2h ago, 2024-05-03T08:14",
            "5 minutes ago, 2024-05-03T10:09",
            "an hour ago, 2024-05-03T09:14",
            "just now, 2024-05-03T10:14",
            "3 days ago, 2024-04-30"})
    void hoursAndMinutesResolveToADateTimeWhenTheReferenceHasATime(String written, String expected) {
        assertEquals(expected, RelativeTimeResolver.resolve(written, TIME).orElse("none"));
    }

    @Test
    void relativeTimesWithoutAReferenceStayUnresolvedButFullDatesResolve() {
        assertTrue(RelativeTimeResolver.resolve("3 days ago", null).isEmpty());
        assertTrue(RelativeTimeResolver.resolve("Mar 4", null).isEmpty());
        assertEquals("2024-03-04", RelativeTimeResolver.resolve("4 March 2024", null).orElseThrow());
        assertEquals("2024-03-04", RelativeTimeResolver.resolve("2024-03-04", null).orElseThrow());
    }

    @Test
    void nonsenseIsNotResolved() {
        assertTrue(RelativeTimeResolver.resolve("a while back", DAY).isEmpty());
        assertTrue(RelativeTimeResolver.resolve("Feb 31", DAY).isEmpty());
        assertTrue(RelativeTimeResolver.resolve("am", DAY).isEmpty(), "'a m' is not 'a minute ago'");
    }
}
