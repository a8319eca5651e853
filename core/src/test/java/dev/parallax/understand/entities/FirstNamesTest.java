package dev.parallax.understand.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** First names as evidence of gender, read from the name lists in CoreNLP's models jar. */
class FirstNamesTest {
    @Test
    void namesTheListsAgreeOnHaveAGender() {
        assertEquals(Gender.MALE, FirstNames.genderOf("Dmitry"));
        assertEquals(Gender.MALE, FirstNames.genderOf("henrik"));
        assertEquals(Gender.FEMALE, FirstNames.genderOf("Marta"));
        assertEquals(Gender.FEMALE, FirstNames.genderOf("CLARA"));
    }

    @Test
    void namesGivenToBothOrUnknownHaveNone() {
        assertEquals(Gender.UNKNOWN, FirstNames.genderOf("Jordan"), "listed male and female");
        assertEquals(Gender.UNKNOWN, FirstNames.genderOf("Morgan"), "listed male and female");
        assertEquals(Gender.UNKNOWN, FirstNames.genderOf("Kim"), "listed female, seen mostly with \"he\"");
        assertEquals(Gender.UNKNOWN, FirstNames.genderOf("Vennholt"));
        assertEquals(Gender.UNKNOWN, FirstNames.genderOf(""));
        assertEquals(Gender.UNKNOWN, FirstNames.genderOf(null));
    }
}
