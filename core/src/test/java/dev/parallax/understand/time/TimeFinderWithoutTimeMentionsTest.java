package dev.parallax.understand.time;

import dev.parallax.understand.nlp.NlpMention;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.nlp.NlpSentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An analyzer without SUTime (NlpOptions.FAST) gives no time mentions: the rules alone still find times, and its
 * name mentions still keep the rules out of names.
 */
class TimeFinderWithoutTimeMentionsTest {
    @Test
    void rulesStillFindAndResolveTimesWhenTheAnalyzerGivesNoTimeMentions() {
        String text = "The council voted on Tuesday and will meet again next month, the mayor said.";
        NlpParagraph analysed = new NlpParagraph(text, List.of(new NlpSentence(0, text.length(), List.of(), List.of())));
        LocalDate reference = LocalDate.of(2024, 5, 9);
        List<FoundTime> found = new TimeFinder().find(analysed, reference);
        assertEquals(new TimeFinder().find(text, reference), found);
        assertEquals(List.of("Tuesday", "next month"), found.stream().map(FoundTime::text).toList());
        assertEquals(List.of("2024-05-07", "2024-06"), found.stream().map(FoundTime::value).toList());
    }

    @Test
    void aRuleMatchInsideANamedEntityIsNoTime() {
        String text = "The Sunday Times said on Monday that the paper's rival had closed.";
        NlpMention paper = new NlpMention("Sunday Times", "ORGANIZATION", 4, 16, null, null);
        NlpParagraph analysed = new NlpParagraph(text,
                List.of(new NlpSentence(0, text.length(), List.of(), List.of(paper))));
        List<FoundTime> found = new TimeFinder().find(analysed, LocalDate.of(2024, 5, 9));
        assertEquals(List.of("Monday"), found.stream().map(FoundTime::text).toList());
    }
}
