package dev.parallax.understand.quotes;

import dev.parallax.understand.nlp.NlpParagraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.parallax.understand.quotes.Tagged.find;
import static dev.parallax.understand.quotes.Tagged.only;

/** Attribution patterns on hand-tagged sentences (see {@link Tagged}); no NLP model is loaded. */
class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void curlyQuoteWithTrailingAttributionGoesToTheNamedPerson() {
        FoundQuote q = only(find("\u201C/`` We/PRP will/MD not/RB back/VB down/RP ,/, \u201D/'' Anna/NNP/PERSON "
                + "Kowalska/NNP/PERSON said/VBD ./."));
        assertEquals("We will not back down,", q.text());
        assertEquals("Anna Kowalska", q.speakerName());
        assertEquals("said", q.cue());
        assertTrue(q.direct());
        assertNotNull(q.speakerMention());
    }

    @Test
    void straightQuoteWithInvertedAttributionAndAppositive() {
        FoundQuote q = only(find("\"/`` Prices/NNS will/MD rise/VB ,/, \"/'' said/VBD Tomas/NNP/PERSON "
                + "Berg/NNP/PERSON ,/, an/DT economist/NN at/IN the/DT bank/NN ./."));
        assertEquals("Prices will rise,", q.text());
        assertEquals("Tomas Berg", q.speakerName());
        assertEquals("an economist at the bank", q.speakerDescription());
        assertTrue(q.direct());
    }

    @Test
    void quoteBrokenByItsAttributionIsOneQuoteInTwoPieces() {
        List<FoundQuote> quotes = find("Mirela/NNP/PERSON Dastan/NNP/PERSON read/VBD the/DT report/NN ./. "
                + "\u201C/`` It/PRP is/VBZ ,/, \u201D/'' she/PRP said/VBD ,/, \u201C/`` unacceptable/JJ ./. \u201D/''");
        FoundQuote q = only(quotes);
        assertEquals(2, q.content().size());
        assertEquals("It is, \u2026 unacceptable.", q.text());
        assertEquals("Mirela Dastan", q.speakerName());
        assertTrue(q.direct());
    }

    @Test
    void brokenQuoteKeepsItsSecondPieceWhenTheSpeakerReportsAClauseNext() {
        // the sentence after the quotation names a speaker whose cue reports a clause: it does not attribute
        // the finished quotation before it, which goes on the broken quote
        List<FoundQuote> quotes = find("\u201C/`` Judge/NNP ,/, \u201D/'' Ilse/NNP/PERSON Brand/NNP/PERSON said/VBD "
                + ",/, \u201C/`` I/PRP have/VBP never/RB seen/VBN that/DT ./. \u201D/'' Later/RB ,/, "
                + "Brand/NNP/PERSON said/VBD she/PRP had/VBD changed/VBN her/PRP$ mind/NN ./.");
        assertEquals(2, quotes.size(), () -> "quotes: " + quotes);
        assertEquals("Judge, \u2026 I have never seen that.", quotes.get(0).text());
        assertTrue(quotes.get(0).direct());
        assertEquals("she had changed her mind", quotes.get(1).text());
        assertFalse(quotes.get(1).direct());
        // also when the cue's adverbial comes before "that"
        List<FoundQuote> statement = find("\u201C/`` Judge/NNP ,/, \u201D/'' Ilse/NNP/PERSON Brand/NNP/PERSON "
                + "said/VBD ,/, \u201C/`` I/PRP have/VBP never/RB seen/VBN that/DT ./. \u201D/'' Brand/NNP/PERSON "
                + "said/VBD in/IN a/DT statement/NN that/IN she/PRP had/VBD changed/VBN her/PRP$ mind/NN ./.");
        assertEquals("Judge, \u2026 I have never seen that.", statement.get(0).text(), statement::toString);
    }

    @Test
    void quoteRunningOverParagraphsIsOneQuote() {
        FoundQuote q = only(find(
                "Tomas/NNP/PERSON Berg/NNP/PERSON said/VBD :/: \u201C/`` The/DT bridge/NN will/MD close/VB in/IN May/NNP ./.",
                "\u201C/`` After/IN that/DT ,/, traffic/NN goes/VBZ through/IN the/DT old/JJ town/NN ./. \u201D/''"));
        assertEquals(2, q.content().size());
        assertEquals(0, q.content().get(0).paragraph());
        assertEquals(1, q.content().get(1).paragraph());
        assertEquals("Tomas Berg", q.speakerName());
    }

    @Test
    void quotationAfterItsAttributionJoinsIt() {
        FoundQuote q = only(find("\u201C/`` We/PRP will/MD win/VB ,/, \u201D/'' Berg/NNP/PERSON said/VBD ./. "
                + "\u201C/`` Nobody/NN can/MD stop/VB us/PRP ./. \u201D/''"));
        assertEquals(2, q.content().size());
        assertEquals("Berg", q.speakerName());
    }

    @Test
    void quotationGivenToThePreviousSpeakerKeepsTheMentionThatNamedThem() {
        String first = "She/PRP said/VBD the/DT port/NN would/MD reopen/VB ./.";
        List<FoundQuote> quotes = find("Lena/NNP/PERSON Hart/NNP/PERSON spoke/VBD last/JJ ./.", first,
                "\u201C/`` Nobody/NN can/MD stop/VB us/PRP now/RB ./. \u201D/''");
        assertEquals(2, quotes.size());
        FoundQuote later = quotes.get(1);
        assertEquals("Lena Hart", later.speakerName());
        assertEquals(1, later.speakerMention().paragraph());
        assertEquals("She", Tagged.paragraph(first).text().substring(later.speakerMention().start(),
                later.speakerMention().end()));
    }

    @Test
    void participleOfTheSpeakerKeepsTheSubjectAsMention() {
        String text = "Lena/NNP/PERSON Hart/NNP/PERSON said/VBD the/DT port/NN would/MD reopen/VB ,/, "
                + "adding/VBG that/IN the/DT fees/NNS would/MD fall/VB ./.";
        List<FoundQuote> quotes = find(text);
        assertEquals(2, quotes.size());
        FoundQuote added = quotes.get(1);
        assertEquals("the fees would fall", added.text());
        assertEquals("Lena Hart", Tagged.paragraph(text).text().substring(added.speakerMention().start(),
                added.speakerMention().end()));
    }

    @Test
    void quotationWithItsOwnTrailingAttributionDoesNotJoinThePreviousOne() {
        List<FoundQuote> quotes = find("The/DT levy/NN will/MD hurt/VB ports/NNS ,/, said/VBD several/JJ "
                + "observers/NNS ./. \u201C/`` I/PRP did/VBD n't/RB see/VB it/PRP coming/VBG ./. It/PRP was/VBD "
                + "sudden/JJ ,/, \u201D/'' said/VBD Madsen/NNP/PERSON ./.");
        assertEquals(2, quotes.size());
        assertEquals("The levy will hurt ports", quotes.get(0).text());
        assertEquals("Madsen", quotes.get(1).speakerName());
        assertEquals("I didn't see it coming. It was sudden,", quotes.get(1).text());
    }

    @Test
    void aTimeAfterTheCueIsNoContent() {
        assertTrue(find("The/DT ministry/NN announced/VBD late/JJ Thursday/NNP ./.").isEmpty());
        assertTrue(find("Lind/NNP/PERSON wrote/VBD last/JJ week/NN ./.").isEmpty());
        assertTrue(find("The/DT ministry/NN responded/VBD in/IN a/DT statement/NN ./.").isEmpty());
        assertTrue(find("Lind/NNP/PERSON spoke/VBD Dec./NNP 6/CD on/IN the/DT radio/NN ./.").isEmpty());
    }

    @Test
    void theOutletsShortNameInItsOwnPagesIsTheOutlet() {
        FoundQuote q = only(new QuoteFinder().find(Tagged.paragraphs("The/DT Post/NNP/ORGANIZATION "
                + "reported/VBD the/DT memo/NN was/VBD genuine/JJ ./."), "Saren Daily Post"));
        assertEquals("Saren Daily Post", q.speakerName());
    }

    @Test
    void quotedPhraseEndingAReportedClauseKeepsItsClosingMark() {
        FoundQuote q = only(find("Tamsin/NNP/PERSON said/VBD she/PRP had/VBD \"/`` done/VBN the/DT "
                + "honourable/JJ thing/NN \"/'' ./."));
        assertEquals("she had \"done the honourable thing\"", q.text());
    }

    @Test
    void thatNightAfterATrailingCueIsATimeNotAClause() {
        FoundQuote q = only(find("\u201C/`` This/DT was/VBD the/DT moment/NN ,/, \u201D/'' he/PRP said/VBD in/IN "
                + "his/PRP$ speech/NN that/DT night/NN ./."));
        assertEquals("This was the moment,", q.text());
        assertEquals("said", q.cue());
    }

    @Test
    void trailingCueFollowedByAnotherActKeepsItsQuotation() {
        FoundQuote q = only(find("\u201C/`` I/PRP am/VBP backing/VBG Tom/NNP/PERSON Varga/NNP/PERSON ,/, \u201D/'' "
                + "she/PRP said/VBD and/CC quickly/RB hung/VBD up/RP ./."));
        assertEquals("I am backing Tom Varga,", q.text());
        assertEquals("said", q.cue());
        assertNull(q.speakerName()); // the man she names is not who "she" is
        assertEquals("she", q.speakerDescription());
    }

    @Test
    void quotationAfterAColonFollowsACueWithOnlyAnAdverbial() {
        FoundQuote q = only(find("Lind/NNP/PERSON told/VBD the/DT crowd/NN ,/, at/IN the/DT rally/NN :/:",
                "\u201C/`` We/PRP will/MD win/VB this/DT state/NN ./. \u201D/''"));
        assertEquals("We will win this state.", q.text());
        assertEquals("Lind", q.speakerName());
        assertTrue(q.direct());
    }

    @Test
    void itAfterAParticipleDescribingADocumentIsThatDocument() {
        List<FoundQuote> quotes = find("The/DT Post/NNP/ORGANIZATION reported/VBD the/DT memo/NN on/IN "
                + "Monday/NNP ./. Dated/VBN 11/CD April/NNP ,/, it/PRP said/VBD the/DT figures/NNS should/MD "
                + "wait/VB ./.");
        assertEquals(2, quotes.size());
        assertEquals("Post", quotes.get(0).speakerName()); // a newspaper's name, not a "post"
        assertNull(quotes.get(1).speakerName());
        assertEquals("the memo", quotes.get(1).speakerDescription());
    }

    @Test
    void partialQuoteInsideASentenceIsDirectWithItsCue() {
        FoundQuote q = only(find("The/DT minister/NN called/VBD the/DT move/NN \u201C/`` a/DT completely/RB "
                + "unacceptable/JJ step/NN \u201D/'' ./."));
        assertTrue(q.text().contains("a completely unacceptable step"), q.text());
        assertTrue(q.direct());
        assertEquals("called", q.cue());
        assertEquals("The minister", q.speakerDescription());
    }

    @Test
    void scareQuoteWithoutCueIsNoQuote() {
        assertTrue(find("The/DT so-called/JJ \u201C/`` experts/NNS \u201D/'' disagreed/VBD ./.").isEmpty());
    }

    @Test
    void reportedSpeechWithThat() {
        FoundQuote q = only(find("Jan/NNP/PERSON Nowak/NNP/PERSON said/VBD that/IN the/DT talks/NNS had/VBD "
                + "failed/VBN ./."));
        assertEquals("the talks had failed", q.text());
        assertEquals("Jan Nowak", q.speakerName());
        assertFalse(q.direct());
    }

    @Test
    void reportedSpeechWithoutThat() {
        FoundQuote q = only(find("Jan/NNP/PERSON Nowak/NNP/PERSON said/VBD the/DT talks/NNS had/VBD failed/VBN ./."));
        assertEquals("the talks had failed", q.text());
        assertFalse(q.direct());
    }

    @Test
    void accordingToBeforeAndAfterTheContent() {
        FoundQuote before = only(find("According/VBG to/TO Jan/NNP/PERSON Nowak/NNP/PERSON ,/, the/DT talks/NNS "
                + "failed/VBD ./."));
        assertEquals("the talks failed", before.text());
        assertEquals("according to", before.cue());
        assertEquals("Jan Nowak", before.speakerName());
        FoundQuote after = only(find("The/DT talks/NNS failed/VBD ,/, according/VBG to/TO two/CD officials/NNS ./."));
        assertEquals("The talks failed", after.text());
        assertNull(after.speakerName());
        assertEquals("two officials", after.speakerDescription());
    }

    @Test
    void speechVerbsBeyondSaidAreCues() {
        for (String verb : List.of("claimed", "warned", "argued", "denied", "added", "implied", "emailed",
                "answered", "retweeted")) {
            FoundQuote q = only(find("Jan/NNP/PERSON Nowak/NNP/PERSON " + verb + "/VBD that/IN the/DT plan/NN "
                    + "was/VBD legal/JJ ./."));
            assertEquals(verb, q.cue());
            assertEquals("the plan was legal", q.text());
        }
    }

    @Test
    void toldReportersAndInAStatementBelongToTheCue() {
        FoundQuote told = only(find("Nowak/NNP/PERSON told/VBD reporters/NNS the/DT plan/NN was/VBD legal/JJ ./."));
        assertEquals("told reporters", told.cue());
        assertEquals("the plan was legal", told.text());
        FoundQuote statement = only(find("The/DT ministry/NN said/VBD in/IN a/DT statement/NN that/IN it/PRP "
                + "would/MD appeal/VB ./."));
        assertEquals("said in a statement", statement.cue());
        assertEquals("it would appeal", statement.text());
    }

    @Test
    void trailingReportedSpeechGivesTheSurnameItsFullName() {
        List<FoundQuote> quotes = find("Jan/NNP/PERSON Nowak/NNP/PERSON arrived/VBD in/IN Warsaw/NNP/LOCATION "
                + "on/IN Monday/NNP/DATE ./.", "The/DT talks/NNS had/VBD failed/VBN ,/, Nowak/NNP/PERSON said/VBD ./.");
        FoundQuote q = only(quotes);
        assertEquals("The talks had failed", q.text());
        assertEquals("Jan Nowak", q.speakerName());
        assertFalse(q.direct());
    }

    @Test
    void trailingReportedSpeechKeepsAClauseWhoseVerbTheTaggerReadAsAParticiple() {
        // the tagger's reading of "drivers voted by 91%": a reduced relative, "voted" as VBN
        FoundQuote q = only(find("Last/JJ month/NN ,/, drivers/NNS voted/VBN by/IN 91/CD percent/NN to/TO strike/VB ,/, "
                + "the/DT union/NN said/VBD ./."));
        assertEquals("Last month, drivers voted by 91 percent to strike", q.text());
        assertEquals("the union", q.speakerDescription());
        // a participle after a noun inside a phrase is still no verb: no clause, no content
        assertTrue(find("In/IN the/DT weeks/NNS ahead/RB of/IN votes/NNS planned/VBN for/IN May/NNP/DATE ,/, "
                + "the/DT union/NN said/VBD ./.").isEmpty());
    }

    @Test
    void pronounGoesToTheSpokeswomanNamedBefore() {
        FoundQuote q = only(find("A/DT government/NN spokeswoman/NN ,/, Maria/NNP/PERSON Lopez/NNP/PERSON ,/, "
                + "visited/VBD the/DT site/NN ./. She/PRP said/VBD :/: \u201C/`` Nothing/NN was/VBD damaged/VBN ./. \u201D/''"));
        assertEquals("Maria Lopez", q.speakerName());
        assertEquals("Nothing was damaged.", q.text());
        assertTrue(q.direct());
    }

    @Test
    void pronounGoesToAnUnnamedSpokeswomanAsADescription() {
        FoundQuote q = only(find("A/DT government/NN spokeswoman/NN visited/VBD the/DT site/NN ./. "
                + "She/PRP said/VBD :/: \u201C/`` Nothing/NN was/VBD damaged/VBN ./. \u201D/''"));
        assertNull(q.speakerName());
        assertEquals("A government spokeswoman", q.speakerDescription());
    }

    @Test
    void pronounPrefersTheEarlierSpeakerToAPersonNamedInWhatHeSaid() {
        List<FoundQuote> quotes = find("Jan/NNP/PERSON Nowak/NNP/PERSON said/VBD Anna/NNP/PERSON "
                + "Kowalska/NNP/PERSON was/VBD wrong/JJ ./. He/PRP added/VBD that/IN the/DT vote/NN was/VBD "
                + "close/JJ ./.");
        assertEquals(2, quotes.size());
        assertEquals("Jan Nowak", quotes.get(1).speakerName());
    }

    @Test
    void theMinistryAddedGoesToTheMinistryNamedEarlier() {
        List<FoundQuote> quotes = find("Poland/NNP/LOCATION \u2019s/POS Interior/NNP/ORGANIZATION "
                + "Ministry/NNP/ORGANIZATION opened/VBD an/DT inquiry/NN on/IN Friday/NNP/DATE ./.",
                "\u201C/`` The/DT border/NN is/VBZ secure/JJ ,/, \u201D/'' the/DT ministry/NN added/VBD ./.");
        FoundQuote q = only(quotes);
        assertEquals("Poland\u2019s Interior Ministry", q.speakerName());
        assertEquals("added", q.cue());
    }

    @Test
    void anonymousSourceIsKeptAsADescription() {
        FoundQuote q = only(find("\u201C/`` There/EX is/VBZ no/DT deal/NN yet/RB ,/, \u201D/'' a/DT senior/JJ "
                + "diplomatic/JJ source/NN said/VBD ./."));
        assertNull(q.speakerName());
        assertEquals("a senior diplomatic source", q.speakerDescription());
    }

    @Test
    void stanceVerbsNeedAClauseAndCanBeSwitchedOff() {
        String text = "Nowak/NNP/PERSON believes/VBZ that/IN the/DT plan/NN will/MD fail/VB ./.";
        assertEquals("the plan will fail", only(find(text)).text());
        assertTrue(new QuoteFinder(CueLexicon.standard(), false).find(Tagged.paragraphs(text)).isEmpty());
        assertTrue(find("Nowak/NNP/PERSON believes/VBZ him/PRP ./.").isEmpty());
    }

    @Test
    void passiveCueIsNoAttributionToItsSubject() {
        assertTrue(find("Nowak/NNP/PERSON was/VBD told/VBN to/TO leave/VB ./.").isEmpty());
    }

    @Test
    void quotationSignedWithADashGoesToTheName() {
        FoundQuote q = only(find("\u201C/`` The/DT debate/NN changed/VBD nothing/NN for/IN me/PRP ./. \u201D/'' "
                + "\u2014/: Elena/NNP/PERSON Duarte/NNP/PERSON"));
        assertEquals("Elena Duarte", q.speakerName());
        assertTrue(q.direct());
    }

    @Test
    void emptyParagraphsGiveNoQuotes() {
        assertTrue(finder.find(List.of(new NlpParagraph("", List.of()))).isEmpty());
    }

    @Test
    void quotationAfterAnAttributionWithAnAsideOfItsOwnJoinsTheQuoteNotTheAside() {
        List<FoundQuote> quotes = find("\u201C/`` Nobody/NN cares/VBZ about/IN the/DT money/NN ,/, \u201D/'' "
                + "the/DT member/NN said/VBD ,/, adding/VBG that/IN donors/NNS may/MD balk/VB ./. "
                + "\u201C/`` Most/JJS campaigns/NNS run/VBP on/IN less/JJR ./. \u201D/''");
        assertEquals(2, quotes.size());
        FoundQuote said = quotes.stream().filter(q -> "said".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("Nobody cares about the money, \u2026 Most campaigns run on less.", said.text());
        FoundQuote adding = quotes.stream().filter(q -> "adding".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("donors may balk", adding.text());
    }

    @Test
    void aQuotationAfterASecondSpeakersQuoteDoesNotJumpBackToTheFirst() {
        List<FoundQuote> quotes = find("\u201C/`` We/PRP will/MD win/VB ,/, \u201D/'' Berg/NNP/PERSON said/VBD ./. "
                + "\u201C/`` They/PRP will/MD lose/VB ,/, \u201D/'' Lind/NNP/PERSON said/VBD ./. "
                + "\u201C/`` It/PRP is/VBZ over/RB ./. \u201D/''");
        assertEquals("Berg", quotes.get(0).speakerName());
        assertEquals(1, quotes.get(0).content().size());
        assertEquals("Lind", quotes.get(1).speakerName());
        assertEquals("They will lose, \u2026 It is over.", quotes.get(1).text());
    }

    @Test
    void aDocumentAfterAPrepositionSaysWhatItsParticipleReportsAndTheQuoteKeepsItsSpeaker() {
        List<FoundQuote> quotes = find("\u201C/`` It/PRP is/VBZ garbage/NN ,/, \u201D/'' Kerr/NNP/PERSON said/VBD "
                + "about/IN the/DT tabloid/NN article/NN alleging/VBG that/IN he/PRP lied/VBD ./.");
        FoundQuote said = quotes.stream().filter(q -> "said".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("It is garbage,", said.text());
        assertEquals("Kerr", said.speakerName());
        FoundQuote alleging = quotes.stream().filter(q -> "alleging".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("he lied", alleging.text());
        assertNull(alleging.speakerName());
        assertEquals("the tabloid article", alleging.speakerDescription());
    }

    @Test
    void aQuotationEndingAClauseThatOpensBeforeItGivesTheWholeClause() {
        FoundQuote q = only(find("Teachers/NNS who/WP meet/VBP online/RB are/VBP \u201C/`` very/RB pro-union/JJ ,/, "
                + "\u201D/'' Kilby/NNP/PERSON said/VBD ./."));
        assertEquals("Teachers who meet online are \u201Cvery pro-union,\u201D", q.text());
        assertEquals("Kilby", q.speakerName());
        assertFalse(q.direct(), "mostly the writer's words");
    }

    @Test
    void aQuotationAfterACommaIsTheContentAlone() {
        FoundQuote q = only(find("In/IN an/DT interview/NN ,/, \u201C/`` we/PRP will/MD appeal/VB ,/, \u201D/'' "
                + "she/PRP said/VBD ./."));
        assertEquals("we will appeal,", q.text());
        assertTrue(q.direct());
    }

    @Test
    void aStraightClosingMarkTaggedAsOpeningStillLetsItsOwnAttributionTakeTheQuotation() {
        // CoreNLP may tag a straight closing mark as an opening one (``)
        List<FoundQuote> quotes = find("The/DT plan/NN failed/VBD ,/, she/PRP said/VBD ./. "
                + "\"/`` We/PRP lost/VBD the/DT vote/NN ,/, \"/`` Holm/NNP/PERSON said/VBD ./.");
        assertEquals(2, quotes.size());
        assertEquals("The plan failed", quotes.get(0).text());
        assertEquals("We lost the vote,", quotes.get(1).text());
        assertEquals("Holm", quotes.get(1).speakerName());
    }

    @Test
    void aReportedContentEndingInASingleQuotedPhraseKeepsItsClosingMark() {
        FoundQuote q = only(find("Lind/NNP/PERSON said/VBD the/DT plan/NN was/VBD \u2018/`` dead/JJ and/CC "
                + "buried/VBN \u2019/'' ./."));
        assertEquals("the plan was \u2018dead and buried\u2019", q.text());
    }

    @Test
    void aClauseSayingWhenAfterATrailingAttributionLeavesTheQuotationWithIt() {
        FoundQuote q = only(find("\u201C/`` I/PRP am/VBP honoured/VBN ,/, \u201D/'' Stenby/NNP/PERSON said/VBD "
                + "as/IN she/PRP accepted/VBD her/PRP$ award/NN ./."));
        assertEquals("I am honoured,", q.text());
        assertEquals("Stenby", q.speakerName());
    }

    @Test
    void aRelativeClauseOnANounAfterATrailingAttributionIsPartOfIt() {
        FoundQuote q = only(find("\u201C/`` We/PRP will/MD win/VB ,/, \u201D/'' Rubin/NNP/PERSON said/VBD in/IN "
                + "front/NN of/IN a/DT crowd/NN who/WP packed/VBD the/DT hall/NN ./."));
        assertEquals("We will win,", q.text());
        assertEquals("Rubin", q.speakerName());
    }
}
