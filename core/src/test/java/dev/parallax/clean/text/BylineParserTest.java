package dev.parallax.clean.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BylineParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By Jane Doe | Jane Doe",
            "By Jane Doe, Political Correspondent | Jane Doe",
            "By Jane Doe and John Roe | Jane Doe;John Roe",
            "By Jane Doe, John Roe and Ann Poe | Jane Doe;John Roe;Ann Poe",
            "By JANE DOE in Brussels | Jane Doe",
            "BY Jane Doe · 3 May 2024 | Jane Doe",
            "By Ana de la Cruz & Pieter van Dijk | Ana de la Cruz;Pieter van Dijk",
            "Jane Doe, Political Correspondent | Jane Doe",
            "Written by Jane Doe, Senior Reporter | Jane Doe",
            "By Meridian Wire | ",
            "Jane Okafor · 2 hours ago | Jane Okafor",
            "By Jane Okafor · Reuters | Jane Okafor",
            "By Jane Doe, Chief Political Correspondent, and John Roe | Jane Doe;John Roe",
            "By Lorn Ashby on Monday, November 18th, 2019 at 11:04 a.m. | Lorn Ashby",
            "By Jane Okafor November 19, 2019, 07:47 PM EST | Jane Okafor",
            "JANE DOE Published 3 May 2024 | Jane Doe"})
    void bylinesGiveNamesOnly(String line, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(want, BylineParser.byline(line).orElseThrow(() -> new AssertionError("not a byline: " + line)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "By Thursday, the minister had resigned.",
            "By the end of the week the bridge will be closed to all traffic",
            "PORT SAREN, May 2 (Meridian Wire) - The minister resigned on Thursday.",
            "Brussels, Wednesday evening",
            "By car, the detour adds fifteen minutes",
            "By May 6, 2024 the bridge will be closed",
            "By the council on Monday, May 6, 2024",
            "NEW YORK, Nov. 19, 2019"})
    void sentencesAndDatelineLedesAreNotBylines(String line) {
        assertTrue(BylineParser.byline(line).isEmpty(), line);
    }
}
