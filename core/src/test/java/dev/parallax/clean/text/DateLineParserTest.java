package dev.parallax.clean.text;

import dev.parallax.model.PublicationDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateLineParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Published 3 May 2024, 10:14 BST | 2024-05-03T10:14+01:00",
            "Updated: May 3, 2024 at 10:14 a.m. ET | 2024-05-03T10:14-04:00",
            "03/05/2024 | 2024-05-03",
            "05/13/2024 | 2024-05-13",
            "Fri 3 May 2024 10.14 BST | 2024-05-03T10:14+01:00",
            "Friday, May 3, 2024 | 2024-05-03",
            "First published on Fri 3 May 2024 22.05 CEST | 2024-05-03T22:05+02:00",
            "2024-05-03T10:14:00Z | 2024-05-03T10:14Z",
            "May 3, 2024 · 4 min read | 2024-05-03",
            "3rd May 2024, 2:30pm | 2024-05-03T14:30",
            "Posted 3 May 2024 | 2024-05-03"})
    void dateLinesAreReadWithTheirTimeAndZone(String line, String expected) {
        assertEquals(expected, DateLineParser.dateLine(line).map(PublicationDate::toString).orElse("none"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The minister resigned on 3 May 2024 after a week of pressure.",
            "Council to vote on 3 May 2024 budget",
            "By 3 May 2024 the bridge will be closed",
            "31/02/2024",
            "Published yesterday"})
    void sentencesAndImpossibleDatesAreNotDateLines(String line) {
        assertTrue(DateLineParser.dateLine(line).isEmpty(), line);
    }
}
