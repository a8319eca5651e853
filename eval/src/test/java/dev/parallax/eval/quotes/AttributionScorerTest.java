package dev.parallax.eval.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttributionScorerTest {
    private static final String TEXT = "The mayor said the bridge will close in May and reopen in June, officials added.";

    private static CharSpans span(String part) {
        int at = TEXT.indexOf(part);
        return new CharSpans(TEXT, List.of(new int[] {at, at + part.length()}));
    }

    private static Attribution gold(String content, String source) {
        return new Attribution(span(content), source == null ? null : span(source), null);
    }

    @Test
    void predictionCoveringHalfOfTheLongerSpanMatchesOnce() {
        List<Attribution> gold = List.of(gold("the bridge will close in May and reopen in June", "The mayor"));
        List<Attribution> predicted = List.of(
                new Attribution(span("the bridge will close in May and reopen"), span("The mayor"), "the mayor"),
                new Attribution(span("the bridge will close in May"), null, null));
        AttributionScorer.Counts c = AttributionScorer.score(gold, predicted, AttributionScorer.Rule.HALF_OF_LONGER);
        assertEquals(1, c.matched());
        assertEquals(0.5, c.precision());
        assertEquals(1.0, c.recall());
        assertEquals(1.0, c.speakerAccuracy());
    }

    @Test
    void aSentenceLongPredictionDoesNotClaimAShortGoldContentUnderTheMainRule() {
        List<Attribution> gold = List.of(gold("reopen in June", "officials"));
        List<Attribution> predicted = List.of(new Attribution(span(
                "The mayor said the bridge will close in May and reopen in June"), null, null));
        assertEquals(0, AttributionScorer.score(gold, predicted, AttributionScorer.Rule.HALF_OF_LONGER).matched());
        assertEquals(1, AttributionScorer.score(gold, predicted, AttributionScorer.Rule.HALF_OF_SHORTER).matched());
    }

    @Test
    void speakerIsRightByNameWhenThePredictionHasNoMention() {
        List<Attribution> gold = List.of(gold("reopen in June", "officials"));
        List<Attribution> right = List.of(new Attribution(span("reopen in June"), null, "city officials"));
        List<Attribution> wrong = List.of(new Attribution(span("reopen in June"), span("The mayor"), "the mayor"));
        assertEquals(1, AttributionScorer.score(gold, right, AttributionScorer.Rule.EXACT).speakerCorrect());
        assertEquals(0, AttributionScorer.score(gold, wrong, AttributionScorer.Rule.EXACT).speakerCorrect());
    }

    @Test
    void speechScoresKeepSpeechGoldAndTheirMatchesAndSetOtherKindsAside() {
        String text = "Lind said the plant will close. She wants a buyer. Critics fear layoffs, and the union warned"
                + " of strikes.";
        java.util.function.Function<String, CharSpans> at = part -> {
            int i = text.indexOf(part);
            return new CharSpans(text, List.of(new int[] {i, i + part.length()}));
        };
        List<Attribution> gold = List.of(
                new Attribution(at.apply("the plant will close"), at.apply("Lind"), null, "said"),
                new Attribution(at.apply("a buyer"), at.apply("She"), null, "wants"),
                new Attribution(at.apply("of strikes"), at.apply("the union"), null, "warned"));
        List<Attribution> predicted = List.of(
                new Attribution(at.apply("the plant will close"), at.apply("Lind"), "Lind", "said"),
                // matched to a wish: neither right nor wrong among speech
                new Attribution(at.apply("a buyer"), at.apply("She"), "Lind", "wants"),
                // unmatched, by its own cue: a fear is no speech, so it is set aside too
                new Attribution(at.apply("layoffs"), at.apply("Critics"), "critics", "fear"),
                // unmatched and a speech cue: a false positive
                new Attribution(at.apply("She wants a buyer"), null, "Lind", "told"));
        AttributionScorer.Counts all = AttributionScorer.score(gold, predicted, AttributionScorer.Rule.HALF_OF_LONGER);
        assertEquals(3, all.gold());
        assertEquals(4, all.predicted());
        assertEquals(2, all.matched());
        AttributionScorer.Counts speech = AttributionScorer.scoreWithin(gold, predicted,
                AttributionScorer.Rule.HALF_OF_LONGER, SpeechCues::isSpeech);
        assertEquals(2, speech.gold(), "said and warned");
        assertEquals(2, speech.predicted(), "said (matched) and told (spurious)");
        assertEquals(1, speech.matched());
        assertEquals(1, speech.speakerCorrect());
    }
}
