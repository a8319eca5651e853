package dev.parallax.understand.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter on CoreNLP's real models (FAST preset). */
class CoreNlpAnalyzerTest {
    private static CoreNlpAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new CoreNlpAnalyzer(NlpOptions.FAST);
    }

    private static String words(NlpSentence s) {
        return String.join(" ", s.tokens().stream().map(NlpToken::word).toList());
    }

    @Test
    void aPartyAndStateAbbreviationTheTokenizerDoesNotKnowEndsNoSentence() {
        // CoreNLP cuts "R-S.C." into "R-S.C" and "." and ends the sentence there
        for (String text : List.of("Sen. Mara Quill, R-S.C., said the levy was a mistake.",
                "Sen. Mara Quill (D-N.H.) said the levy was a mistake.")) {
            NlpParagraph p = analyzer.analyze(text, null);
            assertEquals(1, p.sentences().size(), () -> p.sentences().stream().map(CoreNlpAnalyzerTest::words).toList().toString());
            List<NlpToken> tokens = p.sentences().get(0).tokens();
            NlpToken abbreviation = tokens.stream().filter(t -> t.word().endsWith(".") && t.word().contains("-"))
                    .findFirst().orElseThrow();
            assertEquals(text.substring(abbreviation.begin(), abbreviation.end()), abbreviation.word());
            NlpToken said = tokens.stream().filter(t -> t.word().equals("said")).findFirst().orElseThrow();
            assertEquals("VBD", said.tag());
            assertTrue(tokens.stream().anyMatch(t -> t.word().equals("Quill") && "PERSON".equals(t.ner())));
        }
    }

    @Test
    void realSentenceEndsStaySplit() {
        NlpParagraph p = analyzer.analyze("The port reopened in the U.S. Navy yard. Ships came back on Monday.", null);
        assertEquals(2, p.sentences().size());
        NlpParagraph q = analyzer.analyze("Talks ended at 5 p.m. The union left.", null);
        assertEquals(2, q.sentences().size(), () -> q.sentences().stream().map(CoreNlpAnalyzerTest::words).toList().toString());
    }
}
