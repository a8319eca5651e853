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
    void aCurlyApostropheAfterAPluralIsAPossessiveNotAClosingMark() {
        NlpParagraph p = analyzer.analyze("The mayor rejected the councillors\u2019 plan and wrote to Lind\u2019s "
                + "office, calling it \u2018the pilots\u2019 dream\u2019 of a port.", null);
        List<NlpToken> tokens = p.sentences().get(0).tokens();
        NlpToken plan = tokens.stream().filter(t -> t.word().equals("plan")).findFirst().orElseThrow();
        assertEquals("NN", plan.tag());
        NlpToken apostrophe = tokens.get(tokens.indexOf(plan) - 1);
        assertEquals("POS", apostrophe.tag());
        assertEquals("\u2019", p.text().substring(apostrophe.begin(), apostrophe.end())); // offsets unchanged
        // inside single quotation marks, the mark after "dream" still closes the quotation
        NlpToken close = tokens.stream().filter(t -> p.text().substring(t.begin(), t.end()).equals("\u2019")
                && t.begin() > p.text().indexOf("dream")).findFirst().orElseThrow();
        assertEquals("''", close.tag());
    }

    @Test
    void realSentenceEndsStaySplit() {
        NlpParagraph p = analyzer.analyze("The port reopened in the U.S. Navy yard. Ships came back on Monday.", null);
        assertEquals(2, p.sentences().size());
        NlpParagraph q = analyzer.analyze("Talks ended at 5 p.m. The union left.", null);
        assertEquals(2, q.sentences().size(), () -> q.sentences().stream().map(CoreNlpAnalyzerTest::words).toList().toString());
    }

    @Test
    void aPersonsNameAfterACapitalisedTheIsAPublicationOrBody() {
        List<NlpToken> tokens = tagged("according/VBG to/TO The/DT Hill/NNP/PERSON ,/, The/DT Clintons/NNPS/PERSON");
        List<NlpMention> mentions = new java.util.ArrayList<>(List.of(
                new NlpMention("Hill", "PERSON", 17, 21, null, null),
                new NlpMention("Clintons", "PERSON", 28, 36, null, null)));
        CoreNlpAnalyzer.namesAfterThe(tokens, mentions, "according to The Hill , The Clintons");
        assertEquals(new NlpMention("The Hill", "ORGANIZATION", 13, 21, null, null), mentions.get(0));
        assertEquals("ORGANIZATION", tokens.get(2).ner());
        assertEquals("ORGANIZATION", tokens.get(3).ner());
        assertEquals("PERSON", mentions.get(1).type(), "a family is people");
        assertEquals("PERSON", tokens.get(6).ner());
    }

    @Test
    void aPersonsNameEndingInACompanysWordIsTheCompany() {
        List<NlpToken> tokens = tagged("Rick/NNP/PERSON Vale/NNP/PERSON Productions/NNPS/PERSON denied/VBD it/PRP ,/, "
                + "Rick/NNP/PERSON Vale/NNP/PERSON said/VBD");
        List<NlpMention> mentions = new java.util.ArrayList<>(List.of(
                new NlpMention("Rick Vale Productions", "PERSON", 0, 21, null, null),
                new NlpMention("Rick Vale", "PERSON", tokens.get(6).begin(), tokens.get(7).end(), null, null)));
        CoreNlpAnalyzer.companiesReadAsPeople(tokens, mentions, "Rick Vale Productions denied it , Rick Vale said");
        assertEquals("ORGANIZATION", mentions.get(0).type());
        assertEquals("ORGANIZATION", tokens.get(0).ner());
        assertEquals("PERSON", mentions.get(1).type(), "the man himself stays a person");
        assertEquals("PERSON", tokens.get(6).ner());
    }

    @Test
    void aCompoundWhoseFirstWordTheTaggerReadAsAVerbIsOneNoun() {
        List<NlpToken> tokens = tagged("Water/NNP think/VBP tank/NN told/VBD us/PRP they/PRP think/VBP so/RB");
        CoreNlpAnalyzer.compoundsReadAsVerbs(tokens);
        assertEquals("NN", tokens.get(1).tag(), "think tank");
        assertEquals("VBP", tokens.get(6).tag(), "a thinking stays a verb");
        List<NlpToken> verb = tagged("analysts/NNS think/VBP tanks/NNS");
        CoreNlpAnalyzer.compoundsReadAsVerbs(verb);
        assertEquals("VBP", verb.get(1).tag(), "\"analysts think tanks will …\": after a subject, a verb");
    }

    @Test
    void aNameInCapitalsTheTaggerReadAsAVerbIsAProperNoun() {
        List<NlpToken> tokens = tagged("a/DT spokesman/NN confirmed/VBD to/TO WIRED/VBN that/IN the/DT recall/NN "
                + "covers/VBZ trucks/NNS ./.");
        CoreNlpAnalyzer.capitalsReadAsVerbs(tokens);
        assertEquals("NNP", tokens.get(4).tag(), "to WIRED that");
        List<NlpToken> interview = tagged("she/PRP spoke/VBD with/IN VOGUE/VB about/IN it/PRP ./.");
        CoreNlpAnalyzer.capitalsReadAsVerbs(interview);
        assertEquals("NNP", interview.get(3).tag(), "with VOGUE about");
        // shouting: after "to" with an object of its own it is a verb; a line all in capitals is left alone
        List<NlpToken> shout = tagged("we/PRP need/VBP to/TO STOP/VB the/DT vote/NN ./.");
        CoreNlpAnalyzer.capitalsReadAsVerbs(shout);
        assertEquals("VB", shout.get(3).tag());
        List<NlpToken> vote = tagged("we/PRP have/VBP to/TO VOTE/VB !/.");
        CoreNlpAnalyzer.capitalsReadAsVerbs(vote);
        assertEquals("VB", vote.get(3).tag(), "\"have to VOTE!\"");
        List<NlpToken> headline = tagged("VOTERS/NNS SAY/VBP THEY/PRP WANT/VBP TO/TO CHANGE/VB ./.");
        CoreNlpAnalyzer.capitalsReadAsVerbs(headline);
        assertEquals("VB", headline.get(5).tag());
    }

    /** Tokens from "word/TAG …" or "word/TAG/NER …", one space apart, lemma the word in lower case, else no entity. */
    private static List<NlpToken> tagged(String annotated) {
        List<NlpToken> out = new java.util.ArrayList<>();
        int begin = 0;
        for (String item : annotated.split(" ")) {
            String[] parts = item.split("/", -1);
            String word = parts[0];
            out.add(new NlpToken(word, parts[1], word.toLowerCase(), parts.length > 2 ? parts[2] : "O", begin,
                    begin + word.length()));
            begin += word.length() + 1;
        }
        return out;
    }
}
