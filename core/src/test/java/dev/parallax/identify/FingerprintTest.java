package dev.parallax.identify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintTest {
    static final List<String> BODY = List.of(
            "The regional council of Vesterholm voted on Tuesday to close the old harbour bridge to lorries "
                    + "after engineers found corrosion in two of its main supports, a decision that will send "
                    + "heavy traffic on a detour of almost twenty kilometres through the villages to the north.",
            "Council leader Mirela Dastan said the vote had not been easy. \"Nobody wants trucks rolling past "
                    + "the school gates, but nobody wants a bridge in the river either,\" she told reporters "
                    + "outside the chamber, adding that repairs could take until the spring.",
            "Hauliers reacted angrily. A spokesman for the regional transport association called the closure "
                    + "rushed and said members had been given less than a week of notice.");

    @Test
    void identicalBodiesHaveIdenticalFingerprints() {
        assertEquals(Fingerprint.of(BODY), Fingerprint.of(List.copyOf(BODY)));
    }

    @Test
    void syndicatedCopyWithDifferentParagraphBreaksAndCaseIsNear() {
        List<String> copy = List.of(String.join(" ", BODY).toUpperCase());
        assertTrue(Fingerprint.of(BODY).isNear(Fingerprint.of(copy)));
    }

    @Test
    void copyWithOneChangedWordIsNear() {
        List<String> edited = List.of(BODY.get(0).replace("Tuesday", "Wednesday"), BODY.get(1), BODY.get(2));
        assertTrue(Fingerprint.of(BODY).isNear(Fingerprint.of(edited)));
    }

    @Test
    void differentArticleOnTheSameTopicIsNotNear() {
        List<String> other = List.of(
                "Lorry drivers in Vesterholm queued for hours on Wednesday as the first day of the harbour bridge "
                        + "closure pushed freight traffic onto narrow village roads, with police directing vehicles "
                        + "at two junctions and one school delaying its opening by an hour.",
                "The transport association said it would ask the courts to suspend the council's decision, "
                        + "arguing that the engineers' report had not been published in full and that cheaper "
                        + "temporary supports had never been considered by the council.");
        assertTrue(Fingerprint.of(BODY).similarity(Fingerprint.of(other)) < 0.2);
    }

    @Test
    void shortBodiesAreNotFingerprinted() {
        assertNull(Fingerprint.of(List.of("Too short to tell one story from another.")));
        assertNotNull(Fingerprint.of(BODY));
    }

    @Test
    void nearFingerprintsShareABand() {
        List<String> edited = List.of(BODY.get(0).replace("Tuesday", "Wednesday"), BODY.get(1),
                BODY.get(2).replace("less than a week", "only days"));
        Fingerprint a = Fingerprint.of(BODY);
        Fingerprint b = Fingerprint.of(edited);
        boolean shared = false;
        for (int i = 0; i < Fingerprint.BANDS; i++) {
            shared |= a.band(i) == b.band(i);
        }
        assertTrue(shared);
    }

    @Test
    void storedMinimaRebuildAnEqualFingerprint() {
        Fingerprint a = Fingerprint.of(BODY);
        assertEquals(a, Fingerprint.ofMinima(a.minima()));
    }

    @Test
    void bandOutOfRangeIsACallerMistake() {
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.of(BODY).band(Fingerprint.BANDS));
    }
}
