package dev.parallax.timeline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HappeningDateTest {
    @Test
    void daysWeeksMonthsAndYearsAreStartingDaysWithPrecision() {
        assertEquals(new HappeningDate("2024-05-02", LocalDate.of(2024, 5, 2), 3), HappeningDate.parse("2024-05-02T14:00"));
        assertEquals(new HappeningDate("2024-W18", LocalDate.of(2024, 4, 29), 2), HappeningDate.parse("2024-W18"));
        assertEquals(new HappeningDate("2024-05", LocalDate.of(2024, 5, 1), 1), HappeningDate.parse("2024-05"));
        assertEquals(new HappeningDate("2024", LocalDate.of(2024, 1, 1), 0), HappeningDate.parse("2024"));
    }

    @Test
    void vagueOrImpossibleValuesAreNoDate() {
        assertNull(HappeningDate.parse("PAST_REF"));
        assertNull(HappeningDate.parse("2024-Q2"));
        assertNull(HappeningDate.parse("XXXX-05-04"));
        assertNull(HappeningDate.parse("2024-13-45"));
        assertNull(HappeningDate.parse("202X"));
    }
}
