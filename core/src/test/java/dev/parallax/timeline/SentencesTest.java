package dev.parallax.timeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {
    private static List<String> split(String text) {
        return Sentences.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void splitsAtSentenceEndsButNotAfterTitlesOrInitials() {
        assertEquals(List.of("Mr. Koren met Gen. Alvarez and J. R. Pelt on Jan. 4 in the capital.",
                        "“It went well.”", "Talks resume on 9 May!"),
                split("Mr. Koren met Gen. Alvarez and J. R. Pelt on Jan. 4 in the capital. “It went well.” Talks resume on 9 May!"));
    }

    @Test
    void lowerCaseAfterAFullStopDoesNotStartASentence() {
        assertEquals(List.of("Prices rose 3.5 per cent. in May, the office said."),
                split("  Prices rose 3.5 per cent. in May, the office said.  "));
        assertEquals(List.of(), split("   "));
    }
}
