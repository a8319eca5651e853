package dev.parallax.understand.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CoreNLP's animacy lists, read from its models jar (a test dependency here, as at run time). */
class AnimacyTest {
    @Test
    void thingsAreInanimateAndBeingsOrUnknownWordsAreNot() {
        assertTrue(Animacy.isInanimate("disorder"));
        assertTrue(Animacy.isInanimate("Wagons"), "a plural of a listed thing, in any case");
        assertFalse(Animacy.isInanimate("lobbyist"));
        assertFalse(Animacy.isInanimate("officials"));
        assertFalse(Animacy.isInanimate("zorbleflax"), "a word in neither list is not known to be a thing");
    }
}
