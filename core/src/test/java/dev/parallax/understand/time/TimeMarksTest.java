package dev.parallax.understand.time;

import dev.parallax.model.TimeExpression;
import dev.parallax.understand.nlp.NlpMention;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.nlp.NlpSentence;
import dev.parallax.understand.nlp.NlpToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TimeMarksTest {
    /** One sentence of whitespace-separated words, each {@code word/NER}; tags are not needed here. */
    private static NlpParagraph paragraph(String annotated) {
        StringBuilder text = new StringBuilder();
        List<NlpToken> tokens = new ArrayList<>();
        for (String item : annotated.split(" ")) {
            String[] p = item.split("/");
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(p[0]);
            tokens.add(new NlpToken(p[0], "NN", p[0].toLowerCase(), p.length > 1 ? p[1] : "O", begin, text.length()));
        }
        return new NlpParagraph(text.toString(),
                List.of(new NlpSentence(0, text.length(), tokens, List.<NlpMention>of())));
    }

    private static String ners(NlpParagraph p) {
        return String.join(" ", p.sentences().get(0).tokens().stream().map(NlpToken::ner).toList());
    }

    @Test
    void untaggedTimeTokensGetTheTypeOfTheExpressionTheyAreIn() {
        NlpParagraph marked = TimeMarks.mark(paragraph("Mara/PERSON Holt/PERSON left/O last/O week/O and/O "
                + "returned/O two/O days/O later/O"));
        // TimeML reads "two days later" as the duration "two days" and the signal "later"
        assertEquals("PERSON PERSON O DATE DATE O O DURATION DURATION O", ners(marked));
    }

    @Test
    void tagsTheAnalyzerGaveAreKeptAndAParagraphWithoutTimesIsReturnedAsItIs() {
        NlpParagraph tagged = paragraph("She/O left/O on/O Monday/DATE");
        assertEquals("O O O DATE", ners(TimeMarks.mark(tagged)));
        NlpParagraph none = paragraph("She/O left/O the/O harbour/O");
        assertSame(none, TimeMarks.mark(none));
    }
    @Test
    void theTimeStagesOwnExpressionsMarkTheSameTokens() {
        NlpParagraph p = paragraph("Mara/PERSON Holt/PERSON left/O last/O week/O");
        List<TimeExpression> found = TimeAnnotator.rulesOnly().annotate("a1", 0, p, java.time.LocalDate.of(2024, 5, 3));
        assertEquals("PERSON PERSON O DATE DATE", ners(TimeMarks.markFound(p, found)));
        assertEquals(ners(TimeMarks.mark(p)), ners(TimeMarks.markFound(p, found)));
        assertSame(p, TimeMarks.markFound(p, List.of()));
    }
}
