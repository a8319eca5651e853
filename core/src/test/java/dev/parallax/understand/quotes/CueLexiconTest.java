package dev.parallax.understand.quotes;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cue lexicon's format: kinds, derived and listed forms, and which cues come before their speaker. */
class CueLexiconTest {
    private static CueLexicon load(String text) {
        return CueLexicon.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void formsAreDerivedOrListedAndInvertingCuesAreMarked() {
        CueLexicon lexicon = load("""
                # a comment
                speech say said says saying
                speech describe
                stance believe
                phrase according to
                inverts say
                """);
        assertEquals(CueLexicon.Kind.SPEECH, lexicon.kind("said", null));
        assertEquals(CueLexicon.Kind.SPEECH, lexicon.kind("describes", null));
        assertEquals(CueLexicon.Kind.STANCE, lexicon.kind("believed", "believe"));
        assertNull(lexicon.kind("according", null));
        assertTrue(lexicon.inverts("say"));
        assertFalse(lexicon.inverts("describe"), "“…,” described her as: no speaker after it");
        assertEquals(List.of("describe", "describes", "described", "describing"), CueLexicon.inflections("describe"));
    }

    @Test
    void theShippedLexiconInvertsSpeechButNotDescription() {
        assertTrue(CueLexicon.standard().inverts("say"));
        assertTrue(CueLexicon.standard().inverts("add"));
        assertFalse(CueLexicon.standard().inverts("describe"));
    }

    @Test
    void anInvertingLemmaMustBeACueAndKindsMustBeKnown() {
        assertThrows(IllegalArgumentException.class, () -> load("speech say\ninverts laugh\n"));
        assertThrows(IllegalArgumentException.class, () -> load("speach say\n"));
    }
}
