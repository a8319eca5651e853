package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RomanizationTest {

    private static void sameKey(String expected, String... words) {
        for (String w : words) {
            assertEquals(expected, Romanization.key(w), w);
        }
    }

    @Test
    void finalYAndIVariantsShareAKey() {
        sameKey("zelenski", "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi");
        sameKey("dmitri", "Dmitry", "Dmitri", "Dmitriy", "Dmitrij");
        sameKey("sergei", "Sergei", "Sergey", "Sergej");
    }

    @Test
    void ksAndXShareAKey() {
        sameKey("aleksei", "Alexei", "Aleksei", "Alexey", "Aleksey", "Alexej");
    }

    @Test
    void wAndVShareAKey() {
        sameKey("navalni", "Navalny", "Navalnyi", "Nawalny");
        sameKey("lavrov", "Lavrov", "Lawrow");
    }

    @Test
    void yeAndYoAreE() {
        sameKey("evgeni", "Yevgeny", "Evgeny", "Yevgeniy", "Jewgeni");
        sameKey("fedor", "Fyodor", "Fedor", "Fjodor");
    }

    @Test
    void khIsHAndTzIsTs() {
        sameKey("hodorkovski", "Khodorkovsky", "Hodorkovsky");
        sameKey("kravtsov", "Kravtsov", "Kravtzov");
    }

    @Test
    void germanSchIsSh() {
        sameKey("shoigu", "Shoigu", "Shoygu", "Schoigu");
    }

    @Test
    void doubleLettersAndDiacriticsFold() {
        sameKey("ana", "Anna", "Ana", "Änna");
        assertEquals("lukasz", Romanization.light("Łukasz"));
        assertEquals("zelenskyy", Romanization.light("Zelenskýy"));
    }

    @Test
    void variantsNeedTheSameKeyAndCloseSpelling() {
        assertTrue(Romanization.variants("Alexei", "Aleksey"));
        assertTrue(Romanization.variants("Navalny", "Nawalny"));
        assertFalse(Romanization.variants("Peskov", "Medvedev"));
    }

    @Test
    void shortWordsMustBeSpelledAlike() {
        assertEquals(Romanization.key("Yan"), Romanization.key("Ian"));
        assertFalse(Romanization.variants("Yan", "Ian"));
        assertTrue(Romanization.variants("Li", "LI"));
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, Romanization.editDistance("navalny", "navalny"));
        assertEquals(2, Romanization.editDistance("navalnyi", "nawalny"));
        assertEquals(3, Romanization.editDistance("kitten", "sitting"));
    }
}
