package dev.parallax.group;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextAnalyzerTest {
    private final TextAnalyzer analyzer = new TextAnalyzer(400);

    @Test
    void capitalisedSequencesBecomeEntityKeysWithTheirLastWord() {
        TextAnalyzer.Analysis a = analyzer.analyse(null,
                List.of("Officials said on Monday that Mayor Elena Varga met the Northfield Water Authority."), true);

        assertTrue(a.entities().containsKey("elena varga"), a.entities().toString());
        assertTrue(a.entities().containsKey("varga"));
        assertTrue(a.entities().containsKey("northfield water authority"));
        assertFalse(a.entities().containsKey("officials"));
        assertFalse(a.entities().containsKey("monday"));
    }

    @Test
    void aTitleCaseHeadlineGivesNoEntityKeysButStillGivesTerms() {
        TextAnalyzer.Analysis a = analyzer.analyse("Mayor Says Lead Found In School Water", List.of(), true);

        assertTrue(a.entities().isEmpty(), a.entities().toString());
        assertEquals(TextAnalyzer.TITLE_WEIGHT, a.terms().get("lead"));
    }

    @Test
    void pluralsAndAccentsAreFoldedAndStopWordsDropped() {
        TextAnalyzer.Analysis a = analyzer.analyse(null, List.of("The charges and arrests at the café companies."),
                false);

        assertEquals(List.of("charge", "arrest", "cafe", "company"), List.copyOf(a.terms().keySet()));
    }
}
