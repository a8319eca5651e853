package dev.parallax.eval.quotes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeechCuesTest {
    @Test
    void verbsOfSayingInAnyFormAndPhraseAreSpeech() {
        for (String cue : new String[] {"said", "told reporters", "According to", "has since said", "was asked",
                "wrote in a memo", "Tweeted", "issued a statement", "went out of his way to say", "insisting",
                "later confirmed", ":", " — "}) {
            assertTrue(SpeechCues.isSpeech(cue), cue);
        }
    }

    @Test
    void beliefsWishesEvaluationsAndEvidenceAreNot() {
        for (String cue : new String[] {"thinks", "wants", "believe", "endorsed", "criticized", "called",
                "polls show", "seemed", "is furious at", "don’t like", "support for"}) {
            assertFalse(SpeechCues.isSpeech(cue), cue);
        }
    }

    @Test
    void noCueCountsAsSpeechForQuotationsOfToolsThatGiveNone() {
        assertTrue(SpeechCues.isSpeech((String) null));
    }
}
