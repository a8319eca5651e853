package dev.parallax.statements;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordingTest {
    @Test
    void inflectionsShareAStem() {
        assertEquals(Wording.stem("completely"), Wording.stem("complete"));
        assertEquals(Wording.stem("steps"), Wording.stem("step"));
        assertEquals(Wording.stem("stopped"), Wording.stem("stopping"));
        assertEquals(Wording.stem("policies"), Wording.stem("policy"));
        assertEquals("bus", Wording.stem("bus"));
        assertEquals("2024", Wording.stem("2024"));
    }

    @Test
    void functionWordsPunctuationCaseAndDiacriticsAreSetAside() {
        assertEquals(List.of("unacceptabl", "step"), Wording.of("“An UNACCEPTABLE step!”").stems());
        assertEquals(Wording.of("Peña Nieto's visit").stems(), Wording.of("Pena Nieto visit").stems());
    }

    @Test
    void negationIsFoldedIntoTheNextContentWord() {
        assertEquals(List.of("not_accept", "tarif"), Wording.of("We won't accept tariffs").stems());
        assertEquals(List.of("not_accept"), Wording.of("We cannot accept").stems());
        assertEquals(List.of("agre", "not"), Wording.of("We agree, not").stems());
        assertTrue(Wording.of(null).stems().isEmpty());
    }
}
