package dev.parallax.understand.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.parallax.understand.quotes.Tagged.find;
import static dev.parallax.understand.quotes.Tagged.only;

/** Reported-speech patterns beyond "X said that …", on hand-tagged sentences (see {@link Tagged}). */
class AttributionPatternsTest {
    @Test
    void longAppositiveBetweenNameAndCueKeepsTheNamedSpeaker() {
        FoundQuote q = only(find("Marta/NNP/PERSON Lindqvist/NNP/PERSON ,/, director/NN of/IN the/DT "
                + "Centre/NNP/ORGANIZATION for/IN/ORGANIZATION Harbour/NNP/ORGANIZATION Studies/NNP/ORGANIZATION "
                + "at/IN the/DT Northfield/NNP/ORGANIZATION College/NNP/ORGANIZATION \u2019s/POS law/NN school/NN "
                + ",/, said/VBD the/DT new/JJ levy/NN would/MD hurt/VB small/JJ ports/NNS ./."));
        assertEquals("Marta Lindqvist", q.speakerName());
        assertEquals("the new levy would hurt small ports", q.text());
    }

    @Test
    void relativeClauseBetweenNameAndCueKeepsTheNamedSpeaker() {
        FoundQuote q = only(find("Jonas/NNP/PERSON Reyes/NNP/PERSON ,/, who/WP ran/VBD the/DT port/NN "
                + "authority/NN until/IN 2019/CD/DATE ,/, said/VBD the/DT dredging/NN was/VBD overdue/JJ ./."));
        assertEquals("Jonas Reyes", q.speakerName());
        assertEquals("the dredging was overdue", q.text());
    }

    @Test
    void anAttributionBetweenCommasInsideTheContentKeepsTheContentsSubject() {
        FoundQuote q = only(find("The/DT decision/NN ,/, the/DT ministry/NN said/VBD in/IN a/DT statement/NN ,/, "
                + "would/MD not/RB be/VB reversed/VBN ./."));
        assertEquals("The decision … would not be reversed", q.text());
        assertEquals("the ministry", q.speakerDescription());
        FoundQuote mixed = only(find("The/DT verdict/NN ,/, Josep/NNP/PERSON Borrelli/NNP/PERSON said/VBD ,/, "
                + "was/VBD \u201C/`` politically/RB motivated/VBN \u201D/'' ./."));
        assertEquals("The verdict … was \u201Cpolitically motivated\u201D", mixed.text());
        // an opening phrase that is no subject of the content stays out: "On Friday, he said, the talks …"
        FoundQuote time = only(find("On/IN Friday/NNP/DATE ,/, he/PRP said/VBD ,/, the/DT talks/NNS "
                + "collapsed/VBD ./."));
        assertEquals("the talks collapsed", time.text());
    }

    @Test
    void anAppositiveAfterTheNameAfterTheCueDescribesTheSpeaker() {
        FoundQuote age = only(find("\u201C/`` It/PRP is/VBZ a/DT disgrace/NN ,/, \u201D/'' said/VBD Maria/NNP/PERSON "
                + "Lenz/NNP/PERSON ,/, 72/CD ,/, a/DT retired/VBN teacher/NN from/IN Velden/NNP/LOCATION ./."));
        assertEquals("Maria Lenz", age.speakerName());
        assertEquals("a retired teacher from Velden", age.speakerDescription());
        List<FoundQuote> relative = find("\u201C/`` I/PRP came/VBD anyway/RB ,/, \u201D/'' said/VBD "
                + "Dmitry/NNP/PERSON ,/, a/DT 23-year-old/JJ student/NN who/WP declined/VBD to/TO give/VB his/PRP$ "
                + "surname/NN ./.");
        assertEquals("Dmitry", relative.get(0).speakerName());
        assertEquals("a 23-year-old student", relative.get(0).speakerDescription());
        // a longer appositive than the chunker's noun phrase, then a relative clause that is the person's
        List<FoundQuote> union = find("\u201C/`` We/PRP lose/VBP work/NN ,/, \u201D/'' said/VBD Tanya/NNP/PERSON "
                + "Brooks/NNP/PERSON ,/, president/NN of/IN Local/JJ 412/CD of/IN the/DT dockers/NNS '/POS union/NN "
                + ",/, who/WP has/VBZ criticised/VBN the/DT project/NN ./.");
        assertEquals("president of Local 412 of the dockers' union", union.get(0).speakerDescription());
        assertEquals(2, union.size(), union::toString);
        assertEquals("Tanya Brooks", union.get(1).speakerName());
    }

    @Test
    void aSurnameTheTaggerReadAsACommonNounIsThePersonNamedBefore() {
        List<FoundQuote> quotes = find("Councilmember/NNP Devon/NNP/PERSON Price/NNP/PERSON said/VBD he/PRP "
                + "would/MD ask/VB for/IN a/DT hearing/NN ./. Price/NN said/VBD earlier/RBR that/IN he/PRP had/VBD "
                + "lost/VBN confidence/NN ./.");
        assertEquals(2, quotes.size());
        assertEquals("Devon Price", quotes.get(1).speakerName());
    }

    @Test
    void whoSaidGoesToTheAntecedentWithTheRelativePronounAsMention() {
        String text = "The/DT crowd/NN cheered/VBD for/IN Ida/NNP/PERSON Brandt/NNP/PERSON ,/, who/WP said/VBD "
                + "the/DT strike/NN would/MD go/VB on/RP ./.";
        FoundQuote q = only(find(text));
        assertEquals("Ida Brandt", q.speakerName());
        assertEquals("the strike would go on", q.text());
        assertNotNull(q.speakerMention());
        String para = Tagged.paragraph(text).text();
        assertEquals("who", para.substring(q.speakerMention().start(), q.speakerMention().end()));
    }

    @Test
    void transcriptSpeakerBeforeAColonSaysTheRestOfTheParagraph() {
        FoundQuote q = only(find("HALVORSEN/NNP/PERSON :/: Well/UH ,/, the/DT ferry/NN runs/VBZ late/RB ./. "
                + "Everyone/NN knows/VBZ it/PRP ./."));
        assertEquals("HALVORSEN", q.speakerName());
        assertEquals("Well, the ferry runs late. Everyone knows it.", q.text());
    }

    @Test
    void aPlaceOrADateBeforeAColonIsNoSpeaker() {
        assertEquals(0, find("Dunmore/NNP/LOCATION :/: the/DT ferry/NN runs/VBZ late/RB again/RB ./.").size());
        assertEquals(0, find("Update/NNP :/: the/DT ferry/NN runs/VBZ late/RB again/RB ./.").size());
        assertEquals(0, find("Watch/VB :/: the/DT ferry/NN runs/VBZ late/RB again/RB ./.").size());
        assertEquals(0, find("Summary/NNP :/: the/DT ferry/NN runs/VBZ late/RB again/RB ./.").size());
        assertEquals(0, find("Notes/NNPS :/: the/DT ferry/NN runs/VBZ late/RB again/RB ./.").size());
    }

    @Test
    void anAdviceColumnsSalutationIsNoSpeaker() {
        assertTrue(find("DEAR/NNP WORRIED/NNP MOTHER/NNP :/: Talk/VB to/TO your/PRP$ daughter/NN first/RB ./.")
                .isEmpty());
    }

    @Test
    void headlineSourcesBeforeAColonAreSpeakers() {
        FoundQuote poll = only(find("Poll/NN :/: Lind/NNP/PERSON Leads/VBZ Ostrom/NNP/PERSON by/IN Nine/CD ./."));
        assertEquals("Lind Leads Ostrom by Nine.", poll.text());
        assertEquals("Poll", poll.speakerDescription());
        FoundQuote to = only(find("Lind/NNP/PERSON to/TO Harbour/NNP Workers/NNPS :/: The/DT Toll/NN "
                + "Will/MD Go/VB ./."));
        assertEquals("Lind", to.speakerName());
        assertEquals("The Toll Will Go.", to.text());
        FoundQuote question = only(find("Q/NN :/: How/WRB did/VBD the/DT vote/NN go/VB for/IN you/PRP ?/."));
        assertEquals("How did the vote go for you?", question.text());
    }

    @Test
    void criticismVerbsTakeANounPhraseContent() {
        FoundQuote q = only(find("Senator/NNP Ines/NNP/PERSON Moreau/NNP/PERSON decried/VBD the/DT new/JJ "
                + "harbour/NN levy/NN ./."));
        assertEquals("Ines Moreau", q.speakerName());
        assertEquals("the new harbour levy", q.text());
    }

    @Test
    void wishesTakeANounPhraseContent() {
        FoundQuote q = only(find("Moreau/NNP/PERSON wants/VBZ a/DT second/JJ bridge/NN ./."));
        assertEquals("a second bridge", q.text());
    }

    @Test
    void aWeekdayBetweenSubjectAndCueIsNoSpeaker() {
        FoundQuote q = only(find("Governor/NNP Ola/NNP/PERSON Brandt/NNP/PERSON on/IN Friday/NNP endorsed/VBD "
                + "the/DT harbour/NN plan/NN ./."));
        assertEquals("Ola Brandt", q.speakerName());
    }

    @Test
    void aVerbWithAParticleIsNoCue() {
        assertEquals(0, find("The/DT tram/NN union/NN called/VBD off/RP the/DT strike/NN ./.").size());
    }

    @Test
    void aClosedQuotationFollowedByAnotherSpeakerEndsTheFirstContent() {
        List<FoundQuote> quotes = find("As/IN Brandt/NNP/PERSON claimed/VBD that/IN \u201C/`` the/DT port/NN "
                + "is/VBZ safe/JJ ,/, \u201D/'' one/CD of/IN the/DT harbour/NN pilots/NNS said/VBD the/DT "
                + "pier/NN was/VBD cracked/VBN ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertTrue(quotes.get(0).text().contains("the port is safe"), quotes.get(0).text());
        assertFalse(quotes.get(0).text().contains("pilots"), quotes.get(0).text());
        assertEquals("the pier was cracked", quotes.get(1).text());
    }

    @Test
    void aSentenceOpeningWithAskedReportsTheQuestionWithoutNamingTheAsker() {
        List<FoundQuote> quotes = find("Asked/VBN whether/IN the/DT ferry/NN would/MD run/VB ,/, Brandt/NNP/PERSON "
                + "said/VBD the/DT timetable/NN was/VBD final/JJ ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("whether the ferry would run", quotes.get(0).text());
        assertEquals(null, quotes.get(0).speakerName());
        assertEquals("Brandt", quotes.get(1).speakerName());
    }

    @Test
    void aSentenceOpeningParticipleOfSayingSpeaksForTheMainClauseSubject() {
        List<FoundQuote> quotes = find("Calling/VBG the/DT harbour/NN plan/NN a/DT \u201C/`` reckless/JJ gamble/NN ,/, "
                + "\u201D/'' Lindqvist/NNP/PERSON told/VBD reporters/NNS the/DT council/NN would/MD vote/VB no/DT ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("the harbour plan a \u201Creckless gamble,\u201D", quotes.get(0).text());
        assertEquals("Calling", quotes.get(0).cue());
        assertEquals("Lindqvist", quotes.get(0).speakerName());
        assertEquals("the council would vote no", quotes.get(1).text());

        FoundQuote noting = find("Noting/VBG that/IN the/DT pier/NN was/VBD old/JJ ,/, the/DT harbour/NN master/NN ,/, "
                + "Lena/NNP/PERSON Oberg/NNP/PERSON ,/, closed/VBD it/PRP ./.").get(0);
        assertEquals("the pier was old", noting.text());
        assertEquals("Lena Oberg", noting.speakerName());

        // the tagger reads an opening gerund before "that" as a noun at times
        FoundQuote warning = find("Warning/NN that/IN the/DT bridge/NN could/MD close/VB ,/, the/DT mayor/NN "
                + "asked/VBD residents/NNS to/TO wait/VB ./.").get(0);
        assertEquals("the bridge could close", warning.text());
        assertEquals("Warning", warning.cue());
        assertEquals("the mayor", warning.speakerDescription());
    }

    @Test
    void aSentenceOpeningParticipleWithoutAnObjectReportsNothing() {
        // the comma inside "Salem, Oregon" is no clause boundary, and "speaking" at a place says nothing
        FoundQuote q = only(find("Speaking/VBG at/IN a/DT rally/NN in/IN Salem/NNP/LOCATION ,/, Oregon/NNP/LOCATION ,/, "
                + "Lind/NNP/PERSON said/VBD taxes/NNS would/MD fall/VB ./."));
        assertEquals("taxes would fall", q.text());
        // a participle that is an adjective on a noun: "Talking animals" is the subject's first noun phrase
        assertTrue(find("Talking/VBG animals/NNS ,/, songs/NNS and/CC cameos/NNS filled/VBD the/DT show/NN ./.")
                .isEmpty());
    }

    @Test
    void aPrepositionAfterThatOpensTheClausesOwnAdverbial() {
        FoundQuote q = only(find("Lind/NNP/PERSON said/VBD that/IN with/IN the/DT votes/NNS she/PRP already/RB had/VBD "
                + ",/, the/DT debate/NN would/MD change/VB little/JJ ./."));
        assertEquals("with the votes she already had, the debate would change little", q.text());
        FoundQuote by = only(find("Aides/NNS argue/VBP that/IN by/IN month/NN 's/POS end/NN ,/, Lind/NNP/PERSON "
                + "will/MD have/VB won/VBN ./."));
        assertEquals("by month's end, Lind will have won", by.text());
    }

    @Test
    void aClauseBeforeAVerbWithAnObjectIsNoContentOfIt() {
        // "increasingly strident defenses" is the verb's object, so "As the day went on" is no trailing content
        assertTrue(find("As/IN the/DT day/NN went/VBD on/RB ,/, Lind/NNP/PERSON offered/VBD increasingly/RB "
                + "strident/JJ defenses/NNS of/IN the/DT pilot/NN ./.").stream()
                .noneMatch(q -> q.text().contains("day went on")));
    }

    @Test
    void aSpeakerAfterAConjunctionAndBeforeAnAsideIsFound() {
        List<FoundQuote> quotes = find("But/CC Lind/NNP/PERSON ,/, noting/VBG the/DT size/NN of/IN the/DT "
                + "fleet/NN ,/, said/VBD the/DT port/NN was/VBD full/JJ ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("the size of the fleet", quotes.get(0).text());
        assertEquals("Lind", quotes.get(0).speakerName());
        assertEquals("the port was full", quotes.get(1).text());
        assertEquals("Lind", quotes.get(1).speakerName());

        List<FoundQuote> party = find("Sen./NNP Mara/NNP/PERSON Lind/NNP/PERSON (/-LRB- D/NNP -/HYPH Ore./NNP )/-RRB- ,/, "
                + "noting/VBG the/DT size/NN of/IN the/DT fleet/NN ,/, said/VBD the/DT port/NN was/VBD full/JJ ./.");
        assertEquals(2, party.size(), party::toString);
        assertEquals("Mara Lind", party.get(1).speakerName());
    }

    @Test
    void anAdverbBetweenTheCommaAndTheParticipleKeepsItAStatement() {
        FoundQuote q = only(find("Lind/NNP/PERSON stuck/VBD to/IN policy/NN at/IN first/RB ,/, eventually/RB "
                + "saying/VBG the/DT plan/NN would/MD fail/VB ./."));
        assertEquals("the plan would fail", q.text());
        assertEquals("Lind", q.speakerName());
    }

    @Test
    void aSecondCueAfterAConjunctionAndAnAdverbialIsTheSameSpeakersNextStatement() {
        List<FoundQuote> quotes = find("The/DT pilot/NN first/RB said/VBD he/PRP saw/VBD nothing/NN ,/, but/CC in/IN "
                + "a/DT later/JJ interview/NN said/VBD he/PRP had/VBD seen/VBN a/DT light/NN ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("he saw nothing", quotes.get(0).text());
        assertEquals("he had seen a light", quotes.get(1).text());
        assertEquals("The pilot", quotes.get(1).speakerDescription());
    }

    @Test
    void aCueReadAsAParticipleBeforeThatIsTheSpeakersNextStatement() {
        List<FoundQuote> quotes = find("Lind/NNP/PERSON conceded/VBD that/IN the/DT pilot/NN had/VBD erred/VBN but/CC "
                + "implied/VBN that/IN it/PRP was/VBD the/DT tug/NN 's/POS fault/NN ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("the pilot had erred", quotes.get(0).text());
        assertEquals("it was the tug's fault", quotes.get(1).text());
        assertEquals("Lind", quotes.get(1).speakerName());
    }

    @Test
    void anAdverbialPhraseClosedByACommaBelongsToTheCue() {
        FoundQuote q = only(find("He/PRP explained/VBD after/IN winning/VBG the/DT vote/NN in/IN Ashton/NNP/LOCATION "
                + "on/IN Monday/NNP ,/, he/PRP would/MD need/VB more/JJR ferries/NNS ./."));
        assertEquals("he would need more ferries", q.text());
        assertEquals("explained after winning the vote in Ashton on Monday", q.cue());
    }

    @Test
    void aPlaceGoingOnAfterACommaIsNoContent() {
        assertTrue(find("Lind/NNP/PERSON reported/VBD from/IN Ashton/NNP/LOCATION ,/, Oregon/NNP/LOCATION ./.").isEmpty());
        assertTrue(find("Lind/NNP/PERSON spoke/VBD at/IN a/DT rally/NN in/IN Ashton/NNP/LOCATION ,/, "
                + "Brill/NNP/LOCATION and/CC Carrow/NNP/LOCATION ./.").isEmpty());
        // a clause after the comma is what was said
        FoundQuote q = only(find("Lind/NNP/PERSON said/VBD in/IN Ashton/NNP/LOCATION ,/, the/DT port/NN "
                + "would/MD close/VB ./."));
        assertEquals("the port would close", q.text());
    }

    @Test
    void pledgedDelegatesAreAKindOfDelegate() {
        assertTrue(find("300/CD pledged/VBD delegates/NNS are/VBP at/IN stake/NN ./.").isEmpty());
    }

    @Test
    void aSecondCueReadAsAParticipleAfterANounPhraseIsTheNextStatement() {
        List<FoundQuote> quotes = find("Lind/NNP/PERSON noted/VBD that/IN Monday/NNP would/MD have/VB been/VBN "
                + "the/DT pier/NN 's/POS centenary/NN and/CC quoted/VBN its/PRP$ builder/NN ./.");
        assertEquals("Monday would have been the pier's centenary", quotes.get(0).text(), quotes::toString);
    }

    @Test
    void aShareOfPeopleSpeaksAfterAConjunction() {
        List<FoundQuote> quotes = find("One/CD in/IN three/CD said/VBD the/DT port/NN was/VBD safe/JJ and/CC one/CD "
                + "in/IN four/CD said/VBD it/PRP was/VBD not/RB ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("the port was safe", quotes.get(0).text());
        assertEquals("it was not", quotes.get(1).text());
        assertEquals("one in four", quotes.get(1).speakerDescription());
    }

    @Test
    void aSubordinateClauseAfterAnOpeningPhraseEndsAtItsComma() {
        List<FoundQuote> quotes = find("Since/IN Monday/NNP ,/, when/WRB Lind/NNP/PERSON asked/VBD pilots/NNS to/TO "
                + "stay/VB ,/, at/IN least/JJS 40/CD said/VBD they/PRP would/MD ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("pilots to stay", quotes.get(0).text());
        assertEquals("they would", quotes.get(1).text());
    }

    @Test
    void aNameAndAParticipleAfterADashSpeakForThemselves() {
        List<FoundQuote> quotes = find("Both/DT pilots/NNS issued/VBD a/DT statement/NN expressing/VBG relief/NN "
                + "\u2013/: Lind/NNP/PERSON saying/VBG she/PRP was/VBD calm/JJ and/CC Brandt/NNP/PERSON calling/VBG "
                + "it/PRP luck/NN ./.");
        assertEquals("relief", quotes.get(0).text(), quotes::toString);
        assertEquals("she was calm", quotes.get(1).text());
        assertEquals("Lind", quotes.get(1).speakerName());
    }

    @Test
    void aThatBeforeItsVerbIsTheClausesSubject() {
        FoundQuote q = only(find("Few/JJ pilots/NNS believe/VBP that/IN is/VBZ likely/JJ ./."));
        assertEquals("that is likely", q.text());
        FoundQuote s = only(find("I/PRP think/VBP that/DT 's/VBZ the/DT message/NN ./."));
        assertEquals("that's the message", s.text());
        // a relative clause on a noun is no content: "said in a film that showed the pier"
        assertTrue(find("Lind/NNP/PERSON spoke/VBD in/IN a/DT film/NN that/WDT showed/VBD the/DT pier/NN ./.")
                .stream().noneMatch(x -> x.text().startsWith("that")));
    }

    @Test
    void theNinthRoundsRulesLeaveOrdinarySentencesAlone() {
        // a name after the prepositional phrase is the second cue's own subject
        List<FoundQuote> rally = find("Lind/NNP/PERSON said/VBD she/PRP was/VBD calm/JJ ,/, but/CC at/IN the/DT "
                + "rally/NN Brandt/NNP/PERSON said/VBD she/PRP would/MD lose/VB ./.");
        assertEquals(2, rally.size(), rally::toString);
        assertEquals("Brandt", rally.get(1).speakerName());
        // a time after adverbs is no object of the cue
        FoundQuote hours = only(find("\u201C/`` We/PRP will/MD win/VB ,/, \u201D/'' Lind/NNP/PERSON said/VBD just/RB "
                + "hours/NNS before/IN the/DT vote/NN ./."));
        assertEquals("We will win,", hours.text());
        // coordinated passive participles share the content's auxiliary
        FoundQuote drafted = only(find("Lind/NNP/PERSON said/VBD the/DT plan/NN was/VBD drafted/VBN by/IN aides/NNS "
                + "and/CC criticized/VBN by/IN both/DT parties/NNS ./."));
        assertEquals("the plan was drafted by aides and criticized by both parties", drafted.text());
        // a name and a participle after "and" inside a clause are what was seen
        FoundQuote watched = only(find("Lind/NNP/PERSON said/VBD she/PRP watched/VBD Obama/NNP/PERSON and/CC "
                + "Biden/NNP/PERSON discussing/VBG the/DT deal/NN ./."));
        assertEquals("she watched Obama and Biden discussing the deal", watched.text());
        // "pledged" after a name and before "delegates … would" is the verb
        FoundQuote pledged = only(find("Sanders/NNP/PERSON pledged/VBD delegates/NNS would/MD be/VB free/JJ ./."));
        assertEquals("delegates would be free", pledged.text());
        // an opening participle of talking reports no words; a list's comma closes no phrase
        assertTrue(find("Answering/VBG questions/NNS from/IN reporters/NNS ,/, Lind/NNP/PERSON defended/VBD the/DT "
                + "plan/NN ./.").stream().noneMatch(q -> q.cue().startsWith("Answering")));
        assertTrue(find("Lind/NNP/PERSON spoke/VBD after/IN meeting/VBG Smith/NNP/PERSON ,/, Jones/NNP/PERSON and/CC "
                + "Brown/NNP/PERSON left/VBD ./.").isEmpty());
    }

    @Test
    void aSurnameReadAsAnAdjectiveIsStillTheSpeaker() {
        FoundQuote q = only(find("Small/JJ ,/, who/WP sailed/VBD on/IN Monday/NNP ,/, said/VBD that/IN the/DT "
                + "pier/NN was/VBD safe/JJ ./."));
        assertEquals("the pier was safe", q.text());
        assertEquals("Small", q.speakerName());
        FoundQuote direct = only(find("Brown/JJ said/VBD the/DT ferry/NN was/VBD late/JJ ./."));
        assertEquals("Brown", direct.speakerName());
        // a quantifier is no name
        assertNull(only(find("Many/JJ said/VBD the/DT ferry/NN was/VBD late/JJ ./.")).speakerName());
    }

    @Test
    void aQuestionAfterTheAddresseeIsWhatWasExplained() {
        FoundQuote q = only(find("Lind/NNP/PERSON explained/VBD to/TO reporters/NNS why/WRB the/DT pier/NN "
                + "was/VBD closed/VBN ./."));
        assertEquals("why the pier was closed", q.text());
        assertEquals("explained to reporters", q.cue());
    }

    @Test
    void aQuotationAfterAColonClosingAnAsideIsWhatWasSaid() {
        FoundQuote q = only(find("Lind/NNP/PERSON responded/VBD pointedly/RB ,/, with/IN a/DT smile/NN :/: \u201C/`` "
                + "It/PRP can/MD happen/VB ./. \u201D/''"));
        assertEquals("It can happen.", q.text());
        assertEquals("Lind", q.speakerName());
        assertTrue(q.direct());
    }

    @Test
    void aParticipleOfSayingAfterAnotherParticiplesPhraseIsTheSubjectsStatement() {
        List<FoundQuote> quotes = find("Lind/NNP/PERSON defended/VBD the/DT port/NN ,/, painting/VBG rivals/NNS as/IN "
                + "weak/JJ and/CC suggesting/VBG that/IN she/PRP would/MD do/VB more/JJR ./.");
        FoundQuote suggesting = quotes.stream().filter(q -> "suggesting".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("she would do more", suggesting.text());
        assertEquals("Lind", suggesting.speakerName());
    }

    @Test
    void aLongAsideBetweenTheSubjectAndTheCueKeepsTheSubject() {
        FoundQuote q = only(find("Lind/NNP/PERSON ,/, in/IN the/DT wake/NN of/IN a/DT new/JJ report/NN on/IN the/DT "
                + "state/NN of/IN the/DT old/JJ harbour/NN wall/NN near/IN the/DT ferry/NN terminal/NN ,/, told/VBD "
                + "reporters/NNS that/IN repairs/NNS would/MD start/VB ./."));
        assertEquals("repairs would start", q.text());
        assertEquals("Lind", q.speakerName());
    }

    @Test
    void aClauseAfterAPlacesCommaIsAnotherSpeakers() {
        assertTrue(find("Lind/NNP/PERSON testified/VBD on/IN the/DT storm/NN in/IN Ashton/NNP/LOCATION ,/, and/CC "
                + "Brandt/NNP/PERSON kept/VBD asking/VBG ./.").stream()
                .noneMatch(q -> q.text().contains("Brandt kept")));
    }

    @Test
    void theLateRulesLeaveOrdinarySentencesAlone() {
        // a relative clause after the place is no question
        assertTrue(find("Lind/NNP/PERSON spoke/VBD at/IN the/DT school/NN where/WRB her/PRP$ mother/NN taught/VBD ./.")
                .isEmpty());
        // a banner's words after a participle are not the speaker's direct quote
        assertTrue(find("Lind/NNP/PERSON spoke/VBD under/IN a/DT banner/NN reading/VBG :/: \u201C/`` Save/VB the/DT "
                + "port/NN ./. \u201D/''").stream().noneMatch(q -> q.direct() && "spoke".equals(q.cue())));
        // "leaving voters confused and asking …": the voters ask
        assertTrue(find("The/DT senator/NN changed/VBD his/PRP$ position/NN ,/, leaving/VBG voters/NNS confused/VBN "
                + "and/CC asking/VBG whether/IN he/PRP could/MD be/VB trusted/VBN ./.").stream()
                .noneMatch(q -> "asking".equals(q.cue()) && "The senator".equals(q.speakerDescription())));
        // a party named in a headline is no person's name
        assertTrue(find("Republican/JJ says/VBZ he/PRP will/MD not/RB back/VB the/DT bill/NN").stream()
                .noneMatch(q -> "Republican".equals(q.speakerName())));
        // a relative "that" after an opening noun in "-ing" opens no statement
        assertTrue(find("Briefing/NN that/WDT was/VBD held/VBN Monday/NNP ,/, the/DT mayor/NN said/VBD little/JJ ./.")
                .stream().noneMatch(q -> "Briefing".equals(q.cue())));
    }

    @Test
    void aGerundAfterAPrepositionGoesToTheSentenceSubject() {
        FoundQuote q = only(find("Brandt/NNP/PERSON ,/, a/DT harbour/NN pilot/NN ,/, began/VBD by/IN saying/VBG "
                + "he/PRP would/MD never/RB sail/VB at/IN night/NN ./."));
        assertEquals("Brandt", q.speakerName());
        assertEquals("he would never sail at night", q.text());
    }

    @Test
    void aViewHeldOfSomethingIsItsContent() {
        FoundQuote q = only(find("Brandt/NNP/PERSON sees/VBZ the/DT toll/NN as/IN a/DT tax/NN on/IN "
                + "islanders/NNS ./."));
        assertEquals("the toll as a tax on islanders", q.text());
        assertTrue(find("Brandt/NNP/PERSON saw/VBD the/DT ferry/NN ./.").isEmpty());
    }

    @Test
    void aFindingReportedFromAPollHasThePollAsItsSource() {
        FoundQuote q = only(find("In/IN a/DT harbour/NN board/NN poll/NN released/VBN Monday/NNP/DATE ,/, most/JJS "
                + "pilots/NNS backed/VBD the/DT toll/NN ./."));
        assertEquals("most pilots backed the toll", q.text());
        assertEquals("a harbour board poll", q.speakerDescription());
        FoundQuote after = only(find("The/DT toll/NN leads/VBZ by/IN ten/CD points/NNS in/IN the/DT latest/JJS "
                + "polls/NNS ./."));
        assertEquals("The toll leads by ten points", after.text());
    }

    @Test
    void aPrepositionAfterTheCueBelongsToItOrLeavesNoContent() {
        FoundQuote q = only(find("Moreau/NNP/PERSON called/VBD for/IN a/DT new/JJ bridge/NN ./."));
        assertEquals("a new bridge", q.text());
        assertEquals("called for", q.cue());
        assertTrue(find("Moreau/NNP/PERSON spoke/VBD to/TO the/DT harbour/NN board/NN ./.").isEmpty());
    }

    @Test
    void aPossessedNounOfSpeechGivesItsPossessorAsSpeaker() {
        FoundQuote q = only(find("Brandt/NNP/PERSON \u2019s/POS criticism/NN of/IN the/DT harbour/NN toll/NN "
                + "surprised/VBD the/DT board/NN ./."));
        assertEquals("Brandt", q.speakerName());
        assertEquals("the harbour toll", q.text());
        assertEquals("criticism of", q.cue());
    }

    @Test
    void aPossessivePronounBeforeANounOfSpeechResolvesToItsPerson() {
        List<FoundQuote> quotes = find("Anton/NNP/PERSON Brandt/NNP/PERSON toured/VBD the/DT docks/NNS ./. "
                + "His/PRP$ criticism/NN of/IN the/DT harbour/NN toll/NN surprised/VBD the/DT board/NN ./.");
        FoundQuote q = only(quotes);
        assertEquals("Anton Brandt", q.speakerName());
        assertEquals("the harbour toll", q.text());
    }

    @Test
    void nameWordTheTaggerCalledAnAdjectiveStillEndsTheSubject() {
        FoundQuote q = only(find("Still/RB ,/, Tove/NNP/PERSON Marlow/JJ/PERSON ,/, a/DT senior/JJ adviser/NN ,/, "
                + "said/VBD on/IN Tuesday/NNP that/IN the/DT campaign/NN would/MD go/VB on/RP ./."));
        assertEquals("Tove Marlow", q.speakerName());
        assertEquals("the campaign would go on", q.text());
        assertEquals("said on Tuesday", q.cue());
    }

    @Test
    void appositiveWithWhoseClauseKeepsTheNamedSpeaker() {
        FoundQuote q = only(find("Piet/NNP/PERSON Ostrom/NNP/PERSON ,/, a/DT consultant/NN whose/WP$ firm/NN "
                + "was/VBD hired/VBN by/IN the/DT council/NN ,/, said/VBD the/DT vote/NN was/VBD close/JJ ./."));
        assertEquals("Piet Ostrom", q.speakerName());
        assertEquals("the vote was close", q.text());
    }

    @Test
    void nameWithAParentheticalBeforeTheCueIsTheSubject() {
        FoundQuote a = only(find("Sen./NNP Ada/NNP/PERSON Lind/NNP/PERSON (/-LRB- D-Ore./NNP/LOCATION )/-RRB- ,/, "
                + "a/DT member/NN of/IN the/DT panel/NN ,/, said/VBD the/DT bill/NN was/VBD dead/JJ ./."));
        assertEquals("Ada Lind", a.speakerName());
        assertEquals("the bill was dead", a.text());
        FoundQuote b = only(find("Sen./NNP Ada/NNP/PERSON Lind/NNP/PERSON (/-LRB- D-Ore./NNP/LOCATION )/-RRB- ,/, "
                + "said/VBD after/IN a/DT lunch/NN that/IN she/PRP had/VBD not/RB read/VBN the/DT plan/NN ./."));
        assertEquals("Ada Lind", b.speakerName());
        assertEquals("she had not read the plan", b.text());
    }

    @Test
    void subjectBeforeADashedAsideIsTheSpeaker() {
        FoundQuote q = only(find("Most/JJS insiders/NNS \u2014/: and/CC half/NN of/IN the/DT donors/NNS \u2014/: "
                + "said/VBD the/DT race/NN was/VBD over/RB ./."));
        assertEquals("Most insiders", q.speakerDescription());
        assertEquals("the race was over", q.text());
    }

    @Test
    void quantifiersAndThoseSurveyedAreSubjects() {
        FoundQuote some = only(find("Some/DT said/VBD they/PRP had/VBD cringed/VBN at/IN the/DT remark/NN ./."));
        assertEquals("they had cringed at the remark", some.text());
        FoundQuote surveyed = only(find("Again/RB ,/, those/DT surveyed/VBN said/VBD the/DT mayor/NN was/VBD "
                + "best/JJS able/JJ to/TO handle/VB floods/NNS ./."));
        assertEquals("the mayor was best able to handle floods", surveyed.text());
        assertEquals("those surveyed", surveyed.speakerDescription());
    }

    @Test
    void cueAfterThenGoesToTheSentenceSubject() {
        List<FoundQuote> quotes = find("Ostrom/NNP/PERSON toured/VBD the/DT dock/NN ,/, then/RB says/VBZ "
                + "he/PRP will/MD welcome/VB advice/NN ./.");
        FoundQuote q = only(quotes);
        assertEquals("he will welcome advice", q.text());
        assertEquals("Ostrom", q.speakerName());
    }

    @Test
    void relativeClauseWithItsOwnCueEndsBeforeTheMainCue() {
        List<FoundQuote> quotes = find("Barnaby/NNP/PERSON ,/, who/WP said/VBD he/PRP usually/RB votes/VBZ "
                + "green/JJ ,/, said/VBD one/CD candidate/NN he/PRP likes/VBZ is/VBZ Ostrom/NNP/PERSON ./.");
        assertEquals(2, quotes.size());
        assertEquals("he usually votes green", quotes.get(0).text());
        assertEquals("Barnaby", quotes.get(0).speakerName());
        assertEquals("one candidate he likes is Ostrom", quotes.get(1).text());
        assertEquals("Barnaby", quotes.get(1).speakerName());
    }

    @Test
    void weekdayAfterATrailingCueIsAnAdverbial() {
        FoundQuote q = only(find("The/DT tariffs/NNS are/VBP a/DT mistake/NN ,/, Lindqvist/NNP/PERSON said/VBD "
                + "Tuesday/NNP in/IN Oslo/NNP/LOCATION ./."));
        assertEquals("The tariffs are a mistake", q.text());
        assertEquals("Lindqvist", q.speakerName());
    }

    @Test
    void quotationWithWordsAfterItBeforeATrailingCueIsOneContent() {
        FoundQuote q = only(find("\u201C/`` We/PRP teach/VBP nothing/NN \u201D/'' against/IN it/PRP in/IN the/DT "
                + "meetings/NNS ,/, he/PRP said/VBD ./."));
        assertEquals("\u201CWe teach nothing\u201D against it in the meetings", q.text());
    }

    @Test
    void shareOfPeoplePolledIsTheSubject() {
        FoundQuote q = only(find("Some/DT 56/CD percent/NN of/IN farmers/NNS polled/VBN said/VBD they/PRP "
                + "would/MD sell/VB ./."));
        assertEquals("they would sell", q.text());
        assertEquals("Some 56 percent of farmers polled", q.speakerDescription());
    }

    @Test
    void asideBetweenSubjectAndCueKeepsTheSubject() {
        FoundQuote however = only(find("Ostrom/NNP/PERSON ,/, however/RB ,/, said/VBD the/DT deal/NN was/VBD "
                + "fair/JJ ./."));
        assertEquals("Ostrom", however.speakerName());
        assertEquals("the deal was fair", however.text());
        FoundQuote at = only(find("Lind/NNP/PERSON ,/, at/IN the/DT Harbour/NNP/ORGANIZATION "
                + "Institute/NNP/ORGANIZATION ,/, said/VBD the/DT ports/NNS had/VBD settled/VBN ./."));
        assertEquals("Lind", at.speakerName());
        assertEquals("the ports had settled", at.text());
    }

    @Test
    void reportedClauseEndsBeforeTheSpeakersNextClause() {
        FoundQuote q = only(find("Ostrom/NNP/PERSON said/VBD the/DT real/JJ culprit/NN is/VBZ the/DT "
                + "council/NN ,/, and/CC he/PRP railed/VBD against/IN the/DT mayor/NN ./."));
        assertEquals("the real culprit is the council", q.text());
    }

    @Test
    void coordinatedCueAfterAnotherVerbGoesToTheSubject() {
        FoundQuote q = only(find("The/DT firm/NN keeps/VBZ its/PRP$ accounts/NNS secret/JJ but/CC says/VBZ "
                + "its/PRP$ business/NN has/VBZ tripled/VBN ./."));
        assertEquals("its business has tripled", q.text());
        assertEquals("The firm", q.speakerDescription());
    }

    @Test
    void askedOpeningMayCarryAdverbialsBeforeTheQuestion() {
        List<FoundQuote> quotes = find("Asked/VBN at/IN a/DT briefing/NN Monday/NNP about/IN the/DT "
                + "dredging/NN ,/, Lind/NNP/PERSON said/VBD it/PRP would/MD wait/VB ./.");
        assertEquals(2, quotes.size());
        assertEquals("about the dredging", quotes.get(0).text());
        assertEquals("it would wait", quotes.get(1).text());
        List<FoundQuote> when = find("When/WRB asked/VBN by/IN reporters/NNS whether/IN the/DT port/NN "
                + "would/MD close/VB ,/, Lind/NNP/PERSON said/VBD no/DT decision/NN was/VBD made/VBN ./.");
        assertEquals("whether the port would close", when.get(0).text());
    }

    @Test
    void weekdayRightAfterTheCueBelongsToTheCue() {
        FoundQuote q = only(find("Lind/NNP/PERSON said/VBD Wednesday/NNP he/PRP agrees/VBZ with/IN the/DT "
                + "ruling/NN ./."));
        assertEquals("he agrees with the ruling", q.text());
        assertEquals("said Wednesday", q.cue());
    }

    @Test
    void aQuestionPutToThePassiveSubjectHasTheAskerOrNoSpeaker() {
        FoundQuote byReporters = only(find("The/DT mayor/NN was/VBD asked/VBN by/IN reporters/NNS whether/IN "
                + "the/DT bridge/NN would/MD reopen/VB ./."));
        assertEquals("whether the bridge would reopen", byReporters.text());
        assertEquals("reporters", byReporters.speakerDescription());
        assertEquals("was asked", byReporters.cue());
        FoundQuote request = only(find("Lind/NNP/PERSON has/VBZ been/VBN asked/VBN to/TO release/VB the/DT "
                + "transcripts/NNS ./."));
        assertEquals("to release the transcripts", request.text());
        assertEquals(null, request.speakerName());
        assertEquals(null, request.speakerDescription());
    }

    @Test
    void monthsYearsAndLastWeekBeforeTheCueAreNoSubjects() {
        FoundQuote april = only(find("Federal/JJ prosecutors/NNS in/IN April/NNP charged/VBD two/CD "
                + "developers/NNS with/IN fraud/NN ./."));
        assertEquals("Federal prosecutors", april.speakerDescription());
        FoundQuote poll = only(find("A/DT harbour/NN poll/NN released/VBN last/JJ week/NN found/VBD that/IN "
                + "most/JJS voters/NNS want/VBP a/DT new/JJ bridge/NN ./."));
        assertEquals("most voters want a new bridge", poll.text());
        assertEquals("A harbour poll", poll.speakerDescription());
    }

    @Test
    void addresseeOfAnAccusationOrAnUrgingBelongsToTheContent() {
        FoundQuote accused = only(find("Lind/NNP/PERSON accused/VBD Ostrom/NNP/PERSON of/IN lying/VBG ./."));
        assertEquals("Ostrom of lying", accused.text());
        assertEquals("accused", accused.cue());
        FoundQuote urged = only(find("Lind/NNP/PERSON urged/VBD councillors/NNS to/TO vote/VB against/IN "
                + "the/DT toll/NN ./."));
        assertEquals("councillors to vote against the toll", urged.text());
    }

    @Test
    void existentialClauseYesAndAsidesAfterOpeningAdverbs() {
        assertEquals("there are no good options", only(find("Prager/NNP/PERSON believes/VBZ there/EX are/VBP "
                + "no/DT good/JJ options/NNS ./.")).text());
        assertEquals("yes", only(find("Everyone/NN but/CC Hewlett/NNP/PERSON said/VBD yes/UH ./.")).text());
        FoundQuote hawks = only(find("Even/RB the/DT biggest/JJS hawks/NNS ,/, like/IN Lind/NNP/PERSON ,/, "
                + "say/VBP the/DT troops/NNS should/MD stay/VB ./."));
        assertEquals("the biggest hawks", hawks.speakerDescription());
        FoundQuote cape = only(find("Tom/NNP/PERSON Archer/NNP/PERSON ,/, wearing/VBG a/DT red/JJ cape/NN ,/, "
                + "said/VBD he/PRP is/VBZ proud/JJ ./."));
        assertEquals("Tom Archer", cape.speakerName());
        assertEquals("he is proud", cape.text());
    }

    @Test
    void stanceVerbsTakeClausesWithLongSubjectsAndWishesTakeQuantities() {
        assertEquals("it\u2019s strong", only(find("I/PRP think/VBP it/PRP \u2019s/POS strong/JJ ./.")).text());
        FoundQuote status = only(find("Lind/NNP/PERSON thinks/VBZ Ostrom/NNP/PERSON \u2019s/POS status/NN in/IN "
                + "Dovria/NNP/LOCATION is/VBZ weak/JJ ./."));
        assertEquals("Ostrom\u2019s status in Dovria is weak", status.text());
        assertEquals("more funding for schools", only(find("Lind/NNP/PERSON wants/VBZ more/JJR funding/NN "
                + "for/IN schools/NNS ./.")).text());
        // "before" opens a clause of its own: seeing a memo is no view held
        assertTrue(find("Nobody/NN in/IN the/DT cabinet/NN saw/VBD the/DT memo/NN before/IN it/PRP "
                + "leaked/VBD ./.").isEmpty());
    }

    @Test
    void participleAfterAnOpeningPhraseGoesToTheSubjectOfTheVerbBeforeIt() {
        FoundQuote q = only(find("Speaking/VBG in/IN Dovria/NNP/LOCATION ,/, Lind/NNP/PERSON went/VBD after/IN "
                + "Ostrom/NNP/PERSON ,/, calling/VBG him/PRP a/DT coward/NN ./."));
        assertEquals("Lind", q.speakerName());
        assertEquals("him a coward", q.text());
        FoundQuote upon = only(find("Lind/NNP/PERSON drew/VBD boos/NNS upon/IN saying/VBG the/DT toll/NN "
                + "would/MD stay/VB ./."));
        assertEquals("Lind", upon.speakerName());
        assertEquals("the toll would stay", upon.text());
    }

    @Test
    void longParticipleAndIncludingAsidesAndPrepositionalSubjects() {
        FoundQuote facing = only(find("Roy/NNP/PERSON Tallin/NNP/PERSON ,/, facing/VBG a/DT stiff/JJ reelection/NN "
                + "challenge/NN from/IN the/DT Dovrian/JJ secretary/NN of/IN state/NN Jon/NNP/PERSON Kade/NNP/PERSON ,/, "
                + "noted/VBD that/IN the/DT port/NN was/VBD closed/VBN ./."));
        assertEquals("Roy Tallin", facing.speakerName());
        FoundQuote pages = only(find("Editorial/NN pages/NNS across/IN the/DT country/NN ,/, including/VBG "
                + "the/DT Ledger/NNP/ORGANIZATION ,/, warned/VBD that/IN the/DT toll/NN was/VBD unfair/JJ ./."));
        assertEquals("Editorial pages across the country", pages.speakerDescription());
        assertEquals("the toll was unfair", pages.text());
        FoundQuote lastWeek = only(find("Sentiment/NN has/VBZ been/VBN higher/JJR than/IN in/IN 2004/CD ,/, "
                + "the/DT harbour/NN institute/NN reported/VBD last/JJ week/NN ./."));
        assertEquals("Sentiment has been higher than in 2004", lastWeek.text());
    }

    @Test
    void withAPhraseSayingAndAccordingToCoordinatedAdjectives() {
        FoundQuote with = only(find("Lind/NNP/PERSON gained/VBD ground/NN ,/, with/IN 30/CD percent/NN of/IN "
                + "voters/NNS saying/VBG they/PRP trust/VBP her/PRP ./."));
        assertEquals("they trust her", with.text());
        assertEquals("30 percent of voters", with.speakerDescription());
        FoundQuote returns = only(find("She/PRP led/VBD in/IN Dovria/NNP/LOCATION ,/, according/VBG to/TO "
                + "complete/JJ but/CC unofficial/JJ returns/NNS ./."));
        assertEquals("She led in Dovria", returns.text());
        assertEquals("complete but unofficial returns", returns.speakerDescription());
    }

    @Test
    void restrictiveWhoSaidAndCoordinationAfterMisreadVerbs() {
        FoundQuote who = only(find("Lind/NNP/PERSON won/VBD among/IN the/DT voters/NNS who/WP said/VBD "
                + "the/DT port/NN mattered/VBD ./."));
        assertEquals("the port mattered", who.text());
        assertEquals("the voters", who.speakerDescription());
        FoundQuote positioned = only(find("In/IN his/PRP$ speech/NN ,/, Ostrom/NN/PERSON positioned/VBN "
                + "Lind/NNP/PERSON as/IN a/DT successor/NN and/CC said/VBD she/PRP would/MD win/VB ./."));
        assertEquals("she would win", positioned.text());
        assertEquals("Ostrom", positioned.speakerName());
    }

    @Test
    void participleGoesToTheMainSubjectAndMayFollowAQuotedComma() {
        FoundQuote q = only(find("Farmers/NNS had/VBD sued/VBN after/IN Dovria/NNP/LOCATION closed/VBD the/DT "
                + "port/NN ,/, saying/VBG that/IN the/DT closure/NN hurt/VBD them/PRP ./."));
        assertEquals("Farmers", q.speakerDescription());
        assertEquals("the closure hurt them", q.text());
        FoundQuote quoted = only(find("Lind/NNP/PERSON toured/VBD the/DT \u201C/`` harbour/NN district/NN ,/, "
                + "\u201D/'' saying/VBG the/DT port/NN embodied/VBD them/PRP ./."));
        assertEquals("Lind", quoted.speakerName());
        assertEquals("the port embodied them", quoted.text());
        assertEquals("we still have ports", only(find("I/PRP think/VBP we/PRP still/RB have/VBP ports/NNS ./."))
                .text());
    }

    @Test
    void participleAsidesRelativeParentheticalsAndHyphenatedSubjects() {
        FoundQuote struck = only(find("Lind/NNP/PERSON ,/, struck/VBN by/IN her/PRP$ story/NN ,/, said/VBD she/PRP "
                + "needed/VBD no/DT notes/NNS ./."));
        assertEquals("Lind", struck.speakerName());
        FoundQuote paren = only(find("Ostrom/NNP/PERSON (/-LRB- who/WP has/VBZ 25/CD delegates/NNS )/-RRB- "
                + "said/VBD it/PRP is/VBZ possible/JJ ./."));
        assertEquals("Ostrom", paren.speakerName());
        assertEquals("it is possible", paren.text());
        FoundQuote aged = only(find("The/DT 43/CD -/HYPH year/NN -/HYPH old/JJ congressman/NN ,/, who/WP led/VBD "
                + "a/DT filibuster/NN ,/, thinks/VBZ the/DT toll/NN should/MD go/VB ./."));
        // the tokenizer splits "43-year-old" at its hyphens; the whole compound is the subject
        assertTrue(aged.speakerDescription().startsWith("The 43"), aged.speakerDescription());
        assertTrue(aged.speakerDescription().endsWith("old congressman"), aged.speakerDescription());
        assertEquals("the toll should go", aged.text());
    }

    @Test
    void anAttributionTheSplitterCutOffAfterAQuestionOrExclamationStillTakesTheQuotation() {
        // the splitter ends the sentence at "!”", so "Ms. Kade told CNBC." is a sentence of its own
        List<FoundQuote> quotes = find("\u201C/`` We/PRP will/MD never/RB pay/VB for/IN it/PRP !/. \u201D/'' "
                + "Ms./NNP Orla/NNP/PERSON Kade/NNP/PERSON told/VBD CNBC/NNP/ORGANIZATION ./. \u201C/`` It/PRP "
                + "is/VBZ useless/JJ ./. \u201D/''");
        FoundQuote q = only(quotes);
        assertEquals("Orla Kade", q.speakerName());
        assertEquals("told", q.cue());
        assertEquals("We will never pay for it! \u2026 It is useless.", q.text());
        FoundQuote asked = only(find("\u201C/`` Are/VBP you/PRP serious/JJ ?/. \u201D/'' Ms./NNP "
                + "Orla/NNP/PERSON Kade/NNP/PERSON asked/VBD ./."));
        assertEquals("Orla Kade", asked.speakerName());
        // a full stop closes the quotation for good: the next sentence is the writer's
        for (FoundQuote f : find("\u201C/`` We/PRP are/VBP done/JJ ./. \u201D/'' Orla/NNP/PERSON Kade/NNP/PERSON "
                + "left/VBD ./.")) {
            assertTrue(f.cue() == null || !f.cue().equals("left"), f::toString);
        }
    }

    @Test
    void aComparativeAdverbAfterTheCueKeepsTheTrailingAttribution() {
        FoundQuote q = only(find("\u201C/`` We/PRP will/MD not/RB pay/VB ,/, \u201D/'' he/PRP said/VBD "
                + "earlier/RBR this/DT month/NN ./."));
        assertEquals("said", q.cue());
        assertEquals("he", q.speakerDescription());
    }

    @Test
    void aReflexiveAfterTheSubjectIsNotTheSpeaker() {
        FoundQuote q = only(find("Tomas/NNP/PERSON Reyes/NNP/PERSON himself/PRP said/VBD the/DT plan/NN "
                + "was/VBD dead/JJ ./."));
        assertEquals("Tomas Reyes", q.speakerName());
        FoundQuote president = only(find("The/DT president/NN himself/PRP responded/VBD ,/, calling/VBG it/PRP "
                + "\u201C/`` a/DT sad/JJ day/NN ./. \u201D/''"));
        assertEquals("The president", president.speakerDescription());
    }

    @Test
    void anAgeAndARelativeClauseAfterTheNameLeaveTheNamedSpeaker() {
        FoundQuote q = only(find("On/IN Friday/NNP ,/, the/DT aide/NN ,/, Lisa/NNP/PERSON Moor/NNP/PERSON ,/, "
                + "31/CD ,/, who/WP has/VBZ many/JJ followers/NNS ,/, wrote/VBD that/IN the/DT girls/NNS "
                + "should/MD dress/VB better/RBR ./."));
        assertEquals("Lisa Moor", q.speakerName());
        assertEquals("the aide", q.speakerDescription());
    }

    @Test
    void aLongSpeakerWithAPlaceAndAnAppositiveAfterTheQuotationIsItsSpeaker() {
        FoundQuote q = only(find("\u201C/`` This/DT is/VBZ alarming/JJ ,/, \u201D/'' Senator/NNP Ada/NNP/PERSON "
                + "Voss/NNP/PERSON of/IN Marlow/NNP/LOCATION ,/, the/DT top/JJ Democrat/NNP on/IN the/DT "
                + "Harbour/NNP/ORGANIZATION Committee/NNP/ORGANIZATION ,/, said/VBD in/IN a/DT post/NN ./."));
        assertEquals("Ada Voss", q.speakerName());
        assertEquals("This is alarming,", q.text());
    }

    @Test
    void quotedAsSayingAndAStatementSayingGoToTheClausesSubject() {
        FoundQuote quoted = only(find("Sen./NNP Ivo/NNP/PERSON Rask/NNP/PERSON ,/, a/DT Marlow/NNP/LOCATION "
                + "Democrat/NNP ,/, was/VBD quoted/VBN in/IN the/DT Ledger/NNP/ORGANIZATION as/IN saying/VBG :/: "
                + "\u201C/`` The/DT levy/NN is/VBZ dead/JJ ./. \u201D/''"));
        assertEquals("Ivo Rask", quoted.speakerName());
        assertEquals("The levy is dead.", quoted.text());
        FoundQuote statement = only(find("Rask/NNP/PERSON released/VBD a/DT statement/NN late/RB Tuesday/NNP "
                + "saying/VBG :/: \u201C/`` The/DT levy/NN is/VBZ dead/JJ ./. \u201D/''"));
        assertEquals("Rask", statement.speakerName());
        assertEquals("saying", statement.cue());
    }

    @Test
    void aCueInTheInfinitiveIsSaidByTheSubjectOfTheVerbBeforeIt() {
        // the tagger reads "to retort" after an adjective as a preposition and a noun
        FoundQuote quick = only(find("Ivo/NNP/PERSON Rask/NNP/PERSON was/VBD quick/JJ to/IN retort/NN :/: "
                + "\u201C/`` That/DT is/VBZ nonsense/NN ./. \u201D/''"));
        assertEquals("Ivo Rask", quick.speakerName());
        assertEquals("That is nonsense.", quick.text());
        FoundQuote went = only(find("Rask/NNP/PERSON went/VBD on/IN to/TO say/VB that/IN the/DT levy/NN "
                + "was/VBD dead/JJ ./."));
        assertEquals("Rask", went.speakerName());
        assertEquals("the levy was dead", went.text());
        // someone asked to explain has said nothing yet
        for (FoundQuote q : find("Rask/NNP/PERSON asked/VBD Ilsa/NNP/PERSON Moor/NNP/PERSON to/TO explain/VB "
                + "that/IN the/DT levy/NN was/VBD dead/JJ ./.")) {
            assertFalse("Ilsa Moor".equals(q.speakerName()) && "explain".equals(q.cue()), q::toString);
        }
    }

    @Test
    void aSentenceOpeningWithTheCueThenTheSpeakerAndAColonTakesTheQuotation() {
        FoundQuote q = only(find("Added/VBD Varga/NNP/PERSON :/: \u201C/`` We/PRP will/MD see/VB ./. \u201D/''"));
        assertEquals("Varga", q.speakerName());
        assertEquals("We will see.", q.text());
        assertTrue(q.direct());
        // without a quotation after the colon there is nothing to take
        assertTrue(find("Added/VBD to/TO the/DT list/NN :/: three/CD new/JJ ports/NNS ./.").isEmpty());
    }

    @Test
    void anAdverbBetweenAnAppositiveAndTheCueKeepsTheNamedSpeaker() {
        FoundQuote q = only(find("Harbour/NNP/ORGANIZATION Watch/NNP/ORGANIZATION ,/, the/DT group/NN "
                + "founded/VBN by/IN Ivo/NNP/PERSON Rask/NNP/PERSON ,/, also/RB said/VBD :/: \u201C/`` We/PRP "
                + "lost/VBD ./. \u201D/''"));
        assertEquals("Harbour Watch", q.speakerName());
        assertEquals("the group founded by Ivo Rask", q.speakerDescription());
    }

    @Test
    void aParticipleAfterAnAskedOpeningGoesToTheClausesSubjectNotToTheAsker() {
        List<FoundQuote> quotes = find("Asked/VBN whether/IN he/PRP regretted/VBD it/PRP ,/, Mr./NNP "
                + "Rask/NNP/PERSON did/VBD not/RB back/VB down/RP ,/, saying/VBG ,/, \u201C/`` I/PRP meant/VBD "
                + "it/PRP ./. \u201D/''");
        FoundQuote saying = quotes.stream().filter(q -> "saying".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("Rask", saying.speakerName(), quotes::toString);
    }

    @Test
    void twoParticiplesJoinedByAndAreTwoStatements() {
        List<FoundQuote> quotes = find("Ilsa/NNP/PERSON Moor/NNP/PERSON issued/VBD a/DT release/NN calling/VBG "
                + "the/DT bill/NN \u201C/`` a/DT farce/NN ,/, \u201D/'' and/CC saying/VBG ,/, \u201C/`` "
                + "Opponents/NNS have/VBP lied/VBN ./. \u201D/''");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("calling", quotes.get(0).cue());
        assertFalse(quotes.get(0).text().contains("Opponents"), quotes::toString);
        assertEquals("saying", quotes.get(1).cue());
        assertEquals("Opponents have lied.", quotes.get(1).text());
        assertEquals("Ilsa Moor", quotes.get(1).speakerName());
    }

    @Test
    void aContentEndsWhereANamedPersonsMainClauseBegins() {
        List<FoundQuote> quotes = find("On/IN Friday/NNP ,/, the/DT day/NN that/IN Mr./NNP Stone/NNP/PERSON "
                + "pledged/VBD his/PRP$ loyalty/NN to/TO the/DT president/NN ,/, Mr./NNP Tarn/NNP/PERSON "
                + "bashed/VBD the/DT inquiry/NN ./.");
        for (FoundQuote q : quotes) {
            assertFalse(q.text().contains("Tarn"), quotes::toString);
        }
    }

    @Test
    void aTimeAfterTheCueIsNeitherItsObjectNorTheContent() {
        FoundQuote said = only(find("The/DT party/NN said/VBD on/IN Wednesday/NNP it/PRP would/MD not/RB "
                + "back/VB the/DT levy/NN ./."));
        assertEquals("it would not back the levy", said.text());
        FoundQuote threatened = only(find("The/DT party/NN threatened/VBD on/IN Wednesday/NNP to/TO "
                + "withdraw/VB its/PRP$ support/NN ./."));
        assertEquals("to withdraw its support", threatened.text());
        assertEquals("threatened on Wednesday", threatened.cue());
        // a day inside a longer noun phrase is no time phrase of the cue
        FoundQuote after = only(find("Rask/NNP/PERSON said/VBD after/IN Super/NNP Tuesday/NNP victories/NNS "
                + "in/IN Marlow/NNP/LOCATION ,/, that/IN the/DT race/NN was/VBD over/RB ./."));
        assertEquals("the race was over", after.text());
    }

    @Test
    void onlyCuesThatInvertTakeTheirSpeakerAfterThem() {
        List<FoundQuote> quotes = find("Ms./NNP Ilsa/NNP/PERSON Moor/NNP/PERSON rejected/VBD it/PRP before/IN "
                + "the/DT vote/NN ,/, and/CC Senator/NNP Ivo/NNP/PERSON Rask/NNP/PERSON ,/, the/DT party/NN "
                + "leader/NN ,/, denounced/VBD the/DT offer/NN as/IN \u201C/`` a/DT farce/NN ./. \u201D/''");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("Ilsa Moor", quotes.get(0).speakerName());
        assertEquals("it before the vote", quotes.get(0).text());
        assertEquals("Ivo Rask", quotes.get(1).speakerName());
        assertTrue(quotes.get(1).text().startsWith("the offer as"), quotes::toString);
        // "said" does invert
        FoundQuote said = only(find("\u201C/`` We/PRP lost/VBD ,/, \u201D/'' said/VBD Ivo/NNP/PERSON Rask/NNP/PERSON ./."));
        assertEquals("Ivo Rask", said.speakerName());
    }

    @Test
    void aQuotationAfterTheAttributionsAdverbialTailInTheSameSentenceContinuesIt() {
        // the splitter keeps "… Calif. “These …”" in one sentence
        FoundQuote q = only(find("\u201C/`` The/DT programs/NNS are/VBP legal/JJ ,/, \u201D/'' he/PRP said/VBD "
                + "during/IN a/DT speech/NN in/IN Marlow/NNP/LOCATION ,/, Calif./NNP/LOCATION \u201C/`` They/PRP "
                + "were/VBD approved/VBN by/IN Congress/NNP/ORGANIZATION ./. \u201D/''"));
        assertEquals("The programs are legal, \u2026 They were approved by Congress.", q.text());
    }

    @Test
    void aGerundAfterAPrepositionAndAnAdverbIsACue() {
        List<FoundQuote> quotes = find("\u201C/`` She/PRP lied/VBD ,/, \u201D/'' Rask/NNP/PERSON said/VBD ,/, "
                + "before/RB again/RB claiming/VBG that/IN Moor/NNP/PERSON \u201C/`` lied/VBD many/JJ times/NNS "
                + "./. \u201D/''");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("claiming", quotes.get(1).cue());
        assertEquals("Rask", quotes.get(1).speakerName());
    }

    @Test
    void brandingSomethingInQuotationMarksIsACue() {
        FoundQuote q = only(find("Senator/NNP Ivo/NNP/PERSON Rask/NNP/PERSON has/VBZ branded/VBN it/PRP the/DT "
                + "\u201C/`` Harbour/NNP Giveaway/NNP Act/NNP \u201D/'' in/IN speeches/NNS ./."));
        assertEquals("Ivo Rask", q.speakerName());
        assertTrue(q.text().contains("Harbour Giveaway Act"), q::toString);
    }

    @Test
    void anOpeningClauseSetsTheSceneAndIsNotWhatWasSaid() {
        FoundQuote q = only(find("After/IN Scotto/NNP/PERSON finished/VBD ,/, Grimm/NNP/PERSON said/VBD ,/, "
                + "\u201C/`` Let/VB me/PRP be/VB clear/JJ ./. \u201D/''"));
        assertEquals("Let me be clear.", q.text());
        assertEquals("Grimm", q.speakerName());
        // and a coordinated cue after such an opening still finds the clause's subject
        FoundQuote coordinated = only(find("After/IN the/DT report/NN ,/, Grimm/NNP/PERSON stormed/VBD back/RB ,/, "
                + "leaned/VBD in/RB and/CC said/VBD ,/, \u201C/`` Let/VB me/PRP be/VB clear/JJ ./. \u201D/''"));
        assertEquals("Grimm", coordinated.speakerName());
    }

    @Test
    void aContrastingClauseOrANewClauseAfterAndEndsTheContent() {
        List<FoundQuote> whileClause = find("Half/NN of/IN voters/NNS said/VBD they/PRP prefer/VBP an/DT "
                + "outsider/NN ,/, while/IN about/RB 4/CD in/IN 10/CD want/VBP one/CD with/IN experience/NN ./.");
        assertEquals("they prefer an outsider", whileClause.get(0).text(), whileClause::toString);
        FoundQuote andClause = only(find("Most/JJS voters/NNS said/VBD the/DT economy/NN was/VBD weak/JJ ,/, "
                + "and/CC more/JJR than/IN half/NN chose/VBD Rask/NNP/PERSON ./."));
        assertEquals("the economy was weak", andClause.text());
        // "while" opening a participle is part of what was said
        FoundQuote during = only(find("Rask/NNP/PERSON said/VBD he/PRP was/VBD tired/JJ while/IN "
                + "campaigning/VBG in/IN Marlow/NNP/LOCATION ./."));
        assertEquals("he was tired while campaigning in Marlow", during.text());
    }

    @Test
    void aQuotationGoingOnInLowerCaseAfterATimedAttributionContinuesIt() {
        FoundQuote q = only(find("\u201C/`` We/PRP want/VBP to/TO be/VB safe/JJ ,/, \u201D/'' he/PRP said/VBD "
                + "two/CD days/NNS after/IN the/DT attack/NN ,/, \u201C/`` which/WDT ,/, by/IN the/DT way/NN ,/, "
                + "wants/VBZ to/TO kill/VB us/PRP ./. \u201D/''"));
        assertEquals("said", q.cue());
        assertEquals("We want to be safe, \u2026 which, by the way, wants to kill us.", q.text());
    }

    @Test
    void anAsideBetweenTheCueAndThatIsNotTheContent() {
        FoundQuote q = only(find("Rask/NNP/PERSON said/VBD ,/, after/IN his/PRP$ speech/NN ,/, in/IN a/DT "
                + "session/NN with/IN Ilsa/NNP/PERSON Moor/NNP/PERSON ,/, that/IN the/DT levy/NN was/VBD dead/JJ ./."));
        assertEquals("the levy was dead", q.text());
        assertEquals("Rask", q.speakerName());
    }

    @Test
    void aSubjectWithAWhereClauseKeepsItsCue() {
        FoundQuote q = only(find("The/DT lawsuit/NN from/IN Marlow/NNP/LOCATION ,/, where/WRB the/DT levy/NN "
                + "is/VBZ outlawed/VBN ,/, argues/VBZ that/IN the/DT port/NN broke/VBD the/DT law/NN ./."));
        assertEquals("argues", q.cue());
        assertEquals("the port broke the law", q.text());
    }

    @Test
    void chimingInIsSpeaking() {
        FoundQuote q = only(find("The/DT Ledger/NNP/ORGANIZATION also/RB chimed/VBD in/RP :/: \u201C/`` This/DT "
                + "is/VBZ a/DT farce/NN ./. \u201D/''"));
        assertEquals("This is a farce.", q.text());
        assertEquals("Ledger", q.speakerName());
        // "weighed the options" is no speech
        assertTrue(find("Rask/NNP/PERSON weighed/VBD the/DT options/NNS ./.").isEmpty());
    }
    @Test
    void aWireDatelineIsNotPartOfTheSubject() {
        FoundQuote q = only(find("OSTREVIA/NNP/LOCATION \u2014/HYPH Transport/NNP Minister/NNP Alexei/NNP/PERSON "
                + "Vorontsov/NNP/PERSON on/IN Thursday/NNP/DATE declared/VBD that/IN the/DT talks/NNS had/VBD "
                + "failed/VBN ./."));
        assertEquals("Alexei Vorontsov", q.speakerName());
        assertEquals("Transport Minister", q.speakerDescription());
        assertEquals("the talks had failed", q.text());
        // "RENO, Nev. (AP) —" before a coordinated "and said": the subject is the senator, not the town
        FoundQuote wire = only(find("RENO/NNP/LOCATION ,/, Nev./NNP/LOCATION (/-LRB- AP/NNP/ORGANIZATION )/-RRB- "
                + "\u2014/: Sen./NNP Ada/NNP/PERSON Brask/NNP/PERSON on/IN Monday/NNP/DATE toured/VBD the/DT "
                + "port/NN and/CC said/VBD the/DT levy/NN would/MD fail/VB ./."));
        assertEquals("Ada Brask", wire.speakerName());
        assertEquals("the levy would fail", wire.text());
    }

    @Test
    void theTermsASourceSpokeOnAreNoContent() {
        List<FoundQuote> quotes = find("The/DT official/NN ,/, who/WP spoke/VBD on/IN condition/NN of/IN "
                + "anonymity/NN because/IN the/DT talks/NNS are/VBP private/JJ ,/, said/VBD a/DT draft/NN was/VBD "
                + "ready/JJ ./.", "Two/CD aides/NNS spoke/VBD on/IN the/DT condition/NN that/IN they/PRP not/RB "
                + "be/VB named/VBN ./.", "Lind/NNP/PERSON talked/VBD off/IN the/DT record/NN ./.",
                "An/DT aide/NN said/VBD on/IN condition/NN of/IN anonymity/NN that/IN the/DT plan/NN was/VBD "
                        + "dead/JJ ./.", "A/DT guard/NN said/VBD the/DT gate/NN was/VBD open/JJ on/IN the/DT "
                        + "condition/NN of/IN anonymity/NN because/IN the/DT talks/NNS are/VBP private/JJ ./.");
        assertEquals(3, quotes.size(), quotes::toString);
        assertEquals("the gate was open", quotes.get(2).text());
        assertEquals("a draft was ready", quotes.get(0).text());
        assertEquals("The official", quotes.get(0).speakerDescription());
        assertEquals("the plan was dead", quotes.get(1).text());
    }
    @Test
    void aRelativeClauseOnAnInvertedSpeakerTellsWhoSpokeAndAskingNotToBeNamedSaysNothing() {
        FoundQuote q = only(find("\u201C/`` It/PRP \u2019s/VBZ a/DT farce/NN ,/, \u201D/'' said/VBD a/DT "
                + "diplomat/NN from/IN a/DT European/JJ embassy/NN who/WP attended/VBD the/DT hearing/NN but/CC "
                + "asked/VBD not/RB to/TO be/VB named/VBN ./."));
        assertEquals("It\u2019s a farce,", q.text());
        assertEquals("a diplomat from a European embassy", q.speakerDescription());
        assertEquals("said", q.cue());
        assertTrue(find("Two/CD aides/NNS requested/VBD anonymity/NN ./.").isEmpty());
    }
    @Test
    void aReportOfTheReportEndsTheContent() {
        List<FoundQuote> quotes = find("Police/NNS said/VBD two/CD men/NNS had/VBD been/VBN arrested/VBN ,/, "
                + "according/VBG to/TO local/JJ media/NNS ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("two men had been arrested", quotes.get(1).text());
        assertEquals("Police", quotes.get(1).speakerDescription());
        // the report itself is attributed to the media that carried it
        assertEquals("Police said two men had been arrested", quotes.get(0).text());
        assertEquals("local media", quotes.get(0).speakerDescription());
    }
    @Test
    void aParticipleAsideWithNoObjectLeavesTheReportToTheMainVerb() {
        FoundQuote q = only(find("Lind/NNP/PERSON ,/, speaking/VBG in/IN Brussels/NNP/LOCATION ,/, said/VBD the/DT "
                + "deal/NN was/VBD dead/JJ ./."));
        assertEquals("said", q.cue());
        assertEquals("the deal was dead", q.text());
        assertEquals("Lind", q.speakerName());
        FoundQuote promised = only(find("Vorontsov/NNP/PERSON ,/, speaking/VBG early/RB last/JJ month/NN ,/, had/VBD "
                + "promised/VBN there/EX would/MD be/VB no/DT cuts/NNS ./."));
        assertEquals("there would be no cuts", promised.text());
        // a participle with a clause of its own still reports it
        FoundQuote saying = only(find("Lind/NNP/PERSON left/VBD early/RB ,/, saying/VBG he/PRP was/VBD tired/JJ ./."));
        assertEquals("he was tired", saying.text());
    }
    @Test
    void wherePeopleSpokeIsPartOfTheCueNotOfWhatTheySaid() {
        FoundQuote q = only(find("Solberg/NNP/PERSON said/VBD outside/IN the/DT courthouse/NN that/IN her/PRP$ "
                + "client/NN was/VBD relieved/JJ ./."));
        assertEquals("her client was relieved", q.text());
        assertEquals("said outside the courthouse", q.cue());
    }
    @Test
    void aTimeAfterANounPhraseContentSaysWhenNotWhat() {
        FoundQuote plan = only(find("The/DT government/NN announced/VBD the/DT pension/NN plan/NN in/IN "
                + "March/NNP/DATE ./."));
        assertEquals("the pension plan", plan.text());
        FoundQuote clause = only(find("Lind/NNP/PERSON said/VBD the/DT strike/NN would/MD start/VB in/IN "
                + "March/NNP/DATE ./."));
        assertEquals("the strike would start in March", clause.text());
        FoundQuote late = only(find("The/DT governor/NN announced/VBD a/DT curfew/NN late/RB Wednesday/NNP/DATE ./."));
        assertEquals("a curfew", late.text());
    }

    @Test
    void aParticipleAfterTheSourceOfAccordingToBelongsToTheSource() {
        FoundQuote q = only(find("According/VBG to/TO court/NN documents/NNS seen/VBN by/IN Reuters/NNP/ORGANIZATION "
                + ",/, the/DT firm/NN paid/VBD fines/NNS ./."));
        assertEquals("the firm paid fines", q.text());
        assertEquals("court documents seen by Reuters", q.speakerDescription());
        assertNull(q.speakerName());
    }

    @Test
    void aClaimBeforeTheSpeakerOfATrailingCueStandsForTheClauseBefore() {
        List<FoundQuote> quotes = find("The/DT union/NN said/VBD the/DT plan/NN was/VBD illegal/JJ ,/, a/DT "
                + "charge/NN ministers/NNS denied/VBD ./.");
        // the ministers deny what the union said; the union's own attribution stays
        assertEquals(List.of("ministers: denied: the plan was illegal", "The union: said: the plan was illegal"),
                quotes.stream().map(q -> q.speakerDescription() + ": " + q.cue() + ": " + q.text()).toList());
        FoundQuote plain = only(find("The/DT plan/NN was/VBD illegal/JJ ,/, a/DT charge/NN ministers/NNS "
                + "denied/VBD ./."));
        assertEquals("The plan was illegal", plain.text());
    }

    @Test
    void aParticiplePhraseCompletingTheCuesAdverbialBelongsToTheCue() {
        FoundQuote q = only(find("The/DT union/NN said/VBD in/IN a/DT letter/NN sent/VBN to/TO members/NNS that/IN "
                + "the/DT strike/NN would/MD go/VB ahead/RB ./."));
        assertEquals("said in a letter sent to members", q.cue());
        assertEquals("the strike would go ahead", q.text());
        // the tagger's past tense for "read" after the noun is read the same way
        FoundQuote read = only(find("Lind/NNP/PERSON said/VBD in/IN a/DT statement/NN read/VBD outside/IN her/PRP$ "
                + "ministry/NN that/IN she/PRP would/MD stay/VB ./."));
        assertEquals("she would stay", read.text());
        // a relative clause after the noun is no content of the cue
        FoundQuote relative = only(find("Leaders/NNS talked/VBD about/IN equipment/NN owned/VBN by/IN members/NNS "
                + "that/WDT could/MD help/VB ./."));
        assertTrue(relative.text().endsWith("equipment owned by members that could help"), relative.text());
    }

    @Test
    void aNounPhraseContentEndsBeforeTheMediumItWasSaidIn() {
        FoundQuote q = only(find("Lind/NNP/PERSON announced/VBD her/PRP$ decision/NN in/IN a/DT short/JJ "
                + "statement/NN read/VBN outside/IN the/DT ministry/NN ./."));
        assertEquals("her decision", q.text());
        FoundQuote misread = only(find("Lind/NNP/PERSON announced/VBD her/PRP$ decision/NN in/IN a/DT "
                + "statement/NN read/VBD outside/IN the/DT ministry/NN ./."));
        assertEquals("her decision", misread.text(), "the tagger's past tense of 'read' after the medium");
        // a clause keeps its medium
        FoundQuote clause = only(find("Lind/NNP/PERSON said/VBD the/DT plan/NN was/VBD dead/JJ in/IN an/DT "
                + "interview/NN ./."));
        assertEquals("the plan was dead in an interview", clause.text());
    }

    @Test
    void aClaimInAppositionAfterTheContentIsACommentOnItNotPartOfIt() {
        List<FoundQuote> quotes = find("The/DT ministry/NN said/VBD he/PRP acted/VBD alone/RB ,/, a/DT claim/NN "
                + "the/DT opposition/NN has/VBZ dismissed/VBN ./.");
        FoundQuote said = quotes.stream().filter(q -> "said".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("he acted alone", said.text());
        assertEquals("The ministry", said.speakerDescription());
        FoundQuote dismissed = quotes.stream().filter(q -> "dismissed".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("the opposition", dismissed.speakerDescription());
    }

    @Test
    void aContrastRightAfterThatOpensTheContentInsteadOfEndingIt() {
        FoundQuote q = only(find("She/PRP found/VBD that/IN while/IN the/DT worst/JJS abuse/NN has/VBZ stopped/VBN "
                + ",/, hurdles/NNS remain/VBP ./."));
        assertEquals("while the worst abuse has stopped, hurdles remain", q.text());
    }

    @Test
    void aParticipleAfterADashReportsForTheClausesSubject() {
        FoundQuote q = only(find("Ilse/NNP/PERSON Marr/NNP/PERSON changed/VBD her/PRP$ vote/NN \u2013/: saying/VBG "
                + "she/PRP had/VBD been/VBN misled/VBN ./."));
        assertEquals("saying", q.cue());
        assertEquals("she had been misled", q.text());
        assertEquals("Ilse Marr", q.speakerName());
    }

    @Test
    void aContentEndsBeforeAContrastingClauseWhoseSubjectOpensWithAnAdjective() {
        List<FoundQuote> quotes = find("Several/JJ residents/NNS said/VBD the/DT council/NN had/VBD failed/VBN ,/, "
                + "while/IN other/JJ residents/NNS said/VBD they/PRP had/VBD not/RB noticed/VBN ./.");
        assertEquals(2, quotes.size());
        assertEquals("the council had failed", quotes.get(0).text());
        assertEquals("they had not noticed", quotes.get(1).text());
    }

    @Test
    void aContentEndsBeforeAnotherPresentTenseCueOfTheSpeaker() {
        List<FoundQuote> quotes = find("Harbour/NN pilots/NNS believe/VBP the/DT channel/NN is/VBZ too/RB shallow/JJ "
                + "and/CC admit/VBP that/IN dredging/NN costs/VBZ too/RB much/JJ ./.");
        assertEquals("the channel is too shallow", quotes.get(0).text());
        assertEquals("dredging costs too much", quotes.get(1).text());
    }

    @Test
    void whomSomeoneSpokeToIsNoContentButWhatTheyReferredToIs() {
        assertTrue(find("The/DT sources/NNS spoke/VBD to/IN Fox/NNP/ORGANIZATION News/NNP/ORGANIZATION ./.")
                .isEmpty());
        assertTrue(find("The/DT sources/NNS spoke/VBD to/TO Fox/NNP/ORGANIZATION News/NNP/ORGANIZATION ./.")
                .isEmpty(), "the tagger reads this to either way");
        assertEquals("to the rising costs", only(find("Lind/NNP/PERSON pointed/VBD to/TO the/DT rising/VBG "
                + "costs/NNS ./.")).text());
        assertTrue(find("Lind/NNP/PERSON wrote/VBD to/IN the/DT council/NN on/IN Monday/NNP/DATE ./.").isEmpty());
        FoundQuote q = only(find("Lind/NNP/PERSON pointed/VBD to/IN the/DT rising/VBG costs/NNS ./."));
        assertEquals("the rising costs", q.text().replaceFirst("^to ", ""));
    }

    @Test
    void termsOfSpeakingAfterTheAddresseeAreNoContent() {
        assertTrue(find("She/PRP spoke/VBD to/IN the/DT newspaper/NN on/IN condition/NN that/IN her/PRP$ name/NN "
                + "not/RB be/VB used/VBN ./.").isEmpty());
    }

    @Test
    void adverbsAloneAreNoContent() {
        assertTrue(find("Lind/NNP/PERSON and/CC Berg/NNP/PERSON speak/VBP there/RB as/RB well/RB ./.").isEmpty());
    }

    @Test
    void anAttributionWithNoContentEndingItsParagraphTakesTheQuotationOpeningTheNext() {
        FoundQuote q = only(find("Kerr/NNP/PERSON noted/VBD so/RB helpfully/RB in/IN a/DT tweet/NN ./.",
                "\u201C/`` The/DT mayor/NN invited/VBD me/PRP ./. \u201D/''"));
        assertEquals("The mayor invited me.", q.text());
        assertEquals("Kerr", q.speakerName());
        assertTrue(q.direct());
        assertEquals(1, q.first().paragraph());
    }

    @Test
    void aVerbTheTaggerReadAsAPluralNounStillMakesAClauseBeforeAnInvertedAttribution() {
        FoundQuote q = only(find("The/DT vote/NN signals/NNS \"/'' the/DT end/NN \"/'' for/IN the/DT pact/NN ,/, "
                + "said/VBD Gerd/NNP/PERSON Wald/NNP/PERSON ./."));
        assertEquals("The vote signals \"the end\" for the pact", q.text());
        assertEquals("Gerd Wald", q.speakerName());
    }

    @Test
    void anInfinitiveOnANounAfterTheCueIsPartOfTheAttribution() {
        FoundQuote q = only(find("The/DT port/NN will/MD close/VB ,/, Wald/NNP/PERSON said/VBD during/IN his/PRP$ "
                + "speech/NN to/TO be/VB a/DT delegate/NN ./."));
        assertEquals("The port will close", q.text());
        assertEquals("Wald", q.speakerName());
    }

    @Test
    void aParticipleAsideWithAPastParticipleReadAsPastTenseKeepsTheNamedSubject() {
        FoundQuote q = only(find("Delegate/NN Jon/NNP/PERSON Arch/NNP/PERSON ,/, wearing/VBG a/DT shirt/NN "
                + "covered/VBD in/IN buttons/NNS ,/, said/VBD he/PRP was/VBD proud/JJ ./."));
        assertEquals("Jon Arch", q.speakerName());
        assertEquals("he was proud", q.text());
    }

    @Test
    void aContentEndsBeforeButAndAnOpeningPhraseAndANewClause() {
        FoundQuote q = only(find("Lind/NNP/PERSON says/VBZ the/DT mails/NNS were/VBD personal/JJ ,/, but/CC for/IN "
                + "critics/NNS ,/, it/PRP is/VBZ a/DT cover-up/NN ./."));
        assertEquals("the mails were personal", q.text());
    }

    @Test
    void aContentEndsWithItsQuotationBeforeAParticipleCueAfterIt() {
        List<FoundQuote> quotes = find("Kerr/NNP/PERSON said/VBD that/IN Lind/NNP/PERSON represents/VBZ "
                + "\u201C/`` city/NN values/NNS ,/, \u201D/'' stating/VBG that/IN they/PRP are/VBP liberal/JJ ./.");
        assertEquals("Lind represents \u201Ccity values,\u201D", quotes.get(0).text());
        assertEquals("they are liberal", quotes.get(1).text());
        assertEquals("stating", quotes.get(1).cue());
    }

    @Test
    void aCoordinatedCueInTheContentsTenseNotTheCuesGoesOnWithTheContent() {
        FoundQuote q = only(find("Marr/NNP/PERSON says/VBZ he/PRP spoke/VBD to/IN Lind/NNP/PERSON and/CC "
                + "asked/VBD him/PRP to/TO condemn/VB the/DT attack/NN ./."));
        assertEquals("he spoke to Lind and asked him to condemn the attack", q.text());
        List<FoundQuote> two = find("Marr/NNP/PERSON said/VBD the/DT plan/NN was/VBD dead/JJ and/CC "
                + "called/VBD for/IN a/DT new/JJ one/NN ./.");
        assertEquals("the plan was dead", two.get(0).text(), "the cue's tense: the speaker's next act");
    }

    @Test
    void aFrontedAccordingToSourceRunsToItsCommaOverPrepositionsAndParticiples() {
        FoundQuote q = only(find("According/VBG to/TO a/DT filing/NN with/IN the/DT privacy/NN commissioner/NN "
                + "seen/VBN by/IN the/DT Courier/NNP/ORGANIZATION ,/, the/DT attackers/NNS copied/VBD "
                + "prescription/NN histories/NNS ./."));
        assertEquals("the attackers copied prescription histories", q.text());
        assertEquals("a filing with the privacy commissioner seen by the Courier", q.speakerDescription());
    }

    @Test
    void aClauseAfterASubordinatingPrepositionIsNoAdverbialOfTheCueBeforeIt() {
        FoundQuote q = only(find("The/DT chief/NN apologized/VBD on/IN Wednesday/NNP/DATE after/IN the/DT insurer/NN "
                + "said/VBD the/DT breach/NN was/VBD larger/JJR ./."));
        assertEquals("said", q.cue());
        assertEquals("the insurer", q.speakerDescription());
        assertEquals("the breach was larger", q.text());
    }

    @Test
    void aStatementLateInTheDayIsTheCuesAndAClaimNounAfterAQuotationIsItsObject() {
        FoundQuote q = only(find("Brightline/NNP/ORGANIZATION said/VBD in/IN an/DT emailed/VBN statement/NN late/JJ "
                + "Wednesday/NNP/DATE that/IN it/PRP \u201C/`` categorically/RB rejects/VBZ \u201D/'' any/DT "
                + "suggestion/NN that/IN it/PRP was/VBD negligent/JJ ./."));
        assertEquals("said in an emailed statement late Wednesday", q.cue());
        assertEquals("it \u201Ccategorically rejects\u201D any suggestion that it was negligent", q.text());
    }

    @Test
    void anAnonymousSourceDescribedWithAnAdjectiveAndARelativeClauseSpeaks() {
        FoundQuote q = only(find("A/DT person/NN familiar/JJ with/IN the/DT inquiry/NN ,/, who/WP asked/VBD not/RB "
                + "to/TO be/VB named/VBN because/IN the/DT inquiry/NN is/VBZ ongoing/JJ ,/, said/VBD the/DT "
                + "contractor/NN had/VBD warned/VBN them/PRP ./."));
        assertEquals("A person familiar with the inquiry", q.speakerDescription());
        assertEquals("the contractor had warned them", q.text());
    }

    @Test
    void anAdverbBeforeATimeIsNoContentEither() {
        assertTrue(find("Workers/NNS accepted/VBD a/DT raise/NN that/WDT union/NN leaders/NNS had/VBD "
                + "rejected/VBN only/RB last/JJ week/NN ./.").isEmpty());
    }

    @Test
    void aReportedContentGoesOnAfterTheAttributionThatInterruptsIt() {
        FoundQuote reason = only(find("The/DT effects/NNS are/VBP hard/JJ to/TO predict/VB ,/, economists/NNS "
                + "say/VBP ,/, because/IN few/JJ ports/NNS have/VBP tried/VBN it/PRP ./."));
        assertEquals("The effects are hard to predict … because few ports have tried it", reason.text());
        assertEquals(2, reason.content().size());
        FoundQuote clause = only(find("Unless/IN the/DT levy/NN falls/VBZ ,/, the/DT pilots/NNS said/VBD ,/, "
                + "the/DT smaller/JJR harbours/NNS will/MD close/VB ./."));
        assertEquals("Unless the levy falls … the smaller harbours will close", clause.text());
        FoundQuote object = only(find("The/DT authority/NN receives/VBZ ,/, according/VBG to/TO one/CD report/NN ,/, "
                + "$/$ 40/CD million/CD a/DT year/NN from/IN the/DT levy/NN ./."));
        assertEquals("The authority receives … $ 40 million a year from the levy", object.text());
        assertEquals("one report", object.speakerDescription());
        // a longer source, a relative clause with a cue of its own in the rest, a quoted predicate in the rest
        FoundQuote longer = find("One/CD of/IN the/DT options/NNS they/PRP weighed/VBD ,/, according/VBG to/TO "
                + "a/DT person/NN close/JJ to/TO the/DT talks/NNS ,/, is/VBZ a/DT law/NN ,/, which/WDT "
                + "denied/VBD ferries/NNS a/DT subsidy/NN ./.").get(0);
        // the relative clause, with a speaker and cue of its own, stays out; it does not stop the rest
        assertEquals("One of the options they weighed … is a law", longer.text());
        FoundQuote quoted = only(find("Over/IN the/DT long/JJ term/NN ,/, according/VBG to/TO the/DT budget/NN "
                + "office/NN ,/, the/DT deficit/NN \u201C/`` is/VBZ mostly/RB about/IN pensions/NNS ./. \u201D/''"));
        assertEquals(2, quoted.content().size(), quoted::toString);
        assertTrue(quoted.text().contains("the deficit \u201Cis mostly about pensions"), quoted.text());
    }

    @Test
    void whatFollowsAnInterruptingAttributionStaysOutWhenItIsTheScene() {
        FoundQuote time = only(find("The/DT pier/NN will/MD reopen/VB ,/, officials/NNS said/VBD ,/, two/CD "
                + "days/NNS/DURATION after/IN the/DT storm/NN hit/VBD ./."));
        assertEquals("The pier will reopen", time.text());
        FoundQuote when = only(find("The/DT pier/NN will/MD reopen/VB ,/, Lind/NNP/PERSON said/VBD ,/, as/IN "
                + "she/PRP left/VBD the/DT meeting/NN ./."));
        assertEquals("The pier will reopen", when.text());
        List<FoundQuote> another = find("The/DT pier/NN will/MD reopen/VB ,/, officials/NNS said/VBD ,/, but/CC "
                + "the/DT union/NN says/VBZ repairs/NNS will/MD take/VB months/NNS ./.");
        assertEquals(2, another.size(), another::toString);
        assertEquals("The pier will reopen", another.get(0).text());
        assertEquals("repairs will take months", another.get(1).text());
    }

    @Test
    void aRelativeClauseInsideTheContentIsKeptWhenTheContentGoesOnAfterIt() {
        FoundQuote q = only(find("Kamprad/NNP/PERSON said/VBD the/DT trusts/NNS ,/, which/WDT hold/VBP the/DT "
                + "shares/NNS ,/, are/VBP still/RB his/PRP$ ./."));
        assertEquals("the trusts, which hold the shares, are still his", q.text());
        FoundQuote end = only(find("Kamprad/NNP/PERSON said/VBD he/PRP sold/VBD the/DT trusts/NNS ,/, which/WDT "
                + "surprised/VBD his/PRP$ sons/NNS ./."));
        assertEquals("he sold the trusts", end.text());
    }

    @Test
    void aPronounAndAVerbAfterTheCueOpenTheContentNotAnInversion() {
        FoundQuote q = only(find("Ann/NNP/PERSON Kvist/NNP/PERSON ,/, who/WP covered/VBD the/DT port/NN for/IN "
                + "20/CD years/NNS ,/, said/VBD she/PRP always/RB treated/VBN the/DT briefing/NN as/IN a/DT "
                + "chance/NN to/TO ask/VB ./."));
        assertEquals("Ann Kvist", q.speakerName());
        assertEquals("she always treated the briefing as a chance to ask", q.text());
    }

    @Test
    void aWritersGlossOnTheLastNameEndsTheContent() {
        FoundQuote q = only(find("Lind/NNP/PERSON vowed/VBD to/TO repeal/VB the/DT Harbour/NNP Act/NNP ,/, a/DT "
                + "1950s/CD law/NN that/WDT caps/VBZ the/DT fees/NNS ./."));
        assertEquals("to repeal the Harbour Act", q.text());
        // a gloss that the content's own predicate follows stays in it
        FoundQuote embedded = only(find("Lind/NNP/PERSON said/VBD the/DT levy/NN ,/, a/DT burden/NN on/IN "
                + "small/JJ ports/NNS ,/, would/MD go/VB ./."));
        assertEquals("the levy, a burden on small ports, would go", embedded.text());
    }

    @Test
    void theSpeakersNextStatementAfterAQuotedCommaIsNotTheContent() {
        FoundQuote q = find("Reid/NNP/PERSON said/VBD both/DT rivals/NNS are/VBP \u201C/`` non-entities/NNS "
                + ",/, \u201D/'' but/CC he/PRP praised/VBD one/CD of/IN them/PRP ./.").get(0);
        assertEquals("both rivals are \u201Cnon-entities,\u201D", q.text());
        // a clause that quotes the speaker again goes on with the content
        FoundQuote again = only(find("Kvist/NNP/PERSON told/VBD reporters/NNS the/DT vote/NN may/MD be/VB "
                + "\u201C/`` theatre/NN ,/, \u201D/'' but/CC it/PRP is/VBZ \u201C/`` not/RB trivial/JJ ./. \u201D/''"));
        assertTrue(again.text().endsWith("not trivial.\u201D"), again.text());
    }

    @Test
    void thoseCloseToSomeoneSpeakNotThePersonTheyAreCloseTo() {
        FoundQuote q = only(find("Those/DT close/JJ to/TO him/PRP say/VBP he/PRP will/MD run/VB ./."));
        assertEquals("Those close to him", q.speakerDescription());
        assertEquals("he will run", q.text());
    }

    @Test
    void aClauseOpeningTheContentDoesNotEndItAtItsComma() {
        FoundQuote q = only(find("Lund/NNP/PERSON said/VBD that/IN if/IN the/DT harbour/NN were/VBD a/DT stock/NN "
                + ",/, he/PRP would/MD advise/VB buying/VBG it/PRP ./."));
        assertEquals("if the harbour were a stock, he would advise buying it", q.text());
        FoundQuote despite = only(find("He/PRP told/VBD the/DT Courier/NNP/ORGANIZATION that/IN despite/IN the/DT "
                + "excitement/NN ,/, he/PRP did/VBD n't/RB think/VB the/DT casino/NN would/MD last/VB ./."));
        assertEquals("despite the excitement, he didn't think the casino would last", despite.text());
    }

    @Test
    void aQuotedPhraseInsideAReportedContentIsNoQuoteOfItsOwn() {
        FoundQuote q = only(find("\u201C/`` This/DT will/MD be/VB a/DT test/NN \u201D/'' for/IN the/DT party/NN ,/, "
                + "said/VBD Vera/NNP/PERSON Kunin/NNP/PERSON ./."));
        assertEquals("\u201CThis will be a test\u201D for the party", q.text());
        assertEquals("Vera Kunin", q.speakerName());
        // a quotation with an attribution of its own after it stays that attribution's
        List<FoundQuote> own = find("Lind/NNP/PERSON said/VBD she/PRP was/VBD busy/JJ :/: \u201C/`` I/PRP have/VBP "
                + "no/DT time/NN ,/, \u201D/'' she/PRP wrote/VBD ./.");
        assertTrue(own.stream().anyMatch(f -> f.text().equals("I have no time,") && f.cue().equals("wrote")),
                own::toString);
    }

    @Test
    void theQuestionAskedIsReadAfterAConjunctionAndWhenItClosesTheSentence() {
        List<FoundQuote> opening = find("And/CC when/WRB asked/VBN which/WDT port/NN they/PRP preferred/VBD ,/, "
                + "most/JJS named/VBD Dunmore/NNP/LOCATION ./.");
        assertTrue(opening.stream().anyMatch(f -> f.text().equals("which port they preferred")
                && f.cue().equals("asked")), opening::toString);
        List<FoundQuote> closing = find("Lind/NNP/PERSON told/VBD the/DT Courier/NNP/ORGANIZATION she/PRP was/VBD "
                + "undecided/JJ when/WRB asked/VBN whom/WP she/PRP would/MD back/VB ./.");
        assertTrue(closing.stream().anyMatch(f -> f.text().equals("whom she would back") && f.cue().equals("asked")),
                closing::toString);
    }

    @Test
    void anIntermediaryAndTheWritersComparisonAreNoContent() {
        FoundQuote lawyer = only(find("Vennholt/NNP/PERSON denied/VBD the/DT charges/NNS through/IN his/PRP$ "
                + "lawyer/NN ./."));
        assertEquals("the charges", lawyer.text());
        FoundQuote tally = only(find("The/DT board/NN said/VBD Lind/NNP/PERSON won/VBD 758/CD votes/NNS ,/, "
                + "compared/VBN with/IN 538/CD for/IN Vennholt/NNP/PERSON ./."));
        assertEquals("Lind won 758 votes", tally.text());
        FoundQuote share = only(find("The/DT data/NNS suggest/VBP the/DT port/NN drew/VBD 8/CD million/CD visitors/NNS "
                + ",/, less/JJR than/IN half/NN of/IN last/JJ year/NN 's/POS ./."));
        assertEquals("the port drew 8 million visitors", share.text());
    }

    @Test
    void aParticipleDescribingANounIsNoCue() {
        assertTrue(find("Lind/NNP/PERSON has/VBZ won/VBN 758/CD pledged/VBD delegates/NNS ./.").isEmpty());
        // a number or "Some" before a past tense is its subject
        FoundQuote some = only(find("Only/RB 12/CD said/VBD taxes/NNS should/MD rise/VB ./."));
        assertEquals("taxes should rise", some.text());
    }

    @Test
    void howLongSomeoneSpokeIsNoContent() {
        assertTrue(find("Lind/NNP/PERSON spoke/VBD for/IN more/JJR than/IN 45/CD minutes/NNS at/IN the/DT "
                + "rally/NN ./.").isEmpty());
        assertTrue(find("The/DT two/CD men/NNS have/VBP not/RB spoken/VBN since/IN December/NNP/DATE ./.").isEmpty());
        assertTrue(find("The/DT former/JJ president/NN spoke/VBD hours/NNS after/IN the/DT mayor/NN ./.").isEmpty());
    }

    @Test
    void theThatOfACleftIsNoPartOfTheSpeaker() {
        FoundQuote q = only(find("It/PRP was/VBD three/CD years/NNS ago/IN that/DT Tove/NNP/PERSON Lind/NNP/PERSON ,/, "
                + "who/WP is/VBZ retiring/VBG ,/, said/VBD the/DT pier/NN would/MD close/VB ./."));
        assertEquals("Tove Lind", q.speakerName());
        assertEquals("the pier would close", q.text());
    }

    @Test
    void aDaysPossessiveOccasionIsPartOfTheCue() {
        FoundQuote q = only(find("Lind/NNP/PERSON argued/VBD during/IN Saturday/NNP/DATE 's/POS debate/NN that/WDT "
                + "the/DT levy/NN was/VBD fair/JJ ./."));
        assertEquals("the levy was fair", q.text());
    }

    @Test
    void aQuotedTitleOrPhraseInsideTheSpeakersAppositiveKeepsTheSpeaker() {
        FoundQuote host = only(find("Jo/NNP/PERSON Berg/NNP/PERSON ,/, host/NN of/IN Radio/NNP North/NNP 's/POS "
                + "\u201C/`` Harbour/NNP Hour/NNP ,/, \u201D/'' suggested/VBD the/DT levy/NN could/MD fail/VB ./."));
        assertEquals("Jo Berg", host.speakerName());
        assertEquals("host of Radio North's \u201CHarbour Hour,\u201D", host.speakerDescription());
        assertEquals("the levy could fail", host.text());
        List<FoundQuote> phrase = find("Lind/NNP/PERSON ,/, who/WP called/VBD the/DT plan/NN \u201C/`` a/DT farce/NN "
                + ",/, \u201D/'' said/VBD the/DT pier/NN would/MD close/VB ./.");
        assertTrue(phrase.stream().anyMatch(f -> f.text().equals("the pier would close")
                && "Lind".equals(f.speakerName())), phrase::toString);
        FoundQuote show = only(find("Vance/NNP/PERSON said/VBD on/IN the/DT show/NN ''/`` Morning/NNP Joe/NNP ''/'' "
                + "that/IN the/DT party/NN had/VBD lost/VBN its/PRP$ way/NN ./."));
        assertEquals("the party had lost its way", show.text());
    }

    @Test
    void aContentInsideASubordinateClauseOpeningTheSentenceEndsWithIt() {
        FoundQuote q = only(find("As/IN Lind/NNP/PERSON announced/VBD that/IN the/DT pier/NN would/MD close/VB ,/, "
                + "the/DT ferries/NNS moved/VBD to/TO Dunmore/NNP/LOCATION ./."));
        assertEquals("the pier would close", q.text());
        // a clause that closed before the attribution leaves it alone
        FoundQuote after = only(find("As/IN the/DT storm/NN passed/VBD ,/, Lind/NNP/PERSON said/VBD the/DT pier/NN "
                + "would/MD close/VB ,/, and/CC the/DT ferries/NNS would/MD move/VB ./."));
        assertTrue(after.text().startsWith("the pier would close"), after.text());
    }

    @Test
    void maintainingSomethingIsNoStatementButMaintainingThatIs() {
        assertTrue(find("Lind/NNP/PERSON maintained/VBD a/DT large/JJ lead/NN over/IN the/DT field/NN ./.").isEmpty());
        FoundQuote q = only(find("Lind/NNP/PERSON maintained/VBD that/IN the/DT levy/NN was/VBD fair/JJ ./."));
        assertEquals("the levy was fair", q.text());
        FoundQuote quoted = only(find("Lind/NNP/PERSON maintained/VBD ,/, \u201C/`` I/PRP did/VBD nothing/NN "
                + "wrong/JJ ./. \u201D/''"));
        assertEquals("I did nothing wrong.", quoted.text());
        assertTrue(find("Lind/NNP/PERSON said/VBD in/IN a/DT statement/NN provided/VBN to/TO the/DT "
                + "Courier/NNP/ORGANIZATION ./.").isEmpty());
    }

    @Test
    void asSomeoneNotedWithAnAppositiveGivesThePersonsQuotation() {
        FoundQuote q = only(find("As/IN Ana/NNP/PERSON Tabor/NNP/PERSON ,/, an/DT expert/NN on/IN ports/NNS ,/, "
                + "noted/VBD ,/, \u201C/`` Everyone/NN is/VBZ waiting/VBG for/IN the/DT vote/NN ./. \u201D/''"));
        assertEquals("Ana Tabor", q.speakerName());
        assertEquals("Everyone is waiting for the vote.", q.text());
    }

    @Test
    void aQuotationBetweenSpacedHyphensIsItsOwnAttribution() {
        List<FoundQuote> quotes = find("Lind/NNP/PERSON suggested/VBD that/IN the/DT plan/NN was/VBD unserious/JJ "
                + "-/: \u201C/`` We/PRP need/VBP the/DT details/NNS ,/, \u201D/'' she/PRP said/VBD -/: and/CC "
                + "left/VBD ./.");
        assertTrue(quotes.stream().anyMatch(f -> f.text().equals("the plan was unserious")), quotes::toString);
        assertTrue(quotes.stream().anyMatch(f -> f.text().equals("We need the details,") && f.cue().equals("said")),
                quotes::toString);
    }

    @Test
    void anOpeningCueTheTaggerReadAsANameStillGivesTheQuotation() {
        FoundQuote q = only(find("Said/NNP Dora/NNP/PERSON Poyner/NNP/PERSON ,/, who/WP grew/VBD up/RP here/RB ,/, "
                + "\u201C/`` We/PRP were/VBD proud/JJ of/IN him/PRP ./. \u201D/''"));
        assertEquals("Dora Poyner", q.speakerName());
        assertNull(q.speakerDescription());
        assertEquals("We were proud of him.", q.text());
        FoundQuote described = only(find("Added/VBD Lind/NNP/PERSON ,/, the/DT harbour/NN master/NN :/: \u201C/`` "
                + "The/DT pier/NN stays/VBZ shut/VBN ./. \u201D/''"));
        assertEquals("the harbour master", described.speakerDescription());
    }

    @Test
    void aPronounAfterTheCueThatGoesOnWithAPartialQuotationIsTheContentsSubject() {
        FoundQuote q = only(find("Rosa/NNP/PERSON Almeida/NNP/PERSON ,/, who/WP farms/VBZ outside/IN the/DT "
                + "valley/NN town/NN ,/, Kessel/NNP/LOCATION ,/, said/VBD she/PRP still/RB \u201C/`` hopes/VBZ "
                + "the/DT co-op/NN survives/VBZ the/DT winter/NN ./. \u201D/''"));
        assertEquals("Rosa Almeida", q.speakerName());
        assertTrue(q.text().startsWith("she still \u201Chopes the co-op survives"), q.text());
    }

    @Test
    void aQuestionOpeningWithWhenAskedIsNoPartOfTheAnswer() {
        List<FoundQuote> quotes = find("When/WRB asked/VBN why/WRB the/DT council/NN waited/VBD ,/, "
                + "Lind/NNP/PERSON said/VBD ,/, \u201C/`` We/PRP had/VBD no/DT money/NN ./. \u201D/''");
        FoundQuote q = quotes.stream().filter(f -> "said".equals(f.cue())).findFirst().orElseThrow();
        assertEquals("Lind", q.speakerName());
        assertEquals("We had no money.", q.text());
    }

    @Test
    void aQuotationAttributedLaterInItsOwnSentenceDoesNotGoOnTheOneBefore() {
        List<FoundQuote> quotes = find("\u201C/`` This/DT is/VBZ wrong/JJ ,/, \u201D/'' Warren/NNP/PERSON "
                + "said/VBD ./. \u201C/`` You/PRP cut/VBD the/DT staff/NN \u201D/'' to/TO lift/VB the/DT share/NN "
                + "price/NN and/CC your/PRP$ own/JJ pay/NN ,/, she/PRP said/VBD ./.");
        assertEquals("This is wrong,", quotes.get(0).text(), quotes::toString);
        assertTrue(quotes.stream().anyMatch(f -> f.text().contains("to lift the share price")), quotes::toString);
    }

    @Test
    void aQuotationResumedAfterAParticipleAsideIsNotTheAsidesContent() {
        List<FoundQuote> quotes = find("\u201C/`` Every/DT time/NN you/PRP say/VBP that/DT ,/, \u201D/'' "
                + "Tester/NNP/PERSON said/VBD ,/, adding/VBG that/IN the/DT vote/NN was/VBD close/JJ ,/, \u201C/`` "
                + "you/PRP help/VBP the/DT other/JJ side/NN ./. \u201D/''");
        assertEquals("Every time you say that, \u2026 you help the other side.", quotes.get(0).text(),
                quotes::toString);
        assertTrue(quotes.stream().anyMatch(f -> f.text().equals("the vote was close")), quotes::toString);
    }

    @Test
    void aStatementEndsBeforeTheSpeakersNextOneLinkedByBeforeOrWhile() {
        List<FoundQuote> quotes = find("Okafor/NNP/PERSON called/VBD the/DT levy/NN a/DT mistake/NN before/IN "
                + "explaining/VBG why/WRB she/PRP voted/VBD for/IN it/PRP ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("the levy a mistake", quotes.get(0).text());
        assertEquals("why she voted for it", quotes.get(1).text());
        assertEquals("Okafor", quotes.get(1).speakerName());
        List<FoundQuote> adding = find("Lind/NNP/PERSON insisted/VBD it/PRP was/VBD too/RB early/JJ while/IN "
                + "adding/VBG that/IN the/DT talks/NNS would/MD go/VB on/RP ./.");
        assertEquals("it was too early", adding.get(0).text(), adding::toString);
        assertEquals("the talks would go on", adding.get(1).text());
    }

    @Test
    void aSecondParticipleJoinedByAndGoesOnTheFirstsSeries() {
        List<FoundQuote> quotes = find("She/PRP has/VBZ moved/VBN left/RB ,/, criticizing/VBG the/DT pipeline/NN "
                + "and/CC calling/VBG for/IN a/DT ban/NN on/IN drilling/NN ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("the pipeline", quotes.get(0).text());
        assertEquals("a ban on drilling", quotes.get(1).text());
        assertEquals("calling for", quotes.get(1).cue());
        List<FoundQuote> dashed = find("Rubio/NNP/PERSON pushed/VBD back/RB ,/, saying/VBG that/IN the/DT bill/NN "
                + "was/VBD sound/JJ -/HYPH and/CC arguing/VBG that/IN the/DT two/CD agreed/VBD ./.");
        assertEquals("the two agreed", dashed.get(dashed.size() - 1).text(), dashed::toString);
        assertEquals("Rubio", dashed.get(dashed.size() - 1).speakerName());
    }

    @Test
    void aParticiplePhraseOnTheAddresseeIsNoContent() {
        FoundQuote q = only(find("Kasich/NNP/PERSON told/VBD reporters/NNS at/IN a/DT breakfast/NN hosted/VBN "
                + "by/IN the/DT Courier/NNP/ORGANIZATION that/IN he/PRP would/MD stay/VB ./."));
        assertEquals("he would stay", q.text());
        assertTrue(q.cue().startsWith("told reporters"), q.cue());
        assertTrue(find("He/PRP told/VBD reporters/NNS at/IN a/DT breakfast/NN hosted/VBN by/IN the/DT "
                + "Courier/NNP/ORGANIZATION ./.").isEmpty());
        FoundQuote wrote = only(find("Lind/NNP/PERSON wrote/VBD to/TO the/DT council/NN that/IN the/DT pier/NN "
                + "was/VBD unsafe/JJ ./."));
        assertEquals("the pier was unsafe", wrote.text());
    }

    @Test
    void aFiniteVerbAfterANounPhraseContentIsTheSpeakersNextPredicate() {
        FoundQuote q = only(find("Sanders/NNP/PERSON claimed/VBD a/DT victory/NN last/JJ month/NN but/CC "
                + "trails/VBZ Clinton/NNP/PERSON in/IN delegates/NNS ./."));
        assertEquals("a victory", q.text()); // the time after it is the claim's, not the content
        // after a clause, the verb after "and" may be the clause's own: the content goes on
        FoundQuote clause = only(find("Lind/NNP/PERSON said/VBD the/DT port/NN lost/VBD money/NN and/CC "
                + "cut/VBD jobs/NNS ./."));
        assertEquals("the port lost money and cut jobs", clause.text());
    }

    @Test
    void aSentenceEndingInAColonIntroducesTheQuotationAsItsSubjectsWords() {
        // no cue: "disagreed with the minister:" and the quotation in the next paragraph
        List<FoundQuote> quotes = find("The/DT UN/NNP/ORGANIZATION 's/POS Ola/NNP/PERSON Lind/NNP/PERSON "
                        + "disagreed/VBD with/IN the/DT minister/NN :/:",
                "\u201C/`` There/EX is/VBZ a/DT crisis/NN already/RB ./. \u201D/''");
        FoundQuote q = only(quotes);
        assertEquals("There is a crisis already.", q.text());
        assertEquals("Ola Lind", q.speakerName());
        assertEquals("disagreed", q.cue());
        assertTrue(q.direct());
        // the last clause's subject, after a comma
        FoundQuote blunt = only(find("The/DT vote/NN was/VBD close/JJ ,/, and/CC Lind/NNP/PERSON was/VBD blunt/JJ :/: "
                + "\u201C/`` We/PRP lost/VBD the/DT vote/NN ./. \u201D/''"));
        assertEquals("Lind", blunt.speakerName());
        FoundQuote wonder = only(find("The/DT company/NN will/MD be/VB left/VBN to/TO wonder/VB :/: "
                + "\u201C/`` What/WP did/VBD we/PRP do/VB wrong/RB ?/. \u201D/''"));
        assertEquals("wonder", wonder.cue());
        assertEquals("The company", wonder.speakerDescription());
        // a title of a word or two after the colon is no quotation of the subject's
        assertTrue(find("Lind/NNP/PERSON can/MD add/VB a/DT title/NN to/TO his/PRP$ resume/NN :/: "
                + "\u201C/`` song/NN anthropologist/NN ./. \u201D/''").stream().allMatch(f -> f.speakerName() == null));
        // nobody speaks in "it gets better:" or "Here they are:"
        FoundQuote none = only(find("Wait/VB ,/, it/PRP gets/VBZ better/JJR :/:",
                "\u201C/`` We/PRP lost/VBD the/DT vote/NN ./. \u201D/''"));
        assertNull(none.speakerName());
        assertNull(none.speakerDescription());
        FoundQuote here = only(find("Here/RB they/PRP are/VBP :/:", "\u201C/`` We/PRP lost/VBD the/DT vote/NN ./. \u201D/''"));
        assertNull(here.speakerName());
        assertNull(here.speakerDescription());
    }

    @Test
    void talkingInAClauseOfTimeReportsNothing() {
        // the cue's clause says when; the sentence's own news is no content
        assertTrue(find("As/IN Berg/NNP/PERSON talked/VBD in/IN court/NN ,/, his/PRP$ daughter/NN sobbed/VBD ./.")
                .isEmpty());
        assertTrue(find("When/WRB Berg/NNP/PERSON testified/VBD on/IN Monday/NNP ,/, the/DT jury/NN "
                + "listened/VBD closely/RB ./.").isEmpty());
        assertTrue(find("While/IN the/DT senator/NN spoke/VBD ,/, protesters/NNS chanted/VBD outside/IN the/DT "
                + "hall/NN ./.").isEmpty());
        // "as" with a cue that reports, and a clause said inside the time clause, still count
        assertEquals("the plan failed", only(find("As/IN Berg/NNP/PERSON noted/VBD ,/, the/DT plan/NN "
                + "failed/VBD ./.")).text());
        assertEquals("he would run", only(find("When/WRB Berg/NNP/PERSON said/VBD he/PRP would/MD run/VB ,/, "
                + "the/DT crowd/NN cheered/VBD ./.")).text());
        // a time clause goes on after its attribution: the whole is what was said
        FoundQuote after = only(find("After/IN the/DT court/NN ruled/VBD ,/, Berg/NNP/PERSON said/VBD ,/, most/JJS "
                + "laws/NNS were/VBD safe/JJ ./."));
        assertEquals("Berg", after.speakerName());
        assertTrue(after.text().contains("most laws were safe"), after::text);
    }

    @Test
    void aNameOpeningTheSentenceKeepsItsRoleWhenTheClosingCommaIsMissing() {
        FoundQuote q = only(find("Ola/NNP/PERSON Lind/NNP/PERSON ,/, spokesman/NN for/IN the/DT relief/NN "
                + "agency/NN described/VBD the/DT situation/NN to/TO reporters/NNS ./."));
        assertEquals("Ola Lind", q.speakerName());
        assertEquals("spokesman for the relief agency", q.speakerDescription());
    }

    @Test
    void aPlayersFiguresAreNoRemark() {
        // the tagger reads the unit as a verb: "rebounds/VBZ"
        assertTrue(find("Lind/NNP/PERSON added/VBD six/CD rebounds/VBZ for/IN Kestria/NNP ./.").isEmpty());
        assertTrue(find("Berg/NNP/PERSON posted/VBD a/DT game/NN -/HYPH high/JJ 29/CD points/NNS to/TO go/VB "
                + "with/IN eight/CD rebounds/NNS ./.").isEmpty());
        List<FoundQuote> thirteen = find("Lind/NNP/PERSON added/VBD 13/CD ,/, while/IN Berg/NNP/PERSON "
                + "scored/VBD eight/CD ./.");
        assertTrue(thirteen.isEmpty(), thirteen::toString);
        // a number that opens a clause is still what was added
        assertEquals("40 people had died", only(find("Lind/NNP/PERSON added/VBD 40/CD people/NNS had/VBD "
                + "died/VBN ./.")).text());
    }

    @Test
    void addingToAThingOrCallingAHouseSaysNothing() {
        assertTrue(find("The/DT writer/NN Ola/NNP/PERSON Lind/NNP/PERSON added/VBD to/TO the/DT gushing/VBG "
                + "messages/NNS ./.").isEmpty());
        assertTrue(find("She/PRP called/VBD Lind/NNP/PERSON 's/POS house/NN to/TO say/VB hello/UH ./.").stream()
                .noneMatch(q -> "called".equals(q.cue())));
        // calling a house a name still speaks
        assertEquals("called", only(find("Berg/NNP/PERSON called/VBD the/DT house/NN a/DT fortress/NN ./.")).cue());
    }

    @Test
    void accordingToANameAndItsRoleTheContentFollowsTheRole() {
        FoundQuote q = only(find("According/VBG to/TO Ola/NNP/PERSON Lind/NNP/PERSON ,/, research/NN director/NN "
                + "of/IN the/DT analysis/NN firm/NN ,/, the/DT cables/NNS will/MD be/VB replaced/VBN ./."));
        assertEquals("the cables will be replaced", q.text());
        assertEquals("Ola Lind", q.speakerName());
        assertEquals("research director of the analysis firm", q.speakerDescription());
    }

    @Test
    void whatOthersThinkOfANounIsNoQuoteOfIt() {
        assertTrue(find("A/DT man/NN believed/VBN to/TO be/VB her/PRP$ husband/NN screamed/VBD at/IN the/DT "
                + "driver/NN ./.").isEmpty());
    }

    @Test
    void twoTitlesJoinedByAndBelongToTheOneNameAfterThem() {
        FoundQuote q = only(find("\u201C/`` We/PRP lost/VBD ,/, \u201D/'' team/NN president/NN and/CC general/JJ "
                + "manager/NN Ed/NNP/PERSON Stefan/NNP/PERSON said/VBD ./."));
        assertEquals("Ed Stefan", q.speakerName());
        assertEquals("team president and general manager", q.speakerDescription());
        FoundQuote inverted = only(find("\u201C/`` We/PRP lost/VBD ,/, \u201D/'' said/VBD team/NN president/NN "
                + "and/CC general/JJ manager/NN Ed/NNP/PERSON Stefan/NNP/PERSON ./."));
        assertEquals("Ed Stefan", inverted.speakerName());
        // a name after "and" is a second person
        FoundQuote two = only(find("\u201C/`` We/PRP lost/VBD ,/, \u201D/'' Ola/NNP/PERSON Lind/NNP/PERSON and/CC "
                + "Ed/NNP/PERSON Stefan/NNP/PERSON said/VBD ./."));
        assertNotEquals("Ed Stefan", two.speakerName());
    }

    @Test
    void aNameBeforeATitleAndItsBodyIsTheSpeaker() {
        // "Captain Manohar Nambiar, Chief Public Relations Officer, Defence, said"
        FoundQuote q = only(find("\u201C/`` The/DT pirates/NNS surrendered/VBD ,/, \u201D/'' Captain/NNP "
                + "Ola/NNP/PERSON Lind/NNP/PERSON ,/, Chief/NNP Press/NNP Officer/NNP ,/, Navy/NNP/ORGANIZATION ,/, "
                + "said/VBD ./."));
        assertEquals("Ola Lind", q.speakerName());
        assertEquals("The pirates surrendered,", q.text());
    }

    @Test
    void pointingAThingAndSayingNothingAreNoStatements() {
        assertTrue(find("Berg/NNP/PERSON pointed/VBD the/DT gun/NN at/IN the/DT clerk/NN ./.").isEmpty());
        assertEquals("the plan was flawed", only(find("Berg/NNP/PERSON pointed/VBD out/RP that/IN the/DT plan/NN "
                + "was/VBD flawed/JJ ./.")).text());
        assertTrue(find("The/DT club/NN is/VBZ saying/VBG nothing/NN about/IN the/DT offer/NN ./.").isEmpty());
        // "did not elaborate, but noted": the note is what was said, not "but noted …"
        FoundQuote noted = only(find("Berg/NNP/PERSON did/VBD not/RB elaborate/VB ,/, but/CC noted/VBD that/IN "
                + "the/DT case/NN was/VBD open/JJ ./."));
        assertEquals("noted", noted.cue());
        assertEquals("the case was open", noted.text());
    }

    @Test
    void theWritersAsideAndWhatOthersSayOfSomeoneAreNoQuotes() {
        assertTrue(find("It/PRP 's/VBZ safe/JJ to/TO say/VB Lind/NNP/PERSON exceeded/VBD them/PRP ./.").isEmpty());
        assertTrue(find("Vance/NNP/PERSON ,/, said/VBD to/TO be/VB the/DT most/RBS photographed/VBN woman/NN ,/, "
                + "became/VBD a/DT recluse/NN ./.").isEmpty());
        // an aside that declines to comment still speaks
        FoundQuote declined = only(find("Ola/NNP/PERSON Lind/NNP/PERSON ,/, who/WP runs/VBZ the/DT port/NN ,/, "
                + "declined/VBD to/TO comment/VB ./."));
        assertEquals("Ola Lind", declined.speakerName());
    }

    @Test
    void aNounTheTaggerReadsAsAVerbEndsTheCuesAdverbial() {
        // "at a campaign stop/VB in Las Vegas that …"
        FoundQuote q = only(find("Berg/NNP/PERSON said/VBD at/IN a/DT campaign/NN stop/VB in/IN the/DT city/NN "
                + "that/WDT the/DT plan/NN failed/VBD ./."));
        assertEquals("the plan failed", q.text());
    }

    @Test
    void aReportedSubjectSetOffByCommasKeepsItsVerb() {
        // "said the man, a 38-year-old from Troy, was arrested": the appositive, hyphens and all, is the subject's
        assertEquals("the man, a 38-year-old from Troy, was arrested", only(find("Police/NNS said/VBD the/DT man/NN ,/, "
                + "a/DT 38/CD -/HYPH year/NN -/HYPH old/JJ from/IN Troy/NNP/LOCATION ,/, was/VBD arrested/VBN ./."))
                .text());
        // a title with "the former": no comparison
        assertEquals("Lind, the former mayor, would testify", only(find("Officials/NNS said/VBD Lind/NNP/PERSON ,/, "
                + "the/DT former/JJ mayor/NN ,/, would/MD testify/VB ./.")).text());
        // a relative clause on the subject, then a verb that is also a cue's word
        assertEquals("Lind, who received a long sentence, offered an apology", only(find("The/DT paper/NN said/VBD "
                + "Lind/NNP/PERSON ,/, who/WP received/VBD a/DT long/JJ sentence/NN ,/, offered/VBD an/DT "
                + "apology/NN ./.")).text());
        // an object with no verb of its own ends before the speaker's next act
        FoundQuote declined = find("Three/CD delegates/NNS declined/VBD to/TO comment/VB ,/, did/VBD n't/RB "
                + "respond/VB to/TO requests/NNS ./.").get(0);
        assertEquals("to comment", declined.text());
    }

    @Test
    void reviewedRulesKeepWhatTheyShouldNotTake() {
        // "said nothing had changed" says something; "saying nothing about" does not
        assertEquals("nothing had changed since the vote", only(find("Lind/NNP/PERSON said/VBD nothing/NN had/VBD "
                + "changed/VBN since/IN the/DT vote/NN ./.")).text());
        // a clause of reason before the cue is what was said
        FoundQuote because = only(find("Because/IN it/PRP was/VBD the/DT right/JJ thing/NN to/TO do/VB ,/, "
                + "Lind/NNP/PERSON said/VBD ./."));
        assertEquals("Lind", because.speakerName());
        // a finite verb the tagger read as a participle keeps its infinitive
        assertEquals("to cut taxes", only(find("Officials/NNS promised/VBN to/TO cut/VB taxes/NNS ./.")).text());
        // "30 minutes later" is no player's figure
        assertEquals("she was safe", only(find("Lind/NNP/PERSON posted/VBD 30/CD minutes/NNS later/RB that/IN "
                + "she/PRP was/VBD safe/JJ ./.")).text());
        // the role after "according to" a name is the content's subject when a relative clause follows it
        FoundQuote chairman = only(find("According/VBG to/TO Ola/NNP/PERSON Lind/NNP/PERSON ,/, the/DT chairman/NN "
                + ",/, who/WP took/VBD over/RP in/IN May/NNP ,/, will/MD step/VB down/RP ./."));
        assertTrue(chairman.text().startsWith("the chairman"), chairman::text);
        // "the former" before adjectives and a noun is a title, no comparison
        assertEquals("Lind, the former chief executive, would testify", only(find("Officials/NNS said/VBD "
                + "Lind/NNP/PERSON ,/, the/DT former/JJ chief/JJ executive/NN ,/, would/MD testify/VB ./.")).text());
        // a cue that takes an object: its next act is no predicate of the content
        List<FoundQuote> merger = find("Lind/NNP/PERSON announced/VBD the/DT merger/NN ,/, then/RB said/VBD "
                + "the/DT company/NN would/MD expand/VB ./.");
        assertTrue(merger.stream().noneMatch(q -> q.text().contains("then said")), merger::toString);
        // two titles with an article are two people
        assertTrue(find("\u201C/`` We/PRP won/VBD ,/, \u201D/'' the/DT president/NN and/CC first/JJ lady/NN "
                + "Ola/NNP/PERSON Lind/NNP/PERSON said/VBD ./.").stream()
                .noneMatch(q -> "the president and first lady".equals(q.speakerDescription())));
    }

    @Test
    void aColonIntroductionTakesTheVerbChainAndNotRelayedWords() {
        FoundQuote issued = only(find("Lind/NNP/PERSON issued/VBD the/DT following/VBG statement/NN :/:",
                "\u201C/`` We/PRP mourn/VBP the/DT loss/NN ./. \u201D/''"));
        assertEquals("issued", issued.cue());
        assertEquals("Lind", issued.speakerName());
        // words read from someone else's letter are not the reader's
        FoundQuote read = only(find("Lind/NNP/PERSON read/VBD from/IN a/DT letter/NN by/IN Berg/NNP/PERSON :/:",
                "\u201C/`` We/PRP mourn/VBP the/DT loss/NN ./. \u201D/''"));
        assertNotEquals("Lind", read.speakerName());
    }

    @Test
    void aSecondSpeakerWithARelativeClauseEndsTheFirstContent() {
        // "…, but residents who live nearby said it was not": two attributions, each with its own content
        List<FoundQuote> quotes = find("The/DT mayor/NN said/VBD the/DT road/NN was/VBD safe/JJ ,/, but/CC "
                + "residents/NNS who/WP live/VBP nearby/RB said/VBD it/PRP was/VBD not/RB ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("the road was safe", quotes.get(0).text());
        assertEquals("it was not", quotes.get(1).text());
        assertEquals("residents", quotes.get(1).speakerDescription());
        // a clause on things after "that" is the content's own: the content goes on to its second verb
        FoundQuote bans = only(find("Advocates/NNS note/VBP that/IN Lind/NNP/PERSON backed/VBD bans/NNS in/IN "
                + "2003/CD and/CC 2005/CD that/WDT included/VBD penalties/NNS and/CC opposed/VBD cloning/NN ./."));
        assertTrue(bans.text().endsWith("opposed cloning"), bans::text);
    }

    @Test
    void theOneAccusedOrChargedIsNoSpeaker() {
        // "accused of", "charged with", "blamed for" right after a noun: the noun is the accused, not the accuser
        assertTrue(find("A/DT fired/VBN accountant/NN accused/VBN of/IN wounding/VBG two/CD bosses/NNS and/CC "
                + "killing/VBG a/DT receptionist/NN was/VBD arraigned/VBN Wednesday/NNP ./.").isEmpty());
        assertTrue(find("Tomas/NNP/PERSON Berg/NNP/PERSON ,/, 36/CD ,/, charged/VBN with/IN the/DT murders/NNS "
                + "of/IN his/PRP$ mother/NN ,/, appeared/VBD in/IN court/NN ./.").isEmpty());
        assertTrue(find("Officials/NNS blamed/VBN for/IN the/DT delays/NNS have/VBP resigned/VBN ./.").isEmpty());
        // the active verb, and a relative whose accuser is named, still report who accused
        FoundQuote active = only(find("Campaigners/NNS accused/VBD the/DT mayor/NN of/IN hiding/VBG the/DT "
                + "report/NN ./."));
        assertEquals("Campaigners", active.speakerDescription());
        FoundQuote relative = only(find("She/PRP met/VBD a/DT rival/NN whom/WP Anna/NNP/PERSON Kowalska/NNP/PERSON "
                + "accused/VBD of/IN lying/VBG about/IN the/DT budget/NN ./."));
        assertEquals("Anna Kowalska", relative.speakerName());
    }

    @Test
    void findingItselfSomewhereIsNoFinding() {
        assertTrue(find("The/DT port/NN authority/NN found/VBD itself/PRP on/IN the/DT defensive/JJ again/RB "
                + "Tuesday/NNP ./.").isEmpty());
        assertEquals("the levy was unfair", only(find("The/DT port/NN authority/NN found/VBD the/DT levy/NN "
                + "was/VBD unfair/JJ ./.")).text());
    }

    @Test
    void aNameEndingTheAddresseeWithAVerbAfterItOpensWhatWasTold() {
        // "told police LaCalamita loaded a shell": police are told; the name is the subject of what was told
        FoundQuote q = only(find("Berg/NNP/PERSON told/VBD police/NNS Lind/NNP/PERSON loaded/VBD a/DT shell/NN "
                + "into/IN the/DT gun/NN ./."));
        assertEquals("Lind loaded a shell into the gun", q.text());
        assertEquals("told police", q.cue());
        FoundQuote had = only(find("Berg/NNP/PERSON told/VBD reporters/NNS Lind/NNP/PERSON had/VBD a/DT gun/NN ./."));
        assertEquals("Lind had a gun", had.text());
        assertEquals("told reporters", had.cue());
        // no verb after the name: the whole phrase is the addressee
        FoundQuote host = only(find("Berg/NNP/PERSON told/VBD radio/NN host/NN Ola/NNP/PERSON Lind/NNP/PERSON "
                + "the/DT plan/NN had/VBD failed/VBN ./."));
        assertEquals("the plan had failed", host.text());
        assertEquals("told radio host Ola Lind", host.cue());
    }

    @Test
    void allToldIsASumNotATelling() {
        assertTrue(find("All/DT told/VBD ,/, the/DT groups/NNS spent/VBD $/$ 2.5/CD million/CD on/IN "
                + "robocalls/NNS ./.").isEmpty());
        assertEquals("the groups spent money", only(find("They/PRP all/DT told/VBD me/PRP the/DT groups/NNS "
                + "spent/VBD money/NN ./.")).text());
    }

    @Test
    void aPlaceOpeningTheSentenceAfterAnAdverbSpeaksThroughALongAppositive() {
        FoundQuote q = only(find("Even/RB Norway/NNP/LOCATION ,/, the/DT port/NN 's/POS main/JJ partner/NN and/CC "
                + "its/PRP$ lifeline/NN to/TO the/DT north/NN ,/, said/VBD the/DT levy/NN was/VBD unfair/JJ ./."));
        assertEquals("Norway", q.speakerName());
        assertEquals("the levy was unfair", q.text());
    }

    @Test
    void aClauseAfterAPrepositionalPhraseAfterTheCueIsTheContent() {
        FoundQuote q = only(find("Lind/NNP/PERSON said/VBD after/IN the/DT vote/NN she/PRP would/MD not/RB "
                + "resign/VB ./."));
        assertEquals("she would not resign", q.text());
        assertEquals("said after the vote", q.cue());
        assertTrue(find("Lind/NNP/PERSON spoke/VBD after/IN the/DT vote/NN ./.").isEmpty());
    }

    @Test
    void wordsWithAnAttributionOfTheirOwnBeforeATrailingCueAreNotItsContent() {
        List<FoundQuote> quotes = find("She/PRP said/VBD fathers/NNS would/MD not/RB be/VB eligible/JJ ,/, and/CC "
                + "when/WRB pressed/VBN ,/, the/DT mother/NN of/IN three/CD replied/VBD ,/, \u201C/`` It/PRP is/VBZ "
                + "meant/VBN for/IN mothers/NNS ./. \u201D/''");
        assertTrue(quotes.stream().anyMatch(f -> f.text().equals("fathers would not be eligible")
                && "she".equalsIgnoreCase(f.speakerDescription())), quotes::toString);
        assertTrue(quotes.stream().anyMatch(f -> f.text().equals("It is meant for mothers.")
                && "replied".equals(f.cue())), quotes::toString);
    }

    @Test
    void aDefiniteGlossOnANameEndingAClauseContentIsTheWritersNotTheSpeakers() {
        FoundQuote q = only(find("Lind/NNP/PERSON said/VBD she/PRP did/VBD not/RB support/VB Okafor/NNP/PERSON ,/, "
                + "the/DT presumed/VBN favorite/NN ./."));
        assertEquals("she did not support Okafor", q.text());
        FoundQuote relative = only(find("Critics/NNS say/VBP the/DT money/NN could/MD go/VB to/TO NATO/NNP ,/, "
                + "the/DT alliance/NN that/WDT includes/VBZ Norway/NNP/LOCATION ./."));
        assertEquals("the money could go to NATO", relative.text());
        // what a noun-phrase content names keeps its gloss, and a list goes on
        FoundQuote named = only(find("The/DT ad/NN mentions/VBZ Walton/NNP/PERSON ,/, the/DT inmate/NN whose/WP$ "
                + "sentence/NN Kaine/NNP/PERSON commuted/VBD ./."));
        assertTrue(named.text().endsWith("whose sentence Kaine commuted"), named.text());
        FoundQuote list = only(find("Bush/NNP/PERSON said/VBD the/DT museum/NN honours/VBZ Berry/NNP/PERSON ,/, "
                + "the/DT player/NN Mays/NNP/PERSON and/CC the/DT justice/NN Marshall/NNP/PERSON ./."));
        assertTrue(list.text().endsWith("the justice Marshall"), list.text());
    }

    @Test
    void aSemicolonBeforeANewClauseEndsTheContent() {
        FoundQuote q = only(find("Officials/NNS said/VBD the/DT timing/NN was/VBD not/RB planned/VBN ;/: they/PRP "
                + "learned/VBD of/IN it/PRP on/IN Friday/NNP/DATE ./."));
        assertEquals("the timing was not planned", q.text());
    }

    @Test
    void aClauseOfTimeAfterAQuotedContentIsTheScene() {
        List<FoundQuote> quotes = find("Okafor/NNP/PERSON said/VBD \u201C/`` That/DT makes/VBZ me/PRP smart/JJ ,/, "
                + "\u201D/'' when/WRB Lind/NNP/PERSON blasted/VBD him/PRP ./.");
        assertTrue(quotes.stream().anyMatch(f -> f.text().equals("\u201CThat makes me smart,\u201D")
                || f.text().equals("That makes me smart,")), quotes::toString);
    }

    @Test
    void aVerbWithoutSubjectAfterAWholeClauseIsTheSentencesPredicateGoingOn() {
        List<FoundQuote> quotes = find("The/DT ruling/NN ,/, which/WDT came/VBD after/IN Lind/NNP/PERSON "
                + "announced/VBD she/PRP would/MD not/RB appeal/VB ,/, was/VBD the/DT latest/JJS setback/NN ./.");
        assertTrue(quotes.stream().anyMatch(f -> f.text().equals("she would not appeal")), quotes::toString);
        // after a phrase that is no clause, the verb is the content's own
        FoundQuote q = only(find("Lind/NNP/PERSON said/VBD the/DT plan/NN ,/, drafted/VBN last/JJ year/NN ,/, "
                + "was/VBD flawed/JJ ./."));
        assertEquals("the plan, drafted last year, was flawed", q.text());
    }

    @Test
    void gerundsJoinedAfterAPrepositionAreOneContent() {
        FoundQuote q = only(find("Lind/NNP/PERSON said/VBD the/DT work/NN of/IN drafting/VBG the/DT plan/NN and/CC "
                + "holding/VBG the/DT vote/NN could/MD be/VB messy/JJ ./."));
        assertEquals("the work of drafting the plan and holding the vote could be messy", q.text());
    }

    @Test
    void anotherSubjectAndSpeechCueAfterAndEndTheContent() {
        List<FoundQuote> quotes = find("Most/JJS members/NNS said/VBD the/DT party/NN does/VBZ not/RB care/VB and/CC "
                + "the/DT union/NN said/VBD it/PRP was/VBD hostile/JJ ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("the party does not care", quotes.get(0).text());
        assertEquals("it was hostile", quotes.get(1).text());
        // a thought of the content's own subject stays in it
        FoundQuote thought = only(find("Ripert/NNP/PERSON said/VBD a/DT boss/NN invited/VBD her/PRP and/CC she/PRP "
                + "thought/VBD it/PRP meant/VBD a/DT promotion/NN ./."));
        assertTrue(thought.text().endsWith("it meant a promotion"), thought.text());
    }

    @Test
    void statesAfterANameOrAKindOfStateIsTheNoun() {
        assertTrue(find("The/DT Rust/NNP Belt/NNP states/VBZ have/VBP lost/VBN jobs/NNS ./.").isEmpty());
        assertTrue(find("The/DT battleground/NN states/VBZ in/IN the/DT east/NN matter/VBP most/RBS ./.").isEmpty());
        FoundQuote verb = only(find("The/DT letter/NN from/IN Taylor/NNP/PERSON states/VBZ that/IN her/PRP$ "
                + "testimony/NN would/MD serve/VB no/DT purpose/NN ./."));
        assertEquals("her testimony would serve no purpose", verb.text());
    }

    @Test
    void aClauseOfTimeAloneAfterTheCueIsTheOccasionNotTheContent() {
        assertTrue(find("Wahl/NNP/PERSON said/VBD when/WRB she/PRP resigned/VBD ./.").isEmpty());
        assertTrue(find("Lind/NNP/PERSON said/VBD Friday/NNP/DATE before/IN the/DT talks/NNS began/VBD ./.")
                .isEmpty());
        // with a main clause after it, the clause of time opens the content
        FoundQuote q = only(find("Lind/NNP/PERSON said/VBD when/WRB the/DT talks/NNS began/VBD ,/, she/PRP "
                + "would/MD leave/VB ./."));
        assertTrue(q.text().endsWith("she would leave"), q.text());
    }

    @Test
    void aRestrictiveRelativeClauseBetweenTheSubjectAndTheCueKeepsTheSubject() {
        FoundQuote q = only(find("Officials/NNS who/WP spoke/VBD on/IN condition/NN of/IN anonymity/NN said/VBD "
                + "the/DT talks/NNS had/VBD failed/VBN ./."));
        assertEquals("Officials", q.speakerDescription());
        assertEquals("the talks had failed", q.text());
        FoundQuote whose = only(find("The/DT officials/NNS whose/WP$ laws/NNS were/VBD struck/VBN down/RP say/VBP "
                + "the/DT courts/NNS changed/VBD ./."));
        assertEquals("The officials", whose.speakerDescription());
    }

    @Test
    void theNewContentEndsLeaveOrdinaryClausesWhole() {
        // a phrase of time before "that" is no occasion alone: the content is kept
        assertTrue(only(find("Lind/NNP/PERSON said/VBD while/IN in/IN office/NN that/IN the/DT pier/NN was/VBD "
                + "unsafe/JJ ./.")).text().endsWith("the pier was unsafe"));
        // a series of verbs is one content: only inside a relative clause does ", was" end it
        assertEquals("prices rose, fell and rose again", only(find("Lind/NNP/PERSON said/VBD prices/NNS rose/VBD "
                + ",/, fell/VBD and/CC rose/VBD again/RB ./.")).text());
        // "states" with an object after a name is the verb
        assertEquals("the facts", only(find("The/DT report/NN by/IN Taylor/NNP/PERSON states/VBZ the/DT facts/NNS "
                + "./.")).text());
        // a relative "that" after the addressee's participle phrase opens no content
        assertTrue(find("Lind/NNP/PERSON told/VBD reporters/NNS at/IN a/DT lunch/NN hosted/VBN by/IN the/DT "
                + "group/NN that/WDT runs/VBZ the/DT port/NN ./.").stream()
                .noneMatch(f -> f.text().equals("runs the port")));
    }

    @Test
    void theQuestionOpeningTheSentenceIsNoPartOfTheReply() {
        List<FoundQuote> quotes = find("Asked/VBN if/IN the/DT plan/NN had/VBD failed/VBN ,/, Lind/NNP/PERSON "
                + "replied/VBD ,/, \u201C/`` Maybe/RB so/RB ./. \u201D/''");
        FoundQuote q = quotes.stream().filter(f -> "replied".equals(f.cue())).findFirst().orElseThrow();
        assertEquals("Maybe so.", q.text());
        assertEquals("Lind", q.speakerName());
    }

    @Test
    void aTitleCaseHeadlineCueIsReadAsTheVerbTheTaggerTookForAName() {
        FoundQuote q = only(find("Okafor/NNP/PERSON Says/NNP Harbour/NNP Levy/NNP Will/MD Hurt/VB Small/JJ "
                + "Ports/NNS"));
        assertEquals("Okafor", q.speakerName());
        assertEquals("Says", q.cue());
        assertEquals("Harbour Levy Will Hurt Small Ports", q.text());
        assertTrue(find("Battleground/NNP States/NNPS To/TO Watch/VB Closely/RB This/DT Autumn/NN").isEmpty());
        assertTrue(find("Lind/NNP/PERSON 's/POS Harbour/NNP Remarks/NNPS Draw/VBP Sharp/JJ Rebuke/NN").isEmpty());
        // in an ordinary sentence a capitalized word stays what the tagger made it
        assertTrue(find("The/DT Says/NNP Gallery/NNP opened/VBD in/IN Velden/NNP/LOCATION last/JJ spring/NN ./.")
                .isEmpty());
    }

    @Test
    void aParticipleOnTheSubjectIsNoCueTheVerbAfterItIs() {
        // the tagger often reads "briefed" as a past tense
        FoundQuote q = only(find("Two/CD people/NNS briefed/VBD on/IN the/DT talks/NNS said/VBD the/DT deal/NN "
                + "was/VBD off/RB ./."));
        assertEquals("said", q.cue());
        assertEquals("Two people briefed on the talks", q.speakerDescription());
        assertEquals("the deal was off", q.text());
        // a past tense after a name is the verb: "in her remarks" is no subject
        FoundQuote verb = only(find("Lund/NNP/PERSON said/VBD in/IN her/PRP$ opening/NN remarks/VBZ that/IN "
                + "taxes/NNS would/MD rise/VB ./."));
        assertEquals("said", verb.cue());
        assertEquals("Lund", verb.speakerName());
    }

    @Test
    void aSubjectRunsBackOverItsPreposition() {
        FoundQuote those = only(find("Those/DT in/IN favor/NN of/IN punishment/NN have/VBP said/VBN that/IN "
                + "Rudd/NNP/PERSON started/VBD the/DT fight/NN ./."));
        assertEquals("Those in favor of punishment", those.speakerDescription());
        FoundQuote body = only(find("The/DT Lancet/NNP/ORGANIZATION Commission/NNP/ORGANIZATION on/IN pollution/NN "
                + "and/CC health/NN found/VBD that/IN nine/CD million/CD deaths/NNS were/VBD early/JJ ./."));
        assertEquals("Lancet Commission on pollution and health", body.speakerName());
    }

    @Test
    void anAppositiveMissingItsClosingCommaStillNamesTheSpeaker() {
        FoundQuote q = only(find("\u201C/`` It/PRP is/VBZ the/DT wind/NN ,/, \u201D/'' Mira/NNP/PERSON Osei/NNP/PERSON "
                + ",/, a/DT research/NN analyst/NN at/IN the/DT Delhi-based/JJ Council/NNP/ORGANIZATION "
                + "on/IN/ORGANIZATION Energy/NNP/ORGANIZATION ,/,/ORGANIZATION Environment/NNP/ORGANIZATION "
                + "and/CC/ORGANIZATION Water/NNP/ORGANIZATION think/NN tank/NN told/VBD reporters/NNS ./."));
        assertEquals("Mira Osei", q.speakerName());
        assertTrue(q.direct());
        assertTrue(q.speakerDescription().startsWith("a research analyst"), q.speakerDescription());
    }

    @Test
    void aParticipleOnANounBeforeTheClausesVerbIsNoCue() {
        assertTrue(find("The/DT views/NNS expressed/VBN in/IN the/DT column/NN do/VBP not/RB reflect/VB "
                + "ours/PRP ./.").isEmpty());
    }

    @Test
    void anInvertedCueNeedsSomeoneAfterIt() {
        // "…, reported a use disorder in 2017": a thing after the verb is its object, no speaker
        List<FoundQuote> quotes = find("The/DT institute/NN has/VBZ estimated/VBN that/IN 900,000/CD people/NNS ,/, "
                + "which/WDT account/VBP for/IN 0.4/CD percent/NN of/IN the/DT population/NN ,/, reported/VBD a/DT "
                + "methamphetamine/NN use/NN disorder/NN in/IN 2017/CD ,/, marking/VBG a/DT rise/NN ./.");
        assertTrue(quotes.stream().noneMatch(q -> "a methamphetamine use disorder".equals(q.speakerDescription())),
                quotes::toString);
        FoundQuote minister = only(find("Prices/NNS will/MD rise/VB ,/, said/VBD the/DT minister/NN ./."));
        assertEquals("the minister", minister.speakerDescription());
    }

    @Test
    void aHyphenatedParticipleBelongsToTheSubjectsPhrase() {
        FoundQuote q = only(find("One/CD Washington/NNP/LOCATION -/HYPH based/VBN trade/NN expert/NN said/VBD "
                + "tariffs/NNS would/MD stay/VB ./."));
        assertEquals("One Washington-based trade expert", q.speakerDescription());
        // an organisation inside a description of a thing leaves it a description
        FoundQuote group = only(find("A/DT Kremlin/NNP/ORGANIZATION -/HYPH backed/VBN group/NN said/VBD the/DT "
                + "vote/NN was/VBD fair/JJ ./."));
        assertNull(group.speakerName());
        assertEquals("A Kremlin-backed group", group.speakerDescription());
    }

    @Test
    void aPersonsNameBeforeAnAppositiveWithAPlaceInItIsTheSubject() {
        FoundQuote q = only(find("\u201C/`` It/PRP works/VBZ ,/, \u201D/'' Dara/NNP/PERSON Lind/NNP/PERSON ,/, a/DT "
                + "fellow/NN at/IN the/DT Velden/NNP/ORGANIZATION Institute/NNP/ORGANIZATION in/IN Munich/NNP/LOCATION "
                + ",/, Germany/NNP/LOCATION ,/, and/CC co-author/NN of/IN the/DT study/NN ,/, said/VBD ./."));
        assertEquals("Dara Lind", q.speakerName());
        assertEquals("It works,", q.text());
    }

    @Test
    void aTrailingSubjectDescribedByAParticipleAfterTheComma() {
        List<FoundQuote> quotes = find("Trade/NNP/ORGANIZATION Representative/NNP Ola/NNP/PERSON Brandt/NNP/PERSON "
                + "and/CC Lars/NNP/PERSON Moe/NNP/PERSON recognize/VBP that/IN the/DT deal/NN is/VBZ weak/JJ ,/, "
                + "a/DT second/JJ person/NN briefed/VBN on/IN the/DT call/NN said/VBD ./.");
        assertTrue(quotes.stream().anyMatch(q -> "said".equals(q.cue())
                && "a second person briefed on the call".equals(q.speakerDescription())), quotes::toString);
        // the title after "and" is the second person's, and both recognize it: the pair speaks, not one of them
        FoundQuote both = only(find("Ivo/NNP/PERSON and/CC Trade/NNP/ORGANIZATION Representative/NNP Ola/NNP/PERSON "
                + "Brandt/NNP/PERSON recognize/VBP that/IN the/DT deal/NN is/VBZ weak/JJ ./."));
        assertNull(both.speakerName(), both::toString);
        assertEquals("Ivo and Trade Representative Ola Brandt", both.speakerDescription());
    }

    @Test
    void aSubjectAfterWarnOpensWhatWasSaidItIsNoAddressee() {
        FoundQuote they = only(find("Fellow/JJ councillors/NNS warned/VBD they/PRP had/VBD the/DT votes/NNS ./."));
        assertEquals("they had the votes", they.text());
        assertEquals("warned", they.cue());
        FoundQuote people = only(find("Donnel/NNP/PERSON warned/VBD 43/CD people/NNS would/MD be/VB admitted/VBN "
                + "daily/RB ./."));
        assertEquals("43 people would be admitted daily", people.text());
        // whom one warns stays out: before "that", and before a past participle describing them
        FoundQuote reporters = only(find("Donnel/NNP/PERSON warned/VBD reporters/NNS that/IN the/DT vote/NN "
                + "was/VBD close/JJ ./."));
        assertEquals("the vote was close", reporters.text());
        FoundQuote gathered = only(find("He/PRP told/VBD 2,000/CD people/NNS gathered/VBD at/IN the/DT "
                + "hall/NN that/IN wages/NNS must/MD rise/VB ./."));
        assertEquals("wages must rise", gathered.text());
        FoundQuote show = only(find("Fauci/NNP/PERSON told/VBD NBC/NNP/ORGANIZATION 's/POS Today/NNP show/VBP "
                + "the/DT toll/NN looks/VBZ lower/JJR ./."));
        assertFalse(show.text().contains("NBC"), show::toString); // the addressee, though "show" is read as a verb
        // without "that", a past in -ed after the addressee is what was said
        FoundQuote failed = only(find("Lind/NNP/PERSON warned/VBD the/DT agency/NN failed/VBD to/TO act/VB ./."));
        assertTrue(failed.text().startsWith("failed to act"), failed::toString);
    }

    @Test
    void aFigureThatDeclinedRefusedNothing() {
        assertTrue(find("Violent/JJ crime/NN declined/VBD sharply/RB in/IN the/DT city/NN ./.").isEmpty());
        assertTrue(find("Turnout/NN declined/VBD in/IN almost/RB every/DT state/NN ./.").isEmpty());
        assertTrue(find("Sales/NNS declined/VBD 4/CD percent/NN ./.").isEmpty());
        FoundQuote refused = only(find("The/DT centre/NN has/VBZ declined/VBN for/IN years/NNS to/TO reveal/VB "
                + "its/PRP$ donors/NNS ./."));
        assertEquals("declined", refused.cue());
        FoundQuote later = only(find("He/PRP declined/VBD later/RB to/TO state/NN when/WRB it/PRP would/MD "
                + "fly/VB ./."));
        assertEquals("declined", later.cue());
        assertTrue(find("Shares/NNS declined/VBD sharply/RB to/TO 3/CD percent/NN ./.").isEmpty());
        assertTrue(find("Shares/NNS declined/VBD sharply/RB to/TO a/DT record/NN low/NN ./.").isEmpty());
        assertTrue(find("Shares/NNS declined/VBD 2/CD percent/NN to/TO close/VB at/IN 45/CD ./.").isEmpty());
        assertTrue(find("Revenues/NNS continue/VBP to/TO decline/VB \u2014/: and/CC faster/RBR ./.").isEmpty());
        FoundQuote aside = only(find("He/PRP declined/VBD \u2014/: citing/VBG the/DT inquiry/NN \u2014/: to/TO "
                + "comment/VB ./."));
        assertEquals("declined", aside.cue().substring(0, 8), aside::toString);
    }

    @Test
    void thingsThatContinueToDoSomethingSayNothing() {
        assertTrue(find("The/DT death/NN toll/NN continues/VBZ to/TO rise/VB ./.").isEmpty());
        assertTrue(find("Live/JJ music/NN will/MD continue/VB to/TO be/VB permitted/VBN ./.").isEmpty());
        assertTrue(find("Sandor/NNP/PERSON continues/VBZ to/TO trail/VB Clanton/NNP/PERSON ./.").isEmpty());
        assertTrue(find("The/DT regrowth/NN continues/VBZ apace/RB ,/, and/CC rats/NNS stay/VBP away/RB ./.")
                .isEmpty());
        FoundQuote statement = only(find("He/PRP continued/VBD in/IN a/DT statement/NN that/IN the/DT plan/NN "
                + "was/VBD sound/JJ ./."));
        assertEquals("the plan was sound", statement.text());
        FoundQuote appeal = only(find("He/PRP continued/VBD with/IN an/DT appeal/NN :/: \u201C/`` We/PRP "
                + "fight/VBP ./. \u201D/''"));
        assertEquals("We fight.", appeal.text(), appeal::toString);
        // people who go on doing something are still read, and "continued" after a quotation speaks
        FoundQuote defend = only(find("Clinton/NNP/PERSON continued/VBD to/TO defend/VB the/DT plan/NN ./."));
        assertEquals("Clinton", defend.speakerName());
        FoundQuote protesters = only(find("Small/JJ groups/NNS of/IN protesters/NNS continued/VBD to/TO call/VB "
                + "for/IN answers/NNS ./."));
        assertEquals("continued", protesters.cue());
        FoundQuote russia = only(find("Russia/NNP/LOCATION continues/VBZ to/TO deny/VB the/DT claim/NN ./."));
        assertEquals("continues", russia.cue());
        FoundQuote makers = only(find("Automakers/NNS continue/VBP to/TO insist/VB on/IN delays/NNS ./."));
        assertEquals("continue", makers.cue());
        FoundQuote direct = only(find("\u201C/`` We/PRP are/VBP not/RB done/JJ ,/, \u201D/'' she/PRP "
                + "continued/VBD ./."));
        assertTrue(direct.direct());
    }

    @Test
    void aNumberToCallIsNoName() {
        assertTrue(find("Voters/NNS should/MD call/VB 212-306-6794/CD for/IN details/NNS ./.").isEmpty());
        assertTrue(find("Neighbours/NNS called/VBD 911/CD ./.").isEmpty());
        assertEquals("called", only(find("Lind/NNP/PERSON called/VBD 112/CD lawmakers/NNS cowards/NNS ./.")).cue());
        assertEquals("called", only(find("Lind/NNP/PERSON called/VBD 2016-2017/CD a/DT lost/VBN season/NN ./."))
                .cue());
        // a year is still a name given to something
        FoundQuote year = only(find("She/PRP called/VBD 2016/CD a/DT wasted/VBN year/NN ./."));
        assertEquals("called", year.cue());
    }

    @Test
    void aCueTheTaggerReadsAsAParticipleOfTheNounBeforeItIsNoCue() {
        assertTrue(find("The/DT plan/NN announced/VBN in/IN March/NNP/DATE was/VBD scrapped/VBN ./.").isEmpty());
        assertTrue(find("The/DT deal/NN announced/VBN last/JJ week/NN is/VBZ worth/JJ billions/NNS ./.").isEmpty());
        // a clause after it, or "to": the cue's own
        FoundQuote outlets = only(find("Multiple/JJ outlets/NNS reported/VBN on/IN Wednesday/NNP the/DT "
                + "service/NN had/VBD talked/VBN to/TO him/PRP ./."));
        assertEquals("the service had talked to him", outlets.text());
        // "known to be": what others think of the developer, who is no speaker (whatOthersThinkOfANounIsNoQuoteOfIt)
        assertTrue(find("A/DT developer/NN known/VBN to/TO be/VB bullish/JJ is/VBZ Tramp/NNP/PERSON ./.").isEmpty());
        FoundQuote officials = only(find("Officials/NNS said/VBN the/DT plan/NN was/VBD sound/JJ ./."));
        assertEquals("the plan was sound", officials.text());
    }

    @Test
    void aMannerBeforeTheCuesPrepositionIsTheCues() {
        FoundQuote q = only(find("Funeral/NN directors/NNS talk/VBP openly/RB about/IN how/WRB scared/JJ they/PRP "
                + "are/VBP ./."));
        assertEquals("talk openly about", q.cue());
        assertEquals("how scared they are", q.text());
        // not an adverb that narrows a number
        FoundQuote only = only(find("Lind/NNP/PERSON said/VBD only/RB about/IN 40/CD were/VBD left/VBN ./."));
        assertEquals("only about 40 were left", only.text());
    }

    @Test
    void goodsRecalledAreNoMemory() {
        assertTrue(find("Fordham/NNP/ORGANIZATION is/VBZ recalling/VBG nearly/RB 40,000/CD trucks/NNS "
                + "last/JJ week/NN ./.").isEmpty());
        assertTrue(find("The/DT carmaker/NN recalled/VBD its/PRP$ pickup/NN trucks/NNS ./.").isEmpty());
        assertTrue(find("Nestor/NNP/ORGANIZATION recalled/VBD the/DT affected/VBN batches/NNS ./.").isEmpty());
        // a memory is still one, a count of years included, and people never recall goods
        FoundQuote years = only(find("She/PRP recalled/VBD 20/CD years/NNS of/IN struggle/NN ./."));
        assertEquals("20 years of struggle", years.text());
        assertEquals("recalled", only(find("She/PRP recalled/VBD two/CD conversations/NNS with/IN "
                + "Lind/NNP/PERSON ./.")).cue());
        assertEquals("recalled", only(find("Lind/NNP/PERSON recalled/VBD the/DT toys/NNS of/IN her/PRP$ "
                + "childhood/NN ./.")).cue());
        FoundQuote that = only(find("Lind/NNP/PERSON recalled/VBD that/IN 40,000/CD trucks/NNS were/VBD "
                + "stuck/VBN ./."));
        assertEquals("40,000 trucks were stuck", that.text());
    }

    @Test
    void anAmountAddedIsARiseNotARemark() {
        assertTrue(find("The/DT index/NN added/VBD 20.72/CD points/NNS ,/, or/CC 0.24/CD %/NN ./.").isEmpty());
        FoundQuote q = only(find("Lind/NNP/PERSON added/VBD that/IN 20/CD jobs/NNS would/MD go/VB ./."));
        assertEquals("added", q.cue());
    }

    @Test
    void whoIsToldIsNeverAnInvertedSpeaker() {
        List<FoundQuote> quotes = find("Ivo/NNP/PERSON Berg/NNP/PERSON ,/, an/DT expert/NN who/WP did/VBD not/RB "
                + "work/VB on/IN the/DT study/NN ,/, told/VBD Newsweek/NNP/ORGANIZATION :/: \u201C/`` The/DT rise/NN "
                + "is/VBZ small/JJ ./. \u201D/''");
        assertTrue(quotes.stream().noneMatch(q -> "Newsweek".equals(q.speakerName())), quotes::toString);
    }

    @Test
    void theLateRulesOfTheRealPagesLeaveOrdinarySentencesAlone() {
        // "added" before people or a clause is a remark
        FoundQuote official = only(find("\u201C/`` We/PRP are/VBP not/RB there/RB ,/, \u201D/'' added/VBD one/CD "
                + "senior/JJ official/NN ./."));
        assertEquals("added", official.cue());
        FoundQuote flights = only(find("The/DT spokesman/NN added/VBD 40/CD flights/NNS had/VBD been/VBN "
                + "cancelled/VBN ./."));
        assertEquals("added", flights.cue());
        // a body after an inverted cue speaks, though it is no person
        FoundQuote watchdog = only(find("\u201C/`` The/DT rules/NNS failed/VBD ,/, \u201D/'' said/VBD the/DT "
                + "watchdog/NN ./."));
        assertEquals("the watchdog", watchdog.speakerDescription());
        // "and" inside a title is the title's
        FoundQuote secretary = only(find("Health/NNP/ORGANIZATION and/CC/ORGANIZATION Human/NNP/ORGANIZATION "
                + "Services/NNPS/ORGANIZATION Secretary/NNP Xavier/NNP/PERSON Becerra/NNP/PERSON said/VBD the/DT "
                + "plan/NN would/MD work/VB ./."));
        assertEquals("Xavier Becerra", secretary.speakerName());
        assertEquals("Health and Human Services Secretary", secretary.speakerDescription());
        // an agency named in a description stays the agency
        FoundQuote tass = only(find("The/DT Tass/NNP/ORGANIZATION news/NN agency/NN said/VBD the/DT talks/NNS "
                + "had/VBD ended/VBN ./."));
        assertNotNull(tass.speakerName(), tass::toString);
        // a verb of saying after a people noun is no participle describing them
        List<FoundQuote> police = find("Police/NNS said/VBD at/IN the/DT scene/NN witnesses/NNS told/VBD officers/NNS "
                + "the/DT gunman/NN fled/VBD ./.");
        assertTrue(police.stream().noneMatch(q -> q.speakerDescription() != null
                && q.speakerDescription().startsWith("Police said")), police::toString);
    }

    @Test
    void speakerPhrasesKeepTheirHyphenatedTitlesRanksLegalFormsAndPrepositionalChains() {
        FoundQuote editor = only(find("Ledgerleaks/NNP/ORGANIZATION editor/NN -/HYPH in/IN -/HYPH chief/NN "
                + "Kari/NNP/PERSON Haldorsen/NNP/PERSON said/VBD :/: \u201C/`` We/PRP will/MD publish/VB ./. "
                + "\u201D/''"));
        assertEquals("Kari Haldorsen", editor.speakerName());
        assertEquals("Ledgerleaks editor-in-chief", editor.speakerDescription());
        // a rank the tagger took into the name is the description's
        FoundQuote officer = only(find("\u201C/`` I/PRP could/MD not/RB believe/VB it/PRP ,/, \u201D/'' Lt/NNP "
                + "Col/NNP/PERSON Aleksander/NNP/PERSON Vorn/NNP/PERSON said/VBD ./."));
        assertEquals("Aleksander Vorn", officer.speakerName());
        assertEquals("Lt Col", officer.speakerDescription());
        // ", Inc." belongs to the company's name inside the appositive
        FoundQuote vp = only(find("Sten/NNP/PERSON Morelle/NNP/PERSON ,/, Senior/NNP Vice/NNP President/NNP of/IN "
                + "Sales/NNS for/IN Halvard/NNP/ORGANIZATION ,/, Inc./NNP/ORGANIZATION ,/, says/VBZ :/: \u201C/`` "
                + "Alarms/NNS matter/VBP ./. \u201D/''"));
        assertEquals("Sten Morelle", vp.speakerName());
        assertEquals("Senior Vice President of Sales for Halvard, Inc.", vp.speakerDescription());
        // a participle the tagger read as a past tense inside a company's appositive
        FoundQuote company = only(find("Ascolt/NNP/ORGANIZATION ,/, a/DT global/JJ solutions/NNS provider/NN "
                + "focused/VBD on/IN hospital/NN software/NN ,/, announced/VBD a/DT new/JJ alarm/NN system/NN ./."));
        assertEquals("Ascolt", company.speakerName());
        // a study with two prepositional phrases is still the study
        FoundQuote study = only(find("One/CD small/JJ study/NN in/IN 50/CD people/NNS with/IN insomnia/NN "
                + "showed/VBD that/IN yoga/NN helped/VBD ./."));
        assertEquals("One small study in 50 people with insomnia", study.speakerDescription());
        // "since" opens a clause: its subject is the speaker, not the phrase before it
        List<FoundQuote> since = find("Many/JJ of/IN his/PRP$ claims/NNS since/IN he/PRP declared/VBD for/IN "
                + "office/NN have/VBP come/VBN from/IN blogs/NNS ./.");
        assertTrue(since.stream().noneMatch(q -> q.speakerDescription() != null
                && q.speakerDescription().startsWith("Many")), since::toString);
    }

    @Test
    void aRelativeClauseEndsTheContentOfItsCueButNotOfTheMainOne() {
        // "who denies the accusation" ends at its comma: "has avoided …" is the sentence's predicate
        List<FoundQuote> denies = find("Aslund/NNP/PERSON ,/, who/WP denies/VBZ the/DT accusation/NN ,/, has/VBZ "
                + "avoided/VBN extradition/NN for/IN seven/CD years/NNS ./.");
        FoundQuote denial = denies.stream().filter(q -> q.cue().equals("denies")).findFirst().orElseThrow();
        assertEquals("the accusation", denial.text());
        // a relative clause with a sum of money inside the content goes on to the content's own verb
        List<FoundQuote> says = find("The/DT agency/NN says/VBZ that/IN Walker/NNP/PERSON ,/, who/WP charges/VBZ "
                + "$/$ 20,000/CD for/IN speeches/NNS ,/, has/VBZ lost/VBN money/NN ./.");
        FoundQuote agency = says.stream().filter(q -> q.cue().equals("says")).findFirst().orElseThrow();
        assertEquals("Walker, who charges $ 20,000 for speeches, has lost money", agency.text()); // Tagged spaces "$"
        // a participle describing a noun at the end of a sentence reports nothing
        List<FoundQuote> known = find("Cruz/NNP/PERSON said/VBD the/DT state/NN was/VBD wrong/JJ to/TO ban/VB "
                + "fracking/NN ,/, an/DT extraction/NN method/NN known/VBN as/IN fracturing/NN ./.");
        FoundQuote cruz = only(known);
        assertEquals("said", cruz.cue());
        assertEquals("Cruz", cruz.speakerName());
    }

    @Test
    void wireCopyMarksDocumentsThatReadAndRepsForSomeoneAreReadAsWritten() {
        // a closing mark typed as two curly single ones; the speaker's appositive runs past eight words
        List<FoundQuote> moy = find("Groups/NNS that/WDT fight/VBP misinformation/NN cried/VBD foul/NN ./.",
                "\u201C/`` It/PRP was/VBD an/DT attempt/NN to/TO mislead/VB voters/NNS ,/, \u2019\u2019/'' "
                        + "Wil/NNP/PERSON Morrow/NNP/PERSON ,/, chief/JJ executive/NN of/IN the/DT London/NNP -/HYPH "
                        + "based/VBN fact/NN -/HYPH checking/VBG website/NN Full/JJ Fact/NN ,/, told/VBD the/DT "
                        + "BBC/NNP/ORGANIZATION ./.");
        FoundQuote told = moy.stream().filter(q -> q.text().startsWith("It was")).findFirst().orElseThrow();
        assertEquals("Wil Morrow", told.speakerName(), moy::toString);
        assertEquals("told", told.cue());
        // what a statement, letter or sign says after a quotation: "…," the statement read
        FoundQuote statement = only(find("\u201C/`` We/PRP were/VBD shocked/VBN by/IN her/PRP$ posts/NNS ,/, "
                + "\u201D/'' the/DT statement/NN read/VBD ./."));
        assertEquals("read", statement.cue());
        assertEquals("the statement", statement.speakerDescription());
        assertTrue(find("She/PRP read/VBD the/DT statement/NN aloud/RB ./.").isEmpty(), "reading aloud says nothing");
        // a rep for someone speaks for them, and is not them
        FoundQuote rep = only(find("A/DT rep/NN for/IN Brann/NNP/PERSON said/VBD the/DT talks/NNS had/VBD "
                + "failed/VBN ./."));
        assertNull(rep.speakerName(), rep::toString);
        assertEquals("A rep for Brann", rep.speakerDescription());
    }

    @Test
    void aScoreAddedAndAScheduleLineAreNoStatements() {
        assertTrue(find("Anton/NNP/PERSON Bevel/NNP/PERSON added/VBD his/PRP$ seventh/JJ for/IN the/DT "
                + "Islanders/NNPS/ORGANIZATION ./.").isEmpty());
        assertTrue(find("Native/JJ Conrad/NNP/PERSON Clift/NNP/PERSON added/VBD a/DT goal/NN and/CC an/DT assist/NN "
                + "./.").isEmpty());
        FoundQuote clause = only(find("The/DT spokesman/NN added/VBD the/DT flights/NNS had/VBD been/VBN "
                + "cancelled/VBN ./."));
        assertEquals("the flights had been cancelled", clause.text());
        assertTrue(find("Hornets/NNPS/ORGANIZATION :/: Visit/VB the/DT Thunder/NNP on/IN Friday/NNP ./.").isEmpty());
        assertTrue(find("Engineers/NNS/O improved/VBD the/DT frame/NN by/IN adding/VBG x-braces/NNS ./.").stream()
                .noneMatch(q -> q.cue().startsWith("adding")), "braces added say nothing");
        FoundQuote details = only(find("The/DT mayor/NN added/VBD details/NNS were/VBD scarce/JJ ./."));
        assertEquals("details were scarce", details.text());
    }

    @Test
    void aShareOfPeopleIsADescriptionNotANameInIt() {
        FoundQuote percent = only(find("Now/RB 44/CD percent/NN of/IN Americans/NNPS/LOCATION "
                + "say/VBP they/PRP want/VBP change/NN ./."));
        assertNull(percent.speakerName(), percent::toString);
        assertEquals("44 percent of Americans", percent.speakerDescription());
        FoundQuote thirds = only(find("Two-thirds/NNS of/IN Republicans/NNPS/ORGANIZATION said/VBD they/PRP "
                + "would/MD stay/VB home/NN ./."));
        assertNull(thirds.speakerName(), thirds::toString);
        assertEquals("Two-thirds of Republicans", thirds.speakerDescription());
    }

    @Test
    void wordsBeforeAnOrganisationsNameAreNoPartOfIt() {
        // a description when they name a body, else left out
        FoundQuote firm = only(find("Private/JJ equity/NN firm/NN Alden/NNP/ORGANIZATION Capital/NNP/ORGANIZATION "
                + "said/VBD the/DT cuts/NNS would/MD go/VB on/RP ./."));
        assertEquals("Alden Capital", firm.speakerName(), firm::toString);
        assertEquals("Private equity firm", firm.speakerDescription());
        FoundQuote rover = only(find("It/PRP is/VBZ a/DT rover/NN NASA/NNP/ORGANIZATION plans/VBZ to/TO fly/VB "
                + "in/IN 2022/CD ./."));
        assertEquals("NASA", rover.speakerName(), rover::toString);
        assertNull(rover.speakerDescription(), rover::toString);
        // a thing of the organisation after its name is a description; a body after it stays the organisation
        FoundQuote sales = only(find("Fordham/NNP/ORGANIZATION Motors/NNPS/ORGANIZATION sales/NNS show/VBP "
                + "demand/NN fell/VBD ./."));
        assertNull(sales.speakerName(), sales::toString);
        assertEquals("Fordham Motors sales", sales.speakerDescription());
        FoundQuote campaign = only(find("The/DT Clanton/NNP/ORGANIZATION campaign/NN said/VBD it/PRP would/MD "
                + "appeal/VB ./."));
        assertEquals("Clanton campaign", campaign.speakerName(), campaign::toString);
    }

    @Test
    void peopleNamedByTheirOrganisationAreADescriptionNotTheOrganisation() {
        FoundQuote scientists = only(find("NASA/NNP/ORGANIZATION scientists/NNS said/VBD the/DT probe/NN "
                + "would/MD reach/VB the/DT asteroid/NN ./."));
        assertNull(scientists.speakerName(), scientists::toString);
        assertEquals("NASA scientists", scientists.speakerDescription());
        FoundQuote founder = only(find("The/DT answer/NN ,/, the/DT Vox/NNP/ORGANIZATION founder/NN suggests/VBZ ,/, "
                + "is/VBZ polarization/NN ./."));
        assertNull(founder.speakerName(), founder::toString);
        assertEquals("the Vox founder", founder.speakerDescription());
        // the body itself, with a plural name, still speaks as the organisation
        FoundQuote body = only(find("Veldt/NNP/ORGANIZATION Industries/NNPS/ORGANIZATION said/VBD the/DT "
                + "plant/NN would/MD close/VB ./."));
        assertEquals("Veldt Industries", body.speakerName(), body::toString);
    }

    @Test
    void peopleDescribedByWhatTheyDoAreTheSpeakersNotTheNamesAfterTheirParticiple() {
        FoundQuote scientists = only(find("NASA/NNP/ORGANIZATION scientists/NNS using/VBG a/DT telescope/NN atop/IN "
                + "Mauna/NNP/LOCATION Kea/NNP/LOCATION have/VBP confirmed/VBN the/DT presence/NN of/IN water/NN ./."));
        assertNull(scientists.speakerName(), scientists::toString);
        assertEquals("NASA scientists using a telescope atop Mauna Kea", scientists.speakerDescription());
        FoundQuote pastor = only(find("One/CD pastor/NN supporting/VBG Mr./NNP Crane/NNP/PERSON said/VBD he/PRP "
                + "had/VBD made/VBN 150/CD calls/NNS ./."));
        assertNull(pastor.speakerName(), pastor::toString);
        assertEquals("One pastor supporting Mr. Crane", pastor.speakerDescription());
        assertTrue(find("A/DT government/NN that/WDT lies/VBZ as/RB easily/RB as/IN it/PRP tells/VBZ the/DT truth/NN "
                + "creates/VBZ problems/NNS ./.").isEmpty(), () -> find("A/DT government/NN that/WDT lies/VBZ as/RB easily/RB as/IN it/PRP tells/VBZ the/DT truth/NN creates/VBZ problems/NNS ./.").toString());
    }

    @Test
    void theRealPageRulesKeepTheirOrdinaryNeighbours() {
        // a noun phrase and a preposition can open a clause after "added"
        FoundQuote council = only(find("Smyth/NNP/PERSON added/VBD the/DT council/NN in/IN Leeds/NNP/LOCATION "
                + "would/MD vote/VB next/JJ week/NN ./."));
        assertEquals("added", council.cue());
        // a transcript's speaker in capitals still speaks an imperative
        FoundQuote transcript = only(find("SANDVIK/NNP/PERSON :/: Look/VB ,/, the/DT system/NN is/VBZ rigged/VBN ./."));
        assertEquals(":", transcript.cue());
        // "the Truth and Reconciliation Commission" is whom one tells
        FoundQuote commission = only(find("He/PRP told/VBD the/DT Truth/NNP and/CC Reconciliation/NNP Commission/NNP "
                + "that/IN he/PRP ordered/VBD the/DT raids/NNS ./."));
        assertEquals("he ordered the raids", commission.text());
        // a participle inside a title before a name keeps the name the speaker
        FoundQuote chief = only(find("Dismo/NNP/ORGANIZATION streaming/VBG chief/NN Jana/NNP/PERSON Dole/NNP/PERSON "
                + "said/VBD the/DT service/NN would/MD grow/VB ./."));
        assertEquals("Jana Dole", chief.speakerName());
        // a relative clause whose content holds its own appositive runs to its own verb
        List<FoundQuote> residents = find("Residents/NNS ,/, who/WP say/VBP the/DT landlord/NN ,/, Acmo/NNP "
                + "Homes/NNPS ,/, ignored/VBD repairs/NNS ,/, protested/VBD ./.");
        FoundQuote say = residents.stream().filter(q -> q.cue().equals("say")).findFirst().orElseThrow();
        assertEquals("the landlord, Acmo Homes, ignored repairs", say.text());
    }

    @Test
    void aSubjectWithAnAsideBetweenDashesAfterAnOpeningClauseSpeaks() {
        FoundQuote q = only(find("Even/RB if/IN Lind/NNP/PERSON loses/VBZ in/IN Ohio/NNP/LOCATION ,/, insiders/NNS "
                + "in/IN the/DT next/JJ two/CD states/NNS \u2014/: Utah/NNP/LOCATION and/CC Idaho/NNP/LOCATION "
                + "\u2014/HYPH said/VBD it/PRP is/VBZ vital/JJ that/IN she/PRP narrow/VBP the/DT gap/NN ./."));
        assertEquals("insiders in the next two states", q.speakerDescription());
        assertEquals("it is vital that she narrow the gap", q.text());
    }

    @Test
    void aNameAfterALabelAndItsColonOpensTheClause() {
        FoundQuote q = only(find("Voter/NN turnout/NN :/: Ana/NNP/PERSON Marsh/NNP/PERSON ,/, whose/WP$ "
                + "coalition/NN includes/VBZ farmers/NNS ,/, said/VBD the/DT levy/NN hurts/VBZ small/JJ "
                + "growers/NNS ./."));
        assertEquals("Ana Marsh", q.speakerName());
        assertEquals("the levy hurts small growers", q.text());
    }

    @Test
    void aRelativeClauseOnTheSpeakerBetweenTheHalvesOfABrokenQuotationKeepsBothHalves() {
        FoundQuote q = only(find("\u201C/`` The/DT risk/NN ,/, \u201D/'' said/VBD Ada/NNP/PERSON Berg/NNP/PERSON ,/, "
                + "an/DT economist/NN who/WP is/VBZ the/DT head/NN of/IN the/DT Kell/NNP/ORGANIZATION "
                + "Institute/NNP/ORGANIZATION ,/, \u201C/`` is/VBZ that/IN we/PRP lose/VBP jobs/NNS ./. \u201D/''"));
        assertEquals("Ada Berg", q.speakerName());
        assertEquals("The risk, \u2026 is that we lose jobs.", q.text());
        // a relative clause that reports words of its own keeps the quotation after it
        List<FoundQuote> added = find("\u201C/`` We/PRP lost/VBD ,/, \u201D/'' said/VBD Ada/NNP/PERSON "
                + "Berg/NNP/PERSON ,/, who/WP added/VBD ,/, \u201C/`` We/PRP will/MD be/VB back/RB ./. \u201D/''");
        assertEquals(2, added.size(), added::toString);
    }

    @Test
    void aCueInARestrictiveRelativeClauseLeavesTheSentencesOwnVerbOfSaying() {
        List<FoundQuote> witness = find("A/DT witness/NN who/WP saw/VBD the/DT crash/NN said/VBD he/PRP "
                + "stayed/VBD with/IN the/DT driver/NN ./.");
        FoundQuote said = witness.stream().filter(q -> q.cue().equals("said")).findFirst().orElseThrow(
                () -> new AssertionError(witness.toString()));
        assertEquals("A witness", said.speakerDescription());
        assertEquals("he stayed with the driver", said.text());
        FoundQuote saw = witness.stream().filter(q -> q.cue().equals("saw")).findFirst().orElseThrow();
        assertEquals("the crash", saw.text());
        // a verb of saying read as a participle; talking with nothing said is no attribution of its own
        FoundQuote official = only(find("An/DT official/NN who/WP spoke/VBD anonymously/RB said/VBN "
                + "Wednesday/NNP ,/, \u201C/`` There/EX are/VBP talks/NNS ./. \u201D/''"));
        assertEquals("An official", official.speakerDescription());
        assertEquals("There are talks.", official.text());
        // the first verb after the cue is its content's own, not the sentence's: the content is not cut there
        FoundQuote fled = only(find("A/DT witness/NN who/WP said/VBD the/DT driver/NN fled/VBD was/VBD "
                + "questioned/VBN ./."));
        assertEquals("said", fled.cue());
        assertTrue(fled.text().startsWith("the driver fled"), fled::toString);
    }

    @Test
    void aRestrictiveRelativeClauseWithAsidesBetweenCommasStillLeadsToItsSubject() {
        FoundQuote q = only(find("Some/DT voters/NNS who/WP have/VBP listened/VBN to/IN his/PRP$ speeches/NNS "
                + "over/IN the/DT years/NNS ,/, on/IN television/NN or/CC at/IN small/JJ events/NNS ,/, said/VBD "
                + "he/PRP had/VBD less/JJR charm/NN ./."));
        assertEquals("Some voters", q.speakerDescription());
        assertEquals("he had less charm", q.text());
    }

    @Test
    void aNameKeepsItsCueAcrossAParentheticalDescriptionOrAPartyAndATime() {
        FoundQuote murphy = only(find("Few/JJ aides/NNS would/MD admit/VB this/DT ,/, but/CC Sen./NNP Cal/NNP/PERSON "
                + "Moyer/NNP/PERSON (/-LRB- a/DT Democrat/NNP so/RB boyish/JJ he/PRP has/VBZ been/VBN mistaken/VBN for/IN a/DT "
                + "staffer/NN )/-RRB- says/VBZ he/PRP was/VBD adrift/JJ ./."));
        assertEquals("Cal Moyer", murphy.speakerName(), murphy::toString);
        assertEquals("he was adrift", murphy.text());
        FoundQuote feld = only(find("Senator/NNP Ada/NNP/PERSON Feld/NNP/PERSON (/-LRB- D/NNP -/HYPH Ore./NNP )/-RRB- "
                + "last/JJ week/NN said/VBD Lind/NNP/PERSON was/VBD not/RB the/DT source/NN ./."));
        assertEquals("Ada Feld", feld.speakerName());
        assertEquals("Lind was not the source", feld.text());
    }

    @Test
    void aRelativeClauseBetweenSpacedHyphensQuotesItsOwnWordsAndTheSentenceGoesOnWithTheName() {
        List<FoundQuote> quotes = find("Front/NN -/HYPH runner/NN Ivo/NNP/PERSON Rask/NNP/PERSON -/: who/WP "
                + "once/RB said/VBD he/PRP would/MD \"/`` bomb/VB the/DT fields/NNS \"/'' -/, said/VBD at/IN a/DT "
                + "rally/NN that/IN the/DT border/NN should/MD close/VB ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("Ivo Rask", quotes.get(0).speakerName());
        assertEquals("he would \"bomb the fields\"", quotes.get(0).text());
        assertEquals("Ivo Rask", quotes.get(1).speakerName());
        assertEquals("the border should close", quotes.get(1).text());
    }

    @Test
    void anAsideBetweenDashesAfterARestrictiveClauseLeavesItsSubjectTheSpeaker() {
        List<FoundQuote> quotes = find("Those/DT insiders/NNS who/WP think/VBP Lind/NNP/PERSON has/VBZ a/DT "
                + "chance/NN \u2014/: about/RB 40/CD percent/NN \u2014/: stressed/VBD the/DT late/JJ swing/NN ./.");
        FoundQuote stressed = quotes.stream().filter(q -> q.cue().equals("stressed")).findFirst().orElseThrow(
                () -> new AssertionError(quotes.toString()));
        assertEquals("Those insiders", stressed.speakerDescription());
        assertEquals("the late swing", stressed.text());
        FoundQuote think = quotes.stream().filter(q -> q.cue().equals("think")).findFirst().orElseThrow();
        assertFalse(think.text().contains("stressed"), think::toString);
        // an aside between dashes on the noun before the cue, then the sentence's verb: nothing said
        assertTrue(find("None/NN of/IN the/DT videos/NNS she/PRP was/VBD talking/VBG about/IN -/: made/VBN by/IN "
                + "activists/NNS -/: showed/VBD the/DT scene/NN ./.").isEmpty());
    }

    @Test
    void aFractionTheTaggerReadsAsAnAdjectiveIsASubject() {
        FoundQuote q = only(find("Nearly/RB a/DT third/JJ say/VBP they/PRP do/VBP n't/RB know/VB ./."));
        assertEquals("a third", q.speakerDescription());
        assertEquals("they don't know", q.text());
    }

    @Test
    void aStatementGoesOnAfterItsTrailingAttributionAndASemicolon() {
        FoundQuote q = only(find("These/DT were/VBD not/RB slips/NNS ,/, Brafman/NNP/PERSON noted/VBD ;/: the/DT "
                + "state/NN had/VBD slanted/VBN its/PRP$ summaries/NNS ./."));
        assertEquals("Brafman", q.speakerName());
        assertEquals(2, q.content().size(), q::toString);
        assertEquals("These were not slips \u2026 the state had slanted its summaries", q.text());
    }

    @Test
    void anInvertedCueAfterAnOpeningPhraseAndAColonTakesTheQuotation() {
        FoundQuote q = only(find("In/IN other/JJ words/NNS ,/, added/VBD CBS/NNP/ORGANIZATION moderator/NN Nora/NNP/PERSON "
                + "Kade/NNP/PERSON :/: \"/`` What/WP does/VBZ that/DT have/VB to/TO do/VB with/IN "
                + "donations/NNS ?/. \"/''"));
        assertEquals("Nora Kade", q.speakerName());
        assertEquals("What does that have to do with donations?", q.text());
        // a quoted clause before the comma is what was said, with the quotation after
        FoundQuote beck = only(find("Lind/NNP/PERSON \u201C/`` drew/VBD well/RB \u201D/'' in/IN the/DT "
                + "primary/NN ,/, said/VBD professor/NN Paul/NNP/PERSON Beck/NNP/PERSON ./. \u201C/`` That/DT "
                + "was/VBD her/PRP$ base/NN ./. \u201D/''"));
        assertTrue(beck.text().startsWith("Lind \u201Cdrew well\u201D"), beck::toString);
    }

    @Test
    void aClauseOfTimeWithAnAttributionOfItsOwnEndsTheContentBeforeIt() {
        List<FoundQuote> quotes = find("Six/CD in/IN 10/CD say/VBP he/PRP is/VBZ decisive/JJ ,/, after/IN half/NN "
                + "said/VBD so/RB in/IN May/NNP ./.");
        assertEquals("he is decisive", quotes.get(0).text(), quotes::toString);
        // a clause of time without one stays part of what was said
        FoundQuote q = only(find("Lind/NNP/PERSON said/VBD the/DT vote/NN was/VBD fair/JJ ,/, after/IN the/DT "
                + "count/NN ended/VBD ./."));
        assertEquals("the vote was fair, after the count ended", q.text());
    }

    @Test
    void aTimeBetweenAnAppositiveAndItsCueLeavesTheNameTheSpeaker() {
        FoundQuote q = only(find("Ivo/NNP/PERSON Rask/NNP/PERSON ,/, the/DT party/NN chairman/NN ,/, on/IN "
                + "Tuesday/NNP called/VBD the/DT plan/NN a/DT trap/NN ./."));
        assertEquals("Ivo Rask", q.speakerName());
        assertEquals("the party chairman", q.speakerDescription());
        assertEquals("the plan a trap", q.text());
    }

    @Test
    void atLeastAfterACueOpensANumberNotAPlace() {
        FoundQuote q = only(find("Kell/NNP/ORGANIZATION TV/NNP/ORGANIZATION reported/VBD at/IN least/JJS six/CD "
                + "planes/NNS flew/VBD over/IN the/DT parade/NN ./."));
        assertEquals("at least six planes flew over the parade", q.text());
    }

    @Test
    void anInvertedAttributionBetweenASubjectAndItsPredicateTakesBoth() {
        FoundQuote q = only(find("The/DT contrast/NN with/IN Lind/NNP/PERSON ,/, said/VBD Ada/NNP/PERSON "
                + "Doyle/NNP/PERSON ,/, would/MD be/VB clear/JJ ./."));
        assertEquals("Ada Doyle", q.speakerName());
        assertEquals("The contrast with Lind \u2026 would be clear", q.text());
    }

    @Test
    void asReportedByNamesTheSourceOfTheClause() {
        FoundQuote opening = only(find("As/IN reported/VBN by/IN the/DT Ledger/NNP/ORGANIZATION ,/, the/DT "
                + "city/NN closed/VBD the/DT pier/NN ./."));
        assertEquals("the city closed the pier", opening.text());
        assertEquals("as reported by", opening.cue()); // as "according to": lower case
        FoundQuote trailing = only(find("The/DT senator/NN voted/VBD against/IN the/DT bill/NN ,/, as/IN "
                + "first/JJ reported/VBN by/IN the/DT Ledger/NNP/ORGANIZATION ./."));
        assertEquals("The senator voted against the bill", trailing.text());
        assertEquals("as first reported by", trailing.cue());
        // after an attribution of its own, the report is that attribution's
        FoundQuote noted = only(find("\u201C/`` We/PRP will/MD fix/VB it/PRP ,/, \u201D/'' Lind/NNP/PERSON "
                + "noted/VBD in/IN an/DT interview/NN ,/, as/IN reported/VBN by/IN the/DT Ledger/NNP/ORGANIZATION ./."));
        assertEquals("Lind", noted.speakerName(), noted::toString);
    }

    @Test
    void aFrontedAdverbialAfterThatAndACommaIsTheContentsOwn() {
        FoundQuote q = only(find("Lind/NNP/PERSON said/VBD that/IN ,/, during/IN the/DT talks/NNS ,/, "
                + "Rask/NNP/PERSON was/VBD helping/VBG the/DT union/NN ./."));
        assertEquals("Lind", q.speakerName());
        assertEquals("during the talks, Rask was helping the union", q.text());
    }

    @Test
    void aCommentAfterADashClosesATrailingAttribution() {
        FoundQuote q = only(find("The/DT deficit/NN will/MD grow/VB ,/, the/DT budget/NN office/NN reported/VBD "
                + "--/: a/DT development/NN that/WDT worries/VBZ investors/NNS ./."));
        assertEquals("the budget office", q.speakerDescription());
        assertEquals("The deficit will grow", q.text());
    }

    @Test
    void aSecondPredicateReadAsAParticipleStillTakesTheQuotationAfterItsComma() {
        FoundQuote q = only(find("He/PRP then/RB put/VBD on/RP an/DT accent/NN and/CC joked/VBN ,/, \u201C/`` We/PRP "
                + "will/MD be/VB fine/JJ ./. \u201D/''"));
        assertEquals("joked", q.cue());
        assertEquals("We will be fine.", q.text());
    }

    @Test
    void theNextStatementAfterButWentOnToSayIsItsOwn() {
        List<FoundQuote> quotes = find("Lind/NNP/PERSON joked/VBD that/IN Oslo/NNP/LOCATION was/VBD his/PRP$ "
                + "answer/NN ,/, but/CC went/VBD on/IN to/TO say/VB ,/, \u201C/`` There/EX are/VBP risks/NNS ./. "
                + "\u201D/''");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("Oslo was his answer", quotes.get(0).text());
        assertEquals("There are risks.", quotes.get(1).text());
        assertEquals("Lind", quotes.get(1).speakerName());
    }

    @Test
    void aNamedSpeakerAfterAndEndsTheContentBeforeIt() {
        List<FoundQuote> quotes = find("A/DT woman/NN asked/VBD for/IN a/DT photo/NN and/CC Lind/NNP/PERSON "
                + "said/VBD ,/, \u201C/`` Only/RB if/IN it/PRP is/VBZ legal/JJ ./. \u201D/''");
        FoundQuote said = quotes.stream().filter(q -> q.cue().equals("said")).findFirst().orElseThrow(
                () -> new AssertionError(quotes.toString()));
        assertEquals("Lind", said.speakerName());
        assertEquals("Only if it is legal.", said.text());
        quotes.stream().filter(q -> !q.cue().equals("said"))
                .forEach(q -> assertFalse(q.text().contains("Lind"), q::toString));
        // a name before "and" is part of the content: "found that Berg and Lind said …" is one finding
        FoundQuote found = only(find("The/DT panel/NN found/VBD that/IN Berg/NNP/PERSON and/CC Lind/NNP/PERSON "
                + "said/VBD ,/, \u201C/`` It/PRP is/VBZ legal/JJ ./. \u201D/''"));
        assertTrue(found.text().contains("Lind"), found::toString);
    }

    @Test
    void aRelativeClauseOnATrailingSpeakerMayQuoteAPhraseOfItsOwn() {
        List<FoundQuote> quotes = find("Rask/NNP/PERSON \u201C/`` got/VBD off/RP lightly/RB ,/, \u201D/'' said/VBD "
                + "a/DT former/JJ official/NN who/WP described/VBD the/DT case/NN as/IN \u201C/`` a/DT lesser/JJR "
                + "matter/NN ./. \u201D/''");
        FoundQuote said = quotes.stream().filter(q -> q.cue().equals("said")).findFirst().orElseThrow(
                () -> new AssertionError(quotes.toString()));
        assertEquals("a former official", said.speakerDescription());
        assertTrue(said.text().contains("got off lightly"), said::toString);
    }

    @Test
    void aSubjectWithAnAsideBeforeSaidIsNoOpeningPhraseOfAnInvertedCue() {
        FoundQuote q = only(find("Ada/NNP/PERSON Lind/NNP/PERSON ,/, of/IN the/DT firm/NN 's/POS office/NN ,/, "
                + "said/VBD the/DT company/NN \"/`` urges/VBZ all/DT users/NNS to/TO update/VB \"/'' ./."));
        assertEquals("Ada Lind", q.speakerName(), q::toString);
        assertEquals("said", q.cue());
    }

    @Test
    void talkingToSomeoneInARelativeClauseIsNoStatement() {
        List<FoundQuote> quotes = find("An/DT activist/NN who/WP spoke/VBD to/TO aid/VB workers/NNS at/IN the/DT camp/NN later/RB "
                + "said/VBD there/EX were/VBD no/DT casualties/NNS ./.");
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals("there were no casualties", quotes.get(0).text());
        assertEquals("An activist", quotes.get(0).speakerDescription());
    }

    @Test
    void foundGuiltyIsAVerdictNotAFinding() {
        assertTrue(find("LaRue/NNP/PERSON ,/, the/DT first/JJ person/NN found/VBN guilty/JJ of/IN perjury/NN ,/, "
                + "has/VBZ died/VBN ./.").isEmpty());
        FoundQuote q = only(find("Studies/NNS have/VBP found/VBN little/JJ evidence/NN of/IN harm/NN ./."));
        assertEquals("little evidence of harm", q.text());
    }

    @Test
    void anOrganisationsNameWithCommasInsideIsOnePhrase() {
        FoundQuote q = only(find("The/DT spokesman/NN for/IN the/DT Bureau/NNP/ORGANIZATION of/IN/ORGANIZATION "
                + "Alcohol/NNP/ORGANIZATION ,/,/ORGANIZATION Tobacco/NNP/ORGANIZATION ,/,/ORGANIZATION "
                + "Firearms/NNPS/ORGANIZATION and/CC/ORGANIZATION Explosives/NNPS/ORGANIZATION said/VBD one/CD "
                + "agent/NN was/VBD hurt/VBN ./."));
        assertNotNull(q.speakerDescription(), q::toString);
        assertTrue(q.speakerDescription().contains("Bureau of Alcohol, Tobacco, Firearms and Explosives"),
                q::toString);
    }

    @Test
    void aTrailingAttributionsTailMayHoldAParticipleReadAsAPastOrAHyphenatedAdverb() {
        FoundQuote aired = only(find("\u201C/`` We/PRP started/VBD at/IN three/CD percent/NN ,/, \u201D/'' "
                + "Lind/NNP/PERSON said/VBD in/IN an/DT interview/NN aired/VBD Monday/NNP ./."));
        assertEquals("We started at three percent,", aired.text());
        assertEquals("Lind", aired.speakerName());
        FoundQuote factly = only(find("\u201C/`` We/PRP had/VBD better/JJR days/NNS ,/, \u201D/'' Ivo/NNP/PERSON "
                + "Rask/NNP/PERSON said/VBD matter/NN -/HYPH of/IN -/HYPH factly/RB as/IN the/DT hall/NN "
                + "emptied/VBD ./."));
        assertEquals("We had better days,", factly.text());
        assertEquals("Ivo Rask", factly.speakerName());
    }

    @Test
    void aPastAfterTheObjectOfAPrepositionIsAParticipleOnIt() {
        FoundQuote q = only(find("\u201C/`` Listen/VB first/RB ,/, \u201D/'' Lind/NNP/PERSON told/VBD "
                + "Kell/NNP/ORGANIZATION TV/NNP/ORGANIZATION in/IN a/DT video/NN posted/VBD to/TO its/PRP$ "
                + "account/NN ./."));
        assertEquals("told Kell TV", q.cue());
        // a clause opener or "with" before the phrase leaves the verb its own
        List<FoundQuote> spoke = find("If/IN the/DT two/CD spoke/VBD about/IN the/DT deal/NN ,/, it/PRP was/VBD "
                + "brief/JJ ./.");
        assertTrue(spoke.stream().anyMatch(a -> a.cue().equals("spoke about")), spoke::toString);
    }

    @Test
    void aParticipleOfSayingAfterAnOpeningPrepositionSpeaksForTheMainClausesSubject() {
        List<FoundQuote> quotes = find("After/IN saying/VBG her/PRP$ foot/NN was/VBD \u201C/`` so/RB swollen/JJ ,/, "
                + "\u201D/'' Ada/NNP/PERSON Lind/NNP/PERSON was/VBD taken/VBN to/TO hospital/NN ./.");
        FoundQuote saying = quotes.stream().filter(q -> q.cue().equals("saying")).findFirst().orElseThrow(
                () -> new AssertionError(quotes.toString()));
        assertEquals("Ada Lind", saying.speakerName());
        assertEquals("her foot was \u201Cso swollen,\u201D", saying.text());
    }

    @Test
    void aTitleReadAsAParticipleOpensTheSpeakersPhraseAfterAQuotation() {
        FoundQuote q = only(find("\u201C/`` We/PRP will/MD win/VB ,/, \u201D/'' retired/VBN general/JJ "
                + "Lloyd/NNP/PERSON Nolan/NNP/PERSON said/VBD ./."));
        assertEquals("Lloyd Nolan", q.speakerName());
        assertEquals("We will win,", q.text());
    }

    @Test
    void aOneWordSubjectBeforeAQuotationGoingOnInLowerCaseIsPartOfWhatWasSaid() {
        FoundQuote q = only(find("Lind/NNP/PERSON \u201C/`` is/VBZ the/DT only/JJ candidate/NN ,/, \u201D/'' "
                + "Rask/NNP/PERSON said/VBD ./."));
        assertEquals("Lind \u201Cis the only candidate,\u201D", q.text());
        assertEquals("Rask", q.speakerName());
    }

    @Test
    void aParentheticalAfterAnInvertedSpeakerIsTheWritersAside() {
        FoundQuote q = only(find("The/DT tax/NN \u201C/`` is/VBZ a/DT misguided/JJ approach/NN ,/, \u201D/'' said/VBD "
                + "Mr./NNP Burk/NNP/PERSON (/-LRB- a/DT view/NN echoed/VBN by/IN everyone/NN I/PRP asked/VBD )/-RRB- ./."));
        assertEquals("Burk", q.speakerName(), q::toString);
        assertTrue(q.text().contains("misguided approach"), q::toString);
    }

    @Test
    void theOneFilmedSpeaksAParticipleOfSaying() {
        FoundQuote q = only(find("The/DT ad/NN uses/VBZ footage/NN of/IN Ada/NNP/PERSON Lind/NNP/PERSON asking/VBG ,/, "
                + "\u201C/`` Why/WRB are/VBP we/PRP behind/RB ?/. \u201D/''"));
        assertEquals("Ada Lind", q.speakerName());
        assertEquals("Why are we behind?", q.text());
    }

    @Test
    void aShortAnswerWithoutAVerbBeforeATrailingAttributionIsWhatWasSaid() {
        List<FoundQuote> quotes = find("Lind/NNP/PERSON offered/VBD a/DT debate/NN ./. Sorry/JJ ,/, Rask/NNP/PERSON "
                + "said/VBD ./.");
        FoundQuote sorry = quotes.stream().filter(q -> q.cue().equals("said")).findFirst().orElseThrow(
                () -> new AssertionError(quotes.toString()));
        assertEquals("Sorry", sorry.text());
        assertEquals("Rask", sorry.speakerName());
        // not a name with its description, nor an opening phrase, nor a sentence that goes on
        assertTrue(find("Sam/NNP/PERSON Lau/NNP/PERSON ,/, the/DT party/NN 's/POS spokesman/NN ,/, said/VBD ./.")
                .isEmpty());
        assertTrue(find("On/IN Tuesday/NNP ,/, he/PRP said/VBD ./.").isEmpty());
        FoundQuote verdict = only(find("The/DT verdict/NN ,/, he/PRP said/VBD ,/, was/VBD unfair/JJ ./."));
        assertEquals("The verdict \u2026 was unfair", verdict.text());
    }

    @Test
    void theReviewedRulesKeepTheirOrdinaryNeighbours() {
        // a relative clause between dashes on the content's subject stays in the content
        FoundQuote audit = only(find("She/PRP said/VBD the/DT audit/NN --/: which/WDT was/VBD ordered/VBN by/IN the/DT "
                + "board/NN --/: found/VBD that/IN funds/NNS were/VBD missing/JJ ./."));
        assertTrue(audit.text().endsWith("funds were missing"), audit::toString);
        // "failed to tell" is the content's subject's act, not the speaker's next statement
        FoundQuote failed = find("The/DT report/NN said/VBD the/DT agency/NN ignored/VBD the/DT risk/NN and/CC "
                + "failed/VBD to/TO tell/VB residents/NNS ./.").get(0);
        assertTrue(failed.text().endsWith("failed to tell residents"), failed::toString);
        // a perfect's "by" is how it was said: the clause after it is what
        FoundQuote phone = only(find("Officials/NNS have/VBP said/VBN by/IN phone/NN that/IN the/DT plant/NN "
                + "is/VBZ safe/JJ ./."));
        assertEquals("the plant is safe", phone.text());
        // "have found little to suggest" is a finding
        FoundQuote little = only(find("Investigators/NNS have/VBP found/VBN little/JJ to/TO suggest/VB foul/JJ "
                + "play/NN ./."));
        assertTrue(little.text().startsWith("little"), little::toString);
        // "Without mentioning" reports nothing said
        assertTrue(find("Without/IN mentioning/VBG Lind/NNP/PERSON by/IN name/NN ,/, Rask/NNP/PERSON "
                + "warned/VBD against/IN demagogues/NNS ./.").stream().noneMatch(q -> q.cue().equals("mentioning")));
        // an opening place without a comma: the officials speak
        FoundQuote ohio = only(find("In/IN Ohio/NNP/LOCATION officials/NNS said/VBD on/IN Tuesday/NNP that/IN the/DT "
                + "bridge/NN was/VBD safe/JJ ./."));
        assertEquals("the bridge was safe", ohio.text());
        // a clause-taking cue in a relative clause keeps its clause, verb of saying and all
        List<FoundQuote> critics = find("Critics/NNS who/WP argue/VBP the/DT president/NN said/VBD too/RB little/JJ "
                + "want/VBP hearings/NNS ./.");
        assertTrue(critics.stream().noneMatch(q -> q.text().equals("the president")), critics::toString);
        // a clause of reason stays in the content
        FoundQuote because = find("The/DT mayor/NN said/VBD the/DT schools/NNS will/MD close/VB ,/, because/IN "
                + "inspectors/NNS told/VBD her/PRP the/DT roofs/NNS were/VBD unsafe/JJ ./.").get(0);
        assertTrue(because.text().contains("because inspectors"), because::toString);
        // a quoted phrase with commas inside a relative clause on a trailing speaker
        List<FoundQuote> frankly = find("\u201C/`` It/PRP was/VBD minor/JJ ,/, \u201D/'' said/VBD an/DT official/NN "
                + "who/WP called/VBD it/PRP \u201C/`` a/DT lesser/JJR matter/NN ,/, frankly/RB ,/, and/CC a/DT "
                + "distraction/NN ./. \u201D/''");
        assertTrue(frankly.stream().anyMatch(q -> q.text().equals("It was minor,")), frankly::toString);
    }

    @Test
    void untaggedTextKeepsAQuotationAfterACapitalisedWordItsOwn() {
        // without tags every capitalised word looks like a noun: "But" is no subject of the quotation
        List<FoundQuote> quotes = find("But \u201C we will not , \u201D she said .");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("But")), quotes::toString);
    }

    @Test
    void aRecordingOfSomeoneSpeakingGivesTheWordsToThePersonFilmed() {
        List<FoundQuote> ad = find("The/DT ad/NN shows/VBZ a/DT video/NN of/IN Lena/NNP/PERSON Rask/NNP/PERSON "
                + "saying/VBG ,/, \u201C/`` We/PRP will/MD not/RB back/VB down/RP ./. \u201D/''");
        FoundQuote q = only(ad);
        assertEquals("Lena Rask", q.speakerName());
        assertEquals("saying", q.cue());
        // what shows the video reports nothing itself
        assertTrue(find("The/DT ad/NN shows/VBZ the/DT mayor/NN cutting/VBG ribbons/NNS ./.").stream()
                .noneMatch(x -> x.cue().equals("saying")));
    }

    @Test
    void aRelativeClauseAfterAListOfNamesBelongsToTheLastName() {
        FoundQuote q = only(find("The/DT gala/NN drew/VBD Ana/NNP/PERSON Souza/NNP/PERSON ,/, Tom/NNP/PERSON "
                + "Briggs/NNP/PERSON and/CC Lena/NNP/PERSON Rask/NNP/PERSON ,/, who/WP joked/VBD of/IN the/DT "
                + "hall/NN ,/, \u201C/`` It/PRP took/VBD long/RB enough/RB to/TO build/VB ./. \u201D/''"));
        assertEquals("Lena Rask", q.speakerName());
        // a name and an appositive that ends in a name is no list: the first name speaks
        FoundQuote adviser = find("\u201C/`` Jobs/NNS matter/VBP most/RBS ,/, \u201D/'' said/VBD Tom/NNP/PERSON "
                + "Briggs/NNP/PERSON ,/, a/DT former/JJ adviser/NN to/TO President/NNP Ana/NNP/PERSON "
                + "Souza/NNP/PERSON ,/, who/WP has/VBZ advised/VBN the/DT campaign/NN ./.").get(0);
        assertEquals("Tom Briggs", adviser.speakerName());
    }

    @Test
    void whomAQuotationIsSaidOfBelongsToTheCue() {
        FoundQuote of = only(find("Lund/NNP/PERSON said/VBD of/IN Rask/NNP/PERSON ,/, \u201C/`` He/PRP is/VBZ "
                + "not/RB ready/JJ ./. \u201D/''"));
        assertEquals("said of Rask", of.cue());
        assertEquals("He is not ready.", of.text());
        FoundQuote colon = only(find("She/PRP wrote/VBD of/IN her/PRP$ father/NN :/: \u201C/`` He/PRP never/RB "
                + "gave/VBD up/RP ./. \u201D/''"));
        assertEquals("wrote of her father:", colon.cue());
        assertEquals("He never gave up.", colon.text());
    }

    @Test
    void aThingAfterToWithARelativeClauseIsNoAddressee() {
        // what is pointed to is the content, its relative clause with it
        FoundQuote poll = only(find("Cruz/NNP/PERSON pointed/VBD to/TO the/DT poll/NN that/WDT shows/VBZ him/PRP "
                + "ahead/RB ./."));
        assertEquals("pointed to", poll.cue());
        assertEquals("the poll that shows him ahead", poll.text());
        // "adds to the drama that …" and "began to respond to the anthems that …" report nothing
        assertTrue(find("The/DT delay/NN adds/VBZ to/TO the/DT drama/NN that/WDT has/VBZ surrounded/VBN the/DT "
                + "project/NN ./.").isEmpty());
        // after a cue that tells something to someone, a clause with its own subject is what was told
        FoundQuote news = only(find("The/DT agency/NN reports/VBZ to/TO news/NN that/IN the/DT quake/NN began/VBD "
                + "near/IN Cobb/NNP/LOCATION ./."));
        assertEquals("the quake began near Cobb", news.text());
        // an addressee before "that" still is one
        FoundQuote reporters = only(find("Lund/NNP/PERSON explained/VBD to/TO reporters/NNS that/IN the/DT "
                + "bridge/NN was/VBD safe/JJ ./."));
        assertEquals("the bridge was safe", reporters.text());
    }

    @Test
    void aDashAsideClosesBeforeAMainCueReadAsAParticiple() {
        List<FoundQuote> found = find("Lund/NNP/PERSON -/, who/WP said/VBD he/PRP would/MD bomb/VB oil/NN "
                + "fields/NNS seized/VBN by/IN the/DT rebels/NNS -/: said/VBN at/IN a/DT rally/NN that/IN the/DT "
                + "borders/NNS should/MD close/VB ./.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("he would bomb oil fields seized by the rebels", found.get(0).text());
        assertEquals("the borders should close", found.get(1).text());
    }

    @Test
    void aSourceAfterTheOccasionIsNoContentOfTheCue() {
        FoundQuote q = only(find("Walker/NNP/PERSON spoke/VBD at/IN the/DT convention/NN on/IN Monday/NNP/DATE ,/, "
                + "according/VBG to/TO a/DT report/NN from/IN WKOW/NNP/ORGANIZATION ./."));
        assertEquals("according to", q.cue());
        assertEquals("Walker spoke at the convention on Monday", q.text());
    }

    @Test
    void aQuotationEndingTheSentenceAfterAsidesIsWhatWasSaid() {
        FoundQuote q = only(find("Souza/NNP/PERSON said/VBD on/IN Twitter/NNP on/IN Monday/NNP/DATE ,/, in/IN "
                + "reference/NN to/TO her/PRP$ first/JJ child/NN ,/, a/DT girl/NN born/VBN in/IN 2014/CD/DATE ,/, "
                + "\u201C/`` She/PRP is/VBZ going/VBG to/TO be/VB a/DT big/JJ sister/NN !/. \u201D/''"));
        assertEquals("Souza", q.speakerName());
        assertEquals("She is going to be a big sister!", q.text());
        // a quoted phrase in lower case belongs to the content that leads up to it
        FoundQuote visit = only(find("Tefft/NNP/PERSON wrote/VBD about/IN a/DT visit/NN by/IN Souza/NNP/PERSON "
                + "and/CC her/PRP$ husband/NN ,/, Lund/NNP/PERSON ,/, \u201C/`` at/IN the/DT invitation/NN of/IN "
                + "a/DT banker/NN ./. \u201D/''"));
        assertTrue(visit.text().startsWith("a visit"), visit::toString);
    }

    @Test
    void aPerfectCoordinatedAfterAnotherPredicateReportsForTheSameSubject() {
        List<FoundQuote> found = find("Souza/NNP/PERSON has/VBZ urged/VBN allies/NNS to/TO spend/VB more/JJR but/CC "
                + "has/VBZ said/VBN she/PRP will/MD honour/VB the/DT treaty/NN ./.");
        FoundQuote said = found.stream().filter(q -> q.cue().equals("said")).findFirst().orElseThrow();
        assertEquals("Souza", said.speakerName());
        assertEquals("she will honour the treaty", said.text());
    }

    @Test
    void goingOnToSayAfterACommaReportsForTheClausesSubject() {
        List<FoundQuote> found = find("\u201C/`` It/PRP is/VBZ late/JJ ,/, \u201D/'' Lund/NNP/PERSON said/VBD ,/, "
                + "going/VBG on/IN to/TO say/VB that/IN the/DT plan/NN had/VBD failed/VBN ./.");
        FoundQuote say = found.stream().filter(q -> q.cue().equals("say")).findFirst().orElseThrow();
        assertEquals("Lund", say.speakerName());
        assertEquals("the plan had failed", say.text());
        // a progressive is no such participle: "was trying to ask Trump a question" reports nothing said
        assertTrue(find("She/PRP was/VBD trying/VBG to/TO ask/VB Lund/NNP/PERSON a/DT question/NN ./.").isEmpty());
    }

    @Test
    void theOneBlamedForSayingSaidIt() {
        FoundQuote lund = only(find("The/DT party/NN expelled/VBD Lund/NNP/PERSON for/IN saying/VBG that/IN the/DT "
                + "banks/NNS control/VBP the/DT press/NN ./."));
        assertEquals("Lund", lund.speakerName());
        assertEquals("the banks control the press", lund.text());
        // an object pronoun: the one it stands for, not the network
        FoundQuote him = only(find("Tom/NNP/PERSON Lund/NNP/PERSON ran/VBD the/DT news/NN desk/NN ./.",
                "The/DT network/NN fired/VBD him/PRP for/IN saying/VBG the/DT vote/NN was/VBD rigged/VBN ./."));
        assertEquals("Tom Lund", him.speakerName());
        assertEquals("the vote was rigged", him.text());
    }

    @Test
    void anAsideBetweenDashesBeforeAnAuxiliaryAndTheCue() {
        FoundQuote q = only(find("Some/DT candidates/NNS \u2014/: for/IN instance/NN ,/, Lena/NNP/PERSON "
                + "Rask/NNP/PERSON ,/, who/WP voted/VBD against/IN the/DT bill/NN \u2014/: have/VBP also/RB "
                + "said/VBN they/PRP would/MD "
                + "close/VB the/DT department/NN ./."));
        assertEquals("Some candidates", q.speakerDescription());
        assertEquals("they would close the department", q.text());
        // the horizontal bar sets off an aside as the em dash does
        FoundQuote bar = only(find("Three/CD senators/NNS \u2015/SYM all/DT former/JJ governors/NNS \u2015/NFP "
                + "have/VBP said/VBN they/PRP back/VBP the/DT plan/NN ./."));
        assertEquals("they back the plan", bar.text());
    }

    @Test
    void asSomeoneSaidInsideTheSentencePointsBackAtTheQuotation() {
        FoundQuote q = only(find("Still/RB ,/, the/DT race/NN \u201C/`` is/VBZ a/DT dead/JJ heat/NN ,/, "
                + "\u201D/'' as/IN Lund/NNP/PERSON said/VBD on/IN the/DT radio/NN ,/, only/RB raises/VBZ the/DT "
                + "stakes/NNS ./."));
        assertEquals("Lund", q.speakerName());
        assertEquals("said", q.cue());
        assertTrue(q.text().startsWith("is a dead heat"), q::toString);
        // "as" for "while", with words of its own, reports them
        List<FoundQuote> echo = find("The/DT crowd/NN cheered/VBD as/IN Lund/NNP/PERSON said/VBD that/IN the/DT "
                + "plant/NN would/MD stay/VB open/JJ ./.");
        assertEquals("the plant would stay open", only(echo).text());
    }

    @Test
    void aSubjectWithARelativeClauseAfterASubordinatorInsideTheSentence() {
        List<FoundQuote> found = find("The/DT silence/NN comes/VBZ after/IN the/DT ministry/NN ,/, which/WDT "
                + "first/RB said/VBD it/PRP would/MD wait/VB ,/, said/VBD it/PRP would/MD act/VB now/RB ./.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("it would act now", found.get(1).text());
        assertEquals("the ministry", found.get(1).speakerDescription());
    }

    @Test
    void aNameGivenIsNoCall() {
        assertTrue(find("The/DT campaign/NN hired/VBD a/DT firm/NN called/VBN Harbour/NNP/ORGANIZATION "
                + "Analytics/NNP/ORGANIZATION ./.").isEmpty());
        // the phrase and its name are a subject that may speak
        FoundQuote local = only(find("A/DT news/NN site/NN called/VBN \u201C/`` The/DT Ledger/NNP \u201D/'' "
                + "reported/VBD that/IN the/DT mayor/NN had/VBD resigned/VBN ./."));
        assertEquals("the mayor had resigned", local.text());
        assertTrue(local.speakerDescription().contains("The Ledger"), local::toString);
        // a person calling someone something reports a view
        FoundQuote prince = only(find("One/CD lawmaker/NN called/VBD Lund/NNP/PERSON \u201C/`` the/DT orange/JJ "
                + "prince/NN ./. \u201D/''"));
        assertEquals("called", prince.cue());
    }

    @Test
    void aPriceChargedIsNoCharge() {
        assertTrue(find("The/DT club/NN charged/VBD a/DT $/$ 100,000/CD fee/NN ./.").isEmpty());
        assertTrue(find("Lund/NNP/PERSON charged/VBD more/JJR than/IN that/DT ./.").isEmpty());
        // an accusation still is one
        FoundQuote q = only(find("Lund/NNP/PERSON charged/VBD that/IN the/DT count/NN was/VBD rigged/VBN ./."));
        assertEquals("the count was rigged", q.text());
    }

    @Test
    void whatIsSaidNamedAsTheSubjectIsNoReport() {
        assertTrue(find("Nothing/NN the/DT senator/NN said/VBD changed/VBD the/DT outcome/NN ./.").isEmpty());
        // after a dash the verb after the cue is what they argue
        List<FoundQuote> argue = find("It/PRP will/MD be/VB hard/JJ to/TO win/VB \u2014/: something/NN Lund/NNP/PERSON "
                + "aides/NNS argue/VBP is/VBZ possible/JJ ./.");
        assertTrue(argue.stream().anyMatch(q -> q.cue().equals("argue")), argue::toString);
    }

    @Test
    void aParticipleAsideRunsOnThroughAPlaceAndItsState() {
        FoundQuote q = only(find("Lund/NNP/PERSON ,/, speaking/VBG at/IN a/DT rally/NN in/IN Wilmington/NNP/LOCATION "
                + ",/, N.C./NNP/LOCATION ,/, warned/VBD that/IN the/DT plant/NN would/MD close/VB ./."));
        assertEquals("warned", q.cue());
        assertEquals("the plant would close", q.text());
    }

    @Test
    void aRelativeClauseOnTheNounOfATrailingCuesPhraseIsNoContent() {
        FoundQuote q = only(find("\u201C/`` It/PRP is/VBZ like/IN a/DT new/JJ plane/NN ,/, \u201D/'' Lund/NNP/PERSON "
                + "said/VBD in/IN a/DT documentary/NN that/WDT showed/VBD off/RP the/DT cabin/NN ./."));
        assertEquals("Lund", q.speakerName());
        assertEquals("It is like a new plane,", q.text());
        // without a quotation before the cue the clause may hold what was said
        List<FoundQuote> phrase = find("Lund/NNP/PERSON responded/VBD with/IN a/DT phrase/NN that/WDT could/MD "
                + "have/VB come/VBN from/IN Rask/NNP/PERSON :/: \u201C/`` Do/VB not/RB moan/VB ./. \u201D/''");
        assertTrue(phrase.stream().anyMatch(x -> x.text().contains("Do not moan")), phrase::toString);
    }

    @Test
    void aClauseOfTimeWithoutItsSubjectIsNoContent() {
        List<FoundQuote> found = find("\u201C/`` That/DT is/VBZ fair/JJ game/NN ,/, \u201D/'' Lund/NNP/PERSON "
                + "warned/VBD ,/, and/CC Rask/NNP/PERSON told/VBD the/DT paper/NN when/WRB asked/VBN about/IN "
                + "it/PRP ./.");
        assertTrue(found.stream().noneMatch(x -> x.cue().startsWith("told")), found::toString);
    }

    @Test
    void aQuestionInAnInnerQuotationEndsTheSentenceBeforeTheAttribution() {
        // the splitter ends the sentence after "?'”", so "he added." opens a sentence of its own
        List<FoundQuote> found = find("\u201C/`` We/PRP want/VBP to/TO know/VB ,/, '/`` Does/VBZ he/PRP share/VB "
                + "our/PRP$ values/NNS ?/. '/'' \u201D/'' <s> he/PRP added/VBD ./.");
        FoundQuote q = only(found);
        assertEquals("added", q.cue());
        assertTrue(q.text().startsWith("We want to know"), q::toString);
    }

    @Test
    void aContractedIsWithACurlyApostropheMakesAProgressive() {
        FoundQuote q = only(find("Lund/NNP/PERSON spoke/VBD first/RB ./. He/PRP \u2019s/POS claiming/VBG that/IN "
                + "the/DT count/NN was/VBD rigged/VBN ./."));
        assertEquals("claiming", q.cue());
        assertEquals("the count was rigged", q.text());
        assertEquals("Lund", q.speakerName());
    }

    @Test
    void aTimeBetweenARelativePronounAndItsCue() {
        FoundQuote q = only(find("Voters/NNS met/VBD Lund/NNP/PERSON ,/, who/WP in/IN 2010/CD/DATE said/VBD the/DT "
                + "goal/NN was/VBD to/TO win/VB ./."));
        assertEquals("Lund", q.speakerName());
        assertEquals("the goal was to win", q.text());
    }

    @Test
    void aParticipleOnTheOccasionOfSpeakingReportsForTheSpeaker() {
        List<FoundQuote> found = find("\u201C/`` We/PRP will/MD get/VB there/RB ,/, \u201D/'' Lund/NNP/PERSON said/VBD "
                + "at/IN a/DT news/NN conference/NN announcing/VBG that/IN the/DT state/NN would/MD sue/VB ./.");
        FoundQuote announcing = found.stream().filter(q -> q.cue().equals("announcing")).findFirst().orElseThrow();
        assertEquals("Lund", announcing.speakerName());
        assertEquals("the state would sue", announcing.text());
    }

    @Test
    void aPassiveSubjectMadeToSpeakSaysIt() {
        FoundQuote q = only(find("The/DT debate/NN was/VBD so/RB calm/JJ that/IN Lund/NNP/PERSON was/VBD prompted/VBN "
                + "to/TO say/VB ,/, \u201C/`` I/PRP can/MD not/RB believe/VB it/PRP ./. \u201D/''"));
        assertEquals("Lund", q.speakerName());
        assertEquals("say", q.cue());
    }

    @Test
    void anOpeningParticipleAfterAnAdverbAndItsComma() {
        List<FoundQuote> found = find("Now/RB ,/, after/IN arguing/VBG that/IN the/DT race/NN had/VBD narrowed/VBN ,/, "
                + "the/DT team/NN is/VBZ suggesting/VBG that/IN it/PRP is/VBZ over/RB ./.");
        FoundQuote arguing = found.stream().filter(q -> q.cue().equals("arguing")).findFirst().orElseThrow();
        assertEquals("the race had narrowed", arguing.text());
        assertEquals("the team", arguing.speakerDescription());
    }

    @Test
    void theFifteenthRoundsRulesKeepTheirOrdinaryNeighbours() {
        // a possessive after "called" opens the object of a view, no name given
        FoundQuote report = only(find("A/DT report/NN called/VBD Lund/NNP/PERSON 's/POS plan/NN \u201C/`` dangerous/JJ "
                + "./. \u201D/''"));
        assertEquals("called", report.cue());
        // a cue that may tell someone something keeps its clause after "to" a body and "that"
        FoundQuote pledged = only(find("The/DT mayor/NN pledged/VBD to/TO the/DT crowd/NN that/IN the/DT city/NN "
                + "would/MD rebuild/VB ./."));
        assertEquals("the city would rebuild", pledged.text());
        // an answer "to the letter that he would not resign" answers with the clause
        FoundQuote replied = only(find("Lund/NNP/PERSON replied/VBD to/TO the/DT letter/NN that/IN he/PRP would/MD "
                + "not/RB resign/VB ./."));
        assertEquals("he would not resign", replied.text());
        // speaking to a crowd that gathered reports nothing
        assertTrue(find("Lund/NNP/PERSON spoke/VBD to/TO the/DT crowd/NN that/WDT had/VBD gathered/VBN ./.").isEmpty());
        // "according to" between the cue and its "that": the cue keeps its clause
        List<FoundQuote> transcript = find("Lund/NNP/PERSON said/VBD on/IN Monday/NNP/DATE ,/, according/VBG to/TO "
                + "a/DT transcript/NN released/VBN by/IN the/DT campaign/NN ,/, that/IN he/PRP would/MD not/RB "
                + "accept/VB the/DT results/NNS ./.");
        assertTrue(transcript.stream().anyMatch(q -> q.text().equals("he would not accept the results")),
                transcript::toString);
        // "as" for "while": a quotation chanted as someone spoke is not the speaker's
        List<FoundQuote> chanted = find("Students/NNS chanted/VBD \u201C/`` Black/JJ lives/NNS matter/VBP \u201D/'' "
                + "as/IN the/DT mayor/NN spoke/VBD ./.");
        assertTrue(chanted.stream().noneMatch(q -> q.cue().equals("spoke")), chanted::toString);
        // a title after "talked about his book," is no quotation of his
        List<FoundQuote> book = find("Lund/NNP/PERSON talked/VBD about/IN his/PRP$ book/NN ,/, \u201C/`` The/DT "
                + "Art/NNP of/IN the/DT Deal/NNP ,/, \u201D/'' which/WDT sold/VBD well/RB ./.");
        assertTrue(book.stream().noneMatch(q -> q.direct()), book::toString);
        // "It’s said that …" is a passive of no one's
        assertTrue(find("It/PRP \u2019s/POS said/VBD that/IN the/DT mill/NN is/VBZ haunted/JJ ./.").isEmpty());
        // someone else's speech is no occasion of the subject's
        List<FoundQuote> speech = find("Protesters/NNS interrupted/VBD Lund/NNP/PERSON 's/POS speech/NN calling/VBG "
                + "for/IN a/DT ban/NN ./.");
        assertTrue(speech.stream().noneMatch(q -> "Protesters".equals(q.speakerDescription())), speech::toString);
        // "charged more than once that …" is an accusation
        FoundQuote once = only(find("Democrats/NNPS have/VBP charged/VBN more/JJR than/IN once/RB that/IN the/DT "
                + "count/NN was/VBD rigged/VBN ./."));
        assertTrue(once.text().endsWith("the count was rigged"), once::toString);
    }

    @Test
    void whatSeemsSoOrIsExpectedIsSaidByNoOne() {
        // the subject and the complement up to the comma; no one says it, so the export leaves it out
        FoundQuote expected = only(find("The/DT council/NN is/VBZ widely/RB expected/VBN to/TO approve/VB the/DT "
                + "budget/NN on/IN Tuesday/NNP/DATE ,/, ending/VBG a/DT long/JJ fight/NN ./."));
        assertEquals("The council \u2026 to approve the budget on Tuesday", expected.text());
        assertEquals("is widely expected", expected.cue());
        assertTrue(expected.sourceless(), expected::toString);
        FoundQuote unmoved = only(find("Voters/NNS in/IN the/DT north/NN seemed/VBD largely/RB unmoved/JJ by/IN "
                + "the/DT ads/NNS ./."));
        assertEquals("Voters in the north \u2026 largely unmoved by the ads", unmoved.text());
        // "it" is no subject of what seems so
        FoundQuote dam = only(find("It/PRP now/RB appears/VBZ that/IN the/DT dam/NN will/MD hold/VB ./."));
        assertEquals("the dam will hold", dam.text());
        // one shows up on television; and what one appears to say is one's own
        assertTrue(find("The/DT mayor/NN appeared/VBD on/IN television/NN on/IN Sunday/NNP/DATE ./.").isEmpty());
        FoundQuote say = only(find("Lund/NNP/PERSON appeared/VBD to/TO say/VB that/IN the/DT plan/NN was/VBD "
                + "dead/JJ ./."));
        assertEquals("Lund", say.speakerName());
        assertEquals("the plan was dead", say.text());
        // the passive as the reading knows it, also behind "had been"
        FoundQuote had = only(find("The/DT vote/NN had/VBD been/VBN expected/VBN to/TO pass/VB easily/RB ./."));
        assertTrue(had.sourceless(), had::toString);
        assertEquals("The vote \u2026 to pass easily", had.text());
        // what is said or believed of someone, and a clause that is hearsay, whose cue is still read
        FoundQuote furious = only(find("The/DT chairman/NN was/VBD said/VBN to/TO be/VB furious/JJ with/IN "
                + "the/DT board/NN ./."));
        assertEquals("The chairman \u2026 to be furious with the board", furious.text());
        assertTrue(furious.sourceless(), furious::toString);
        List<FoundQuote> hearsay = find("Lund/NNP/PERSON reportedly/RB wants/VBZ a/DT boxer/NN at/IN the/DT "
                + "gala/NN ./.");
        assertTrue(hearsay.stream().anyMatch(q -> q.sourceless() && q.text().equals("Lund \u2026 wants a boxer at "
                + "the gala")), hearsay::toString);
        assertTrue(hearsay.stream().anyMatch(q -> "Lund".equals(q.speakerName()) && q.cue().equals("wants")),
                hearsay::toString);
        // what seems so leaves a speech cue after it and a stance cue in it to be read
        List<FoundQuote> shaken = find("The/DT minister/NN appeared/VBD visibly/RB shaken/VBN when/WRB she/PRP "
                + "told/VBD reporters/NNS that/IN the/DT deal/NN was/VBD off/RB ./.");
        assertTrue(shaken.stream().anyMatch(q -> q.cue().equals("told reporters")
                && q.text().equals("the deal was off")), shaken::toString);
        List<FoundQuote> cabinet = find("Lind/NNP/PERSON seems/VBZ to/TO want/VB a/DT cabinet/NN of/IN stars/NNS ./.");
        assertTrue(cabinet.stream().anyMatch(q -> "Lind".equals(q.speakerName()) && q.cue().equals("want")),
                cabinet::toString);
        // a relative clause's cue takes no content after its closing comma: the verb there is the subject's
        FoundQuote dead = only(find("Lind/NNP/PERSON ,/, who/WP seemed/VBD to/TO agree/VB ,/, said/VBD the/DT "
                + "plan/NN was/VBD dead/JJ ./."));
        assertEquals("said", dead.cue());
        assertEquals("the plan was dead", dead.text());
        FoundQuote heard = only(find("Lund/NNP/PERSON ,/, who/WP heard/VBD Ruiz/NNP/PERSON speak/VB last/JJ/DATE "
                + "year/NN/DATE ,/, said/VBD he/PRP was/VBD impressed/JJ ./."));
        assertEquals("Lund", heard.speakerName());
        // an opening clause after an adverb ends at its comma
        FoundQuote just = only(find("Just/RB as/IN Lund/NNP/PERSON declared/VBD a/DT new/JJ start/NN ,/, "
                + "rebels/NNS took/VBD the/DT city/NN ./."));
        assertEquals("a new start", just.text());
        // a participle in a compound word is no cue ("the most sought-after electives")
        assertTrue(find("It/PRP is/VBZ the/DT most/RBS sought/VBN -/HYPH after/IN course/NN ./.").isEmpty());
        // a quotation after an expectation goes on from the last one who spoke
        List<FoundQuote> after = find("Lund/NNP/PERSON said/VBD the/DT vote/NN would/MD be/VB close/JJ ./.",
                "The/DT measure/NN is/VBZ expected/VBN to/TO pass/VB ./.",
                "\u201C/`` We/PRP have/VBP the/DT numbers/NNS ./. \u201D/''");
        FoundQuote numbers = after.get(after.size() - 1);
        assertTrue(numbers.direct(), after::toString);
        assertEquals("Lund", numbers.speakerName(), after::toString);
    }

    @Test
    void aParagraphAfterAColonThatEndsTheOneBeforeIsWhatWasSaid() {
        List<FoundQuote> block = find("In/IN a/DT speech/NN last/JJ/DATE July/NNP/DATE ,/, Lund/NNP/PERSON "
                + "said/VBD :/:",
                "Let/VB no/DT one/NN be/VB mistaken/VBN ,/, this/DT plan/NN is/VBZ a/DT disaster/NN ./.",
                "The/DT campaign/NN did/VBD not/RB respond/VB ./.");
        FoundQuote said = block.stream().filter(q -> "said".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("Lund", said.speakerName());
        assertEquals("Let no one be mistaken, this plan is a disaster.", said.text());
        assertEquals(1, said.first().paragraph());
        // a colon inside the paragraph, or a list that is no one's words, opens no block
        assertTrue(find("Here/RB is/VBZ the/DT list/NN :/:",
                "Apples/NNS ,/, pears/NNS and/CC plums/NNS ./.").isEmpty());
        List<FoundQuote> inside = find("Lund/NNP/PERSON said/VBD :/: the/DT plan/NN failed/VBD ./.",
                "Prices/NNS rose/VBD again/RB in/IN May/NNP/DATE ./.");
        assertTrue(inside.stream().allMatch(q -> q.first().paragraph() == 0), inside::toString);
    }

    @Test
    void aColonOpensTheClauseAfterAccordingToAndAnAmountIsACuesObject() {
        FoundQuote count = only(find("The/DT result/NN was/VBD clear/JJ :/: according/VBG to/TO the/DT count/NN ,/, "
                + "Lund/NNP/PERSON won/VBD by/IN 40/CD votes/NNS ./."));
        assertEquals("according to", count.cue());
        assertEquals("Lund won by 40 votes", count.text());
        // "holds only 14 percent" has an object: the clause before it is no one's statement
        List<FoundQuote> polls = find("It/PRP has/VBZ not/RB gone/VBN unnoticed/JJ :/: According/VBG to/TO "
                + "recent/JJ polls/NNS ,/, Lund/NNP/PERSON holds/VBZ only/RB 14/CD percent/NN of/IN the/DT "
                + "vote/NN ./.");
        FoundQuote held = only(polls);
        assertEquals("according to", held.cue(), polls::toString);
        assertEquals("Lund holds only 14 percent of the vote", held.text());
    }

    @Test
    void contentsEndWhereTheirParenthesesCloseAndAnOpeningSceneIsNoContent() {
        // a content that starts inside parentheses ends where they close
        FoundQuote kid = only(find("Its/PRP$ history/NN (/-LRB- although/IN Lund/NNP/PERSON won/VBD the/DT spin/NN "
                + "by/IN declaring/VBG himself/PRP the/DT comeback/NN kid/NN )/-RRB- makes/VBZ this/DT a/DT "
                + "contest/NN ./."));
        assertEquals("himself the comeback kid", kid.text());
        // a time dropped from the end takes its preposition with it
        FoundQuote weekend = only(find("Lund/NNP/PERSON called/VBD the/DT mayor/NN a/DT fraud/NN over/IN the/DT "
                + "weekend/NN/DATE ./."));
        assertEquals("the mayor a fraud", weekend.text());
        // a participle's phrase that opens the sentence, with a relative clause, is the scene, not a statement
        List<FoundQuote> standing = find("Standing/VBG alongside/IN Ana/NNP/PERSON Ruiz/NNP/PERSON ,/, who/WP "
                + "founded/VBD the/DT union/NN ,/, Lund/NNP/PERSON accused/VBD the/DT mayor/NN of/IN lying/VBG ./.");
        assertTrue(standing.stream().noneMatch(q -> q.text().startsWith("Standing")), standing::toString);
        // "it appears that" gives a clause or nothing, never the words before a comma of its own clause
        List<FoundQuote> agree = find("It/PRP appears/VBZ that/IN Lund/NNP/PERSON ,/, who/WP ran/VBD ,/, and/CC "
                + "Ruiz/NNP/PERSON do/VBP agree/VB on/IN taxes/NNS ./.");
        assertTrue(agree.stream().noneMatch(q -> q.sourceless() && q.text().equals("Lund")), agree::toString);
    }

    @Test
    void theSixteenthRoundsRulesKeepTheirOrdinaryNeighbours() {
        // whom one tells, and how often one says it, are no object of the cue after a quotation
        FoundQuote win = only(find("\u201C/`` We/PRP will/MD win/VB ,/, \u201D/'' Lund/NNP/PERSON told/VBD "
                + "nearly/RB 10,000/CD supporters/NNS at/IN a/DT rally/NN ./."));
        assertEquals("Lund", win.speakerName());
        assertTrue(win.direct(), win::toString);
        // what seems so, or is expected, takes no one's words: cues and quotations in it are still read
        List<FoundQuote> aides = find("It/PRP appears/VBZ that/IN the/DT president/NN told/VBD aides/NNS he/PRP "
                + "would/MD veto/VB the/DT bill/NN ./.");
        assertTrue(aides.stream().anyMatch(q -> q.cue().equals("told aides")
                && q.text().equals("he would veto the bill")), aides::toString);
        List<FoundQuote> calls = find("Lund/NNP/PERSON is/VBZ expected/VBN to/TO unveil/VB a/DT plan/NN she/PRP "
                + "calls/VBZ \u201C/`` Care/NN for/IN All/DT \u201D/'' on/IN Tuesday/NNP/DATE ./.");
        assertTrue(calls.stream().anyMatch(q -> q.cue().equals("calls") && q.text().contains("Care for All")),
                calls::toString);
        // a paragraph with a narrator's attribution of its own, or what is left of an embedded post, is no block
        List<FoundQuote> ford = find("Lund/NNP/PERSON said/VBD :/:", "The/DT plan/NN is/VBZ dead/JJ ,/, "
                + "Ford/NNP/PERSON told/VBD reporters/NNS later/RB ./.");
        assertTrue(ford.stream().noneMatch(q -> "Lund".equals(q.speakerName())), ford::toString);
        List<FoundQuote> embed = find("Ford/NNP/PERSON tweeted/VBD :/:",
                "pic.twitter.com/abc/NN \u2014/: Amy/NNP/PERSON Ford/NNP/PERSON June/NNP/DATE 3/CD/DATE");
        assertTrue(embed.isEmpty(), embed::toString);
        List<FoundQuote> heading = find("Here/RB is/VBZ what/WP the/DT reviews/NNS say/VBP :/:",
                "What/WP Does/VBZ Stadia/NNP Offer/VB ?/.");
        assertTrue(heading.stream().noneMatch(q -> q.first().paragraph() == 1), heading::toString);
        // "according to" with nothing after it reports the clause before the colon
        FoundQuote clerk = only(find("The/DT figure/NN came/VBD from/IN one/CD source/NN :/: according/VBG to/TO "
                + "the/DT county/NN clerk/NN ./."));
        assertEquals("The figure came from one source", clerk.text());
    }

    @Test
    void aSceneOpeningTheSentenceAndTermsOfSpeakingLeaveTheWordsToTheirSpeaker() {
        // a scene with a verb of its own before the speaker: the quotation after the cue's place is what was said
        FoundQuote spring = only(find("In/IN the/DT spring/NN after/IN the/DT scandal/NN broke/VBD ,/, "
                + "Lund/NNP/PERSON proclaimed/VBD at/IN a/DT news/NN conference/NN ,/, \u201C/`` I/PRP did/VBD "
                + "not/RB send/VB it/PRP ./. \u201D/''"));
        assertTrue(spring.direct(), spring::toString);
        assertEquals("Lund", spring.speakerName());
        // but not when the words before the speaker hold a clause of someone else's
        List<FoundQuote> photo = find("At/IN one/CD point/NN ,/, a/DT woman/NN asked/VBD for/IN a/DT photo/NN "
                + "and/CC Ruiz/NNP/PERSON said/VBD ,/, \u201C/`` as/IN long/RB as/IN we/PRP follow/VBP the/DT "
                + "rules/NNS ./. \u201D/''");
        assertTrue(photo.stream().anyMatch(q -> q.cue().equals("asked for") && q.text().equals("a photo")),
                photo::toString);
        // "on the record" is how it was said, and the clause after its "that" is what; a condition is not
        FoundQuote record = only(find("Lund/NNP/PERSON said/VBD on/IN the/DT record/NN that/IN the/DT plan/NN "
                + "was/VBD dead/JJ ./."));
        assertEquals("the plan was dead", record.text());
        assertTrue(find("Lund/NNP/PERSON spoke/VBD on/IN the/DT condition/NN that/IN she/PRP not/RB be/VB "
                + "named/VBN ./.").isEmpty());
        // a time between the conjunction and the cue: the subject before the conjunction speaks
        List<FoundQuote> monday = find("Lund/NNP/PERSON has/VBZ freed/VBN up/RP funds/NNS and/CC on/IN "
                + "Monday/NNP/DATE announced/VBD more/JJR money/NN was/VBD coming/VBG ./.");
        assertTrue(monday.stream().anyMatch(q -> "Lund".equals(q.speakerName())
                && q.text().equals("more money was coming")), monday::toString);
    }

    @Test
    void aComparisonBetweenTheSubjectAndItsVerbIsAnAsideOfTheContent() {
        FoundQuote poll = only(find("The/DT poll/NN shows/VBZ that/IN Lund/NNP/PERSON ,/, more/JJR than/IN her/PRP$ "
                + "rivals/NNS ,/, would/MD win/VB the/DT state/NN ./."));
        assertEquals("Lund, more than her rivals, would win the state", poll.text());
        // the writer's figure after a whole clause is still left out
        FoundQuote won = only(find("Lund/NNP/PERSON said/VBD she/PRP won/VBD 758/CD delegates/NNS ,/, "
                + "compared/VBN with/IN 538/CD for/IN Ruiz/NNP/PERSON ./."));
        assertEquals("she won 758 delegates", won.text());
    }

    @Test
    void subjectsBehindAContractionAContactClauseOrEach() {
        // a contracted auxiliary between the subject and the cue
        FoundQuote ive = only(find("I/PRP 've/VBP suggested/VBN developers/NNS benefit/VBP from/IN the/DT "
                + "rules/NNS ./."));
        assertEquals("I", ive.speakerDescription());
        assertEquals("developers benefit from the rules", ive.text());
        // a relative clause with no pronoun between the speakers and the cue
        FoundQuote experts = only(find("The/DT experts/NNS I/PRP interviewed/VBD said/VBD her/PRP$ plan/NN "
                + "was/VBD sound/JJ ./."));
        assertEquals("The experts", experts.speakerDescription());
        FoundQuote officials = only(find("Officials/NNS we/PRP spoke/VBD with/IN said/VBD the/DT plan/NN was/VBD "
                + "dead/JJ ./."));
        assertEquals("Officials", officials.speakerDescription());
        // a progressive behind "'s" read as a verb, or behind "has been"
        FoundQuote hes = only(find("He/PRP 's/VBZ suggesting/VBG that/IN the/DT plan/NN is/VBZ dead/JJ ./."));
        assertEquals("the plan is dead", hes.text());
        FoundQuote warning = only(find("Lund/NNP/PERSON has/VBZ been/VBN warning/VBG that/IN the/DT fund/NN is/VBZ "
                + "running/VBG dry/JJ ./."));
        assertEquals("Lund", warning.speakerName());
        // a document's participle after a time: the one who filed it alleges
        FoundQuote lawsuit = only(find("Lund/NNP/PERSON filed/VBD a/DT lawsuit/NN in/IN 2013/CD/DATE alleging/VBG "
                + "that/IN the/DT plan/NN was/VBD illegal/JJ ./."));
        assertEquals("Lund", lawsuit.speakerName());
        assertEquals("the plan was illegal", lawsuit.text());
        // "each" after a comma speaks for the clause's subject
        FoundQuote each = only(find("The/DT two/CD candidates/NNS clashed/VBD ,/, each/DT saying/VBG the/DT "
                + "other/JJ lacks/VBZ judgment/NN ./."));
        assertEquals("The two candidates", each.speakerDescription());
        assertEquals("the other lacks judgment", each.text());
    }

    @Test
    void theSixteenthRoundsLastRulesKeepTheirOrdinaryNeighbours() {
        // "I'm told" is a passive; no one named speaks
        assertTrue(find("I/PRP 'm/VBP told/VBD the/DT vote/NN will/MD come/VB Friday/NNP/DATE ./.").isEmpty());
        // an opening phrase with a clause of its own is what was said, with the quotation that goes on from it
        FoundQuote plan = only(find("Under/IN the/DT plan/NN ,/, taxes/NNS would/MD rise/VB ,/, Lund/NNP/PERSON "
                + "said/VBD ,/, \u201C/`` and/CC that/DT is/VBZ a/DT real/JJ problem/NN ./. \u201D/''"));
        assertTrue(plan.text().startsWith("Under the plan, taxes would rise"), plan::toString);
        // an opening phrase with no verb keeps the cue's addressee
        FoundQuote monday = only(find("On/IN Monday/NNP/DATE ,/, Lund/NNP/PERSON told/VBD reporters/NNS ,/, "
                + "\u201C/`` We/PRP are/VBP going/VBG to/TO win/VB ./. \u201D/''"));
        assertEquals("told reporters", monday.cue());
        // a post in title case with full stops is no heading
        List<FoundQuote> post = find("Lund/NNP/PERSON tweeted/VBD :/:", "The/DT Fake/NNP News/NNP Is/VBZ Going/VBG "
                + "Crazy/NNP With/IN Their/PRP$ Theories/NNS ./.");
        assertTrue(post.stream().anyMatch(q -> q.first().paragraph() == 1), post::toString);
        // "each" after the object is the object's
        List<FoundQuote> voters = find("Reporters/NNS interviewed/VBD 20/CD voters/NNS outside/IN the/DT "
                + "station/NN ,/, each/DT saying/VBG they/PRP were/VBD undecided/JJ ./.");
        assertTrue(voters.stream().noneMatch(q -> "Reporters".equals(q.speakerDescription())), voters::toString);
        // a contact clause after "have" and before "to"
        FoundQuote people = only(find("People/NNS I/PRP 've/VBP talked/VBN to/TO say/VB they/PRP are/VBP "
                + "afraid/JJ ./."));
        assertEquals("People", people.speakerDescription());
    }

    @Test
    void anOpeningClauseOfConcessionKeepsItsOwnSubjectAndTheQuotationAfterTheTopic() {
        List<FoundQuote> found = find("Although/IN the/DT state/NN does/VBZ n't/RB track/VB the/DT rates/NNS and/CC "
                + "has/VBZ maintained/VBN that/IN testing/NN is/VBZ required/VBN ,/, Lind/NNP/PERSON said/VBD "
                + "about/IN the/DT plan/NN ,/, \u201C/`` I/PRP support/VBP parents/NNS making/VBG the/DT best/JJS "
                + "choices/NNS ./. \u201D/''");
        // the words after what it was said about are Lind's, not the opening clause
        FoundQuote lind = found.stream().filter(q -> "Lind".equals(q.speakerName())).findFirst().orElseThrow();
        assertEquals("I support parents making the best choices.", lind.text());
        assertEquals("said about the plan", lind.cue()); // as without the opening clause
        // the verb coordinated in the opening clause is the clause's subject's
        FoundQuote state = found.stream().filter(q -> q.cue().equals("maintained")).findFirst().orElseThrow();
        assertEquals("the state", state.speakerDescription());
        assertEquals("testing is required", state.text());
    }

    @Test
    void aCueWithAStrandedPrepositionIsARelativeClauseOnTheContentsNoun() {
        // "the word Johnson spoke of was …": the clause goes on past the aside and the relative clause
        FoundQuote said = only(find("Lind/NNP/PERSON said/VBD the/DT word/NN \u2014/: a/DT term/NN used/VBN by/IN "
                + "others/NNS \u2014/: Johnson/NNP/PERSON spoke/VBD of/IN was/VBD changing/VBG minds/NNS ./."));
        assertEquals("Lind", said.speakerName());
        assertTrue(said.text().endsWith("was changing minds"), said::toString);
        // the cue with its preposition and an object still reports
        FoundQuote spoke = only(find("Johnson/NNP/PERSON spoke/VBD of/IN the/DT need/NN for/IN change/NN ./."));
        assertEquals("the need for change", spoke.text());
    }

    @Test
    void relativeClausesLanguagesAndAbsolutesThatSayNothing() {
        // a relative clause's cue with only how and when after it takes nothing, and not the words before its noun
        assertTrue(find("They/PRP were/VBD connected/VBN by/IN aides/NNS \u2014/: a/DT pair/NN of/IN Vermonters/NNPS "
                + "who/WP have/VBP spoken/VBN periodically/RB throughout/IN the/DT contest/NN ./.").isEmpty());
        // an infinitive left without its object before the noun's own verb
        assertTrue(find("The/DT divisions/NNS he/PRP promised/VBD to/TO bridge/VB have/VBP only/RB grown/VBN "
                + "deeper/JJR ./.").isEmpty());
        // a language spoken
        assertTrue(find("Perez/NNP/PERSON speaks/VBZ fluent/JJ Spanish/NNP ,/, Castro/NNP/PERSON does/VBZ not/RB ./.")
                .isEmpty());
        // the main clause after an absolute phrase of returns
        assertTrue(find("Clinton/NNP/PERSON led/VBD ,/, but/CC with/IN all/DT precincts/NNS reporting/VBG ,/, the/DT "
                + "race/NN remained/VBD close/JJ ./.").stream().noneMatch(q -> q.cue().equals("reporting")));
        // but a restrictive relative clause on a trailing speaker leaves the speaker to the cue that ends the sentence
        FoundQuote senators = only(find("The/DT plan/NN is/VBZ dead/JJ ,/, two/CD senators/NNS who/WP spoke/VBD "
                + "on/IN condition/NN of/IN anonymity/NN said/VBD ./."));
        assertEquals("two senators", senators.speakerDescription());
        assertEquals("The plan is dead", senators.text());
        // and a cue with a phrase of what about still reports it
        FoundQuote talked = only(find("Lind/NNP/PERSON talked/VBD openly/RB about/IN her/PRP$ views/NNS ./."));
        assertEquals("her views", talked.text());
    }

    @Test
    void peopleWhoFindAWayReportNothingButPollsAndWhatSomeoneFindsSoDo() {
        assertTrue(find("Lind/NNP/PERSON found/VBD a/DT way/NN to/TO win/VB the/DT vote/NN ./.").isEmpty());
        assertTrue(find("Young/JJ voters/NNS often/RB ca/MD n't/RB find/VB jobs/NNS in/IN the/DT city/NN ./.")
                .isEmpty());
        // a poll finds what it finds, and so does a group
        FoundQuote poll = only(find("The/DT poll/NN found/VBD a/DT tight/JJ race/NN in/IN Ohio/NNP/LOCATION ./."));
        assertEquals("a tight race in Ohio", poll.text());
        FoundQuote gallup = only(find("Gallup/NNP/ORGANIZATION found/VBD considerable/JJ support/NN for/IN "
                + "Trump/NNP/PERSON ./."));
        assertEquals("Gallup", gallup.speakerName());
        // what someone finds to be so
        FoundQuote troubling = only(find("I/PRP find/VBP his/PRP$ views/NNS on/IN trade/NN troubling/JJ ./."));
        assertEquals("his views on trade troubling", troubling.text());
        FoundQuote difficult = only(find("Romney/NNP/PERSON found/VBD it/PRP difficult/JJ to/TO win/VB ./."));
        assertEquals("Romney", difficult.speakerName());
    }

    @Test
    void aCueClosingAnOpeningClauseOfTimeLeavesTheMainClauseAlone() {
        assertEquals(List.of(), find("As/IN the/DT crowd/NN began/VBD to/TO chant/VB ,/, Lind/NNP/PERSON was/VBD "
                + "joined/VBN on/IN stage/NN ./."));
        assertTrue(find("After/IN the/DT mayor/NN spoke/VBD ,/, the/DT crowd/NN left/VBD the/DT hall/NN ./.").isEmpty());
        // "as" someone said points at the main clause
        FoundQuote as = only(find("As/IN Lind/NNP/PERSON said/VBD ,/, the/DT plan/NN is/VBZ dead/JJ ./."));
        assertEquals("the plan is dead", as.text());
    }

    @Test
    void aSurveyClosingTheSentenceMeasuresTheClauseItEnds() {
        FoundQuote lead = only(find("He/PRP will/MD head/VB to/TO Ohio/NNP/LOCATION ,/, where/WRB he/PRP has/VBZ "
                + "had/VBN a/DT big/JJ lead/NN in/IN the/DT polls/NNS ./."));
        assertEquals("he has had a big lead", lead.text());
        assertEquals("in", lead.cue());
        // a relative clause that the main clause goes on after is not the one measured
        FoundQuote leads = only(find("Lessig/NNP/PERSON ,/, who/WP has/VBZ since/RB dropped/VBN out/RP ,/, leads/VBZ "
                + "with/IN 6/CD percent/NN in/IN the/DT poll/NN ./."));
        assertTrue(leads.text().startsWith("Lessig"), leads::toString);
    }

    @Test
    void aNounPhraseContentEndsBeforeWhenAndWhereItWasDone() {
        FoundQuote endorsed = only(find("Carson/NNP/PERSON endorsed/VBD Trump/NNP/PERSON at/IN a/DT news/NN "
                + "conference/NN in/IN Florida/NNP/STATE_OR_PROVINCE ./."));
        assertEquals("Trump", endorsed.text());
        FoundQuote criticized = only(find("Lind/NNP/PERSON criticized/VBD the/DT plan/NN during/IN a/DT debate/NN ./."));
        assertEquals("the plan", criticized.text());
        FoundQuote supported = only(find("Most/JJS voters/NNS supported/VBD Sanders/NNP/PERSON in/IN "
                + "Virginia/NNP/STATE_OR_PROVINCE ./."));
        assertEquals("Sanders", supported.text());
        // a clause, an infinitive or a participle keeps them, and so does a noun that takes them
        FoundQuote vowed = only(find("Lind/NNP/PERSON vowed/VBD to/TO block/VB it/PRP during/IN the/DT review/NN ./."));
        assertEquals("to block it during the review", vowed.text());
        FoundQuote race = only(find("The/DT unions/NNS endorsed/VBD Clinton/NNP/PERSON in/IN the/DT race/NN ./."));
        assertEquals("Clinton in the race", race.text());
        FoundQuote war = only(find("Lind/NNP/PERSON opposed/VBD the/DT war/NN in/IN Iraq/NNP/COUNTRY ./."));
        assertEquals("the war in Iraq", war.text());
    }

    @Test
    void theSeventeenthRoundsRulesKeepTheirNeighbours() {
        // "as" someone went on to explain says it
        FoundQuote explain = only(find("As/IN Smith/NNP/PERSON went/VBD on/RP to/TO explain/VB ,/, the/DT deal/NN "
                + "is/VBZ complicated/JJ ./."));
        assertEquals("the deal is complicated", explain.text());
        // a survey's clause is set off by a comma and runs unbroken to it
        FoundQuote fallen = only(find("The/DT candidate/NN who/WP won/VBD Iowa/NNP/STATE_OR_PROVINCE has/VBZ "
                + "fallen/VBN in/IN the/DT polls/NNS ./."));
        assertEquals("The candidate who won Iowa has fallen", fallen.text());
        FoundQuote biden = only(find("Biden/NNP/PERSON ,/, while/IN still/RB ahead/RB ,/, has/VBZ lost/VBN ground/NN "
                + "in/IN the/DT polls/NNS ./."));
        assertTrue(biden.text().startsWith("Biden"), biden::toString);
        // findings by anyone, what someone finds to be so, and no way found by a company
        FoundQuote evidence = only(find("Mueller/NNP/PERSON found/VBD insufficient/JJ evidence/NN of/IN a/DT "
                + "conspiracy/NN ./."));
        assertEquals("insufficient evidence of a conspiracy", evidence.text());
        FoundQuote watchdog = only(find("The/DT watchdog/NN found/VBD serious/JJ failings/NNS ./."));
        assertEquals("serious failings", watchdog.text());
        FoundQuote liability = only(find("Many/JJ Republicans/NNPS find/VBP Trump/NNP/PERSON a/DT liability/NN ./."));
        assertEquals("Trump a liability", liability.text());
        FoundQuote trustworthy = only(find("Voters/NNS found/VBD Clinton/NNP/PERSON more/RBR trustworthy/JJ ./."));
        assertEquals("Clinton more trustworthy", trustworthy.text());
        assertTrue(find("Acme/NNP/ORGANIZATION found/VBD a/DT buyer/NN for/IN the/DT unit/NN ./.").isEmpty());
        // a trailing speaker whose relative clause ends the sentence, but not a cue with its own subject before it
        FoundQuote aides = only(find("The/DT minister/NN will/MD resign/VB ,/, aides/NNS who/WP spoke/VBD on/IN "
                + "condition/NN of/IN anonymity/NN said/VBD Tuesday/NNP/DATE ./."));
        assertEquals("aides", aides.speakerDescription());
        assertTrue(find("Lind/NNP/PERSON thanked/VBD the/DT workers/NNS ,/, the/DT people/NNS who/WP built/VBD "
                + "the/DT wall/NN he/PRP promised/VBD ./.").stream().noneMatch(q -> q.cue().equals("promised")));
        // the relative clause's cue ends before the main cue found already
        List<FoundQuote> declined = find("Some/DT protesters/NNS were/VBD arrested/VBN ,/, officials/NNS who/WP "
                + "declined/VBD to/TO be/VB named/VBN said/VBD ./.");
        assertTrue(declined.stream().filter(q -> q.cue().equals("declined")).allMatch(q -> q.text().equals("to be named")),
                declined::toString);
        // an aside after an absolute phrase is no main clause
        assertTrue(find("With/IN officials/NNS warning/VBG ,/, however/RB ,/, that/IN the/DT dam/NN could/MD fail/VB "
                + ",/, thousands/NNS fled/VBD ./.").stream().anyMatch(q -> q.cue().equals("warning")));
        // a stranded particle the tagger read as an adverb, a second base form after an infinitive, a time after "on"
        assertTrue(find("The/DT deal/NN she/PRP talked/VBD about/RB is/VBZ dead/JJ ./.").isEmpty());
        assertTrue(find("The/DT people/NNS he/PRP vowed/VBD to/TO protect/VB feel/VB abandoned/VBN ./.").isEmpty());
        assertTrue(find("He/PRP spoke/VBD briefly/RB in/IN Ohio/NNP/STATE_OR_PROVINCE on/IN Tuesday/NNP/DATE ./.")
                .isEmpty());
        FoundQuote letGo = only(find("They/PRP want/VBP to/TO let/VB go/VB of/IN the/DT feeling/NN ./."));
        assertEquals("to let go of the feeling", letGo.text());
    }

    @Test
    void aCueWithACommaAndAConjunctionAfterItSaysNothingOfWhatFollows() {
        assertTrue(find("He/PRP later/RB apologized/VBD ,/, and/CC even/RB invited/VBD Trump/NNP/PERSON to/TO "
                + "visit/VB ./.").stream().noneMatch(q -> q.cue().equals("apologized")));
        // but the writer's aside before a quotation, and a report going on after where it was made
        FoundQuote quote = only(find("Trump/NNP/PERSON said/VBD ,/, and/CC I/PRP quote/VBP ,/, \u201C/`` We/PRP love/VBP "
                + "the/DT voters/NNS ./. \u201D/''"));
        assertEquals("Trump", quote.speakerName());
        FoundQuote report = only(find("The/DT richest/JJS paid/VBD 9/CD percent/NN ,/, the/DT agency/NN said/VBD "
                + "in/IN a/DT report/NN ,/, and/CC the/DT poorest/JJS paid/VBD 1/CD percent/NN ./."));
        assertTrue(report.text().contains("the poorest paid 1 percent"), report::toString);
    }

    @Test
    void aQuotationBeforeWhenAskedANameGivenAndAnAppositivesRelativeClause() {
        // "when asked" after the cue is when it was said, and the quotation before it what
        FoundQuote absolutely = find("\u201C/`` Absolutely/RB ,/, \u201D/'' he/PRP said/VBD when/WRB asked/VBN by/IN "
                + "a/DT reporter/NN if/IN that/DT remains/VBZ his/PRP$ view/NN ./.").stream()
                .filter(q -> q.cue().equals("said")).findFirst().orElseThrow();
        assertEquals("Absolutely,", absolutely.text());
        // a name given to a noun is no attribution, and it leaves the aside it stands in an aside
        assertTrue(find("Lind/NNP/PERSON studied/VBD a/DT receptor/NN called/VBN Olfr78/NN in/IN kidney/NN "
                + "cells/NNS ./.").isEmpty());
        FoundQuote miller = only(find("Tom/NNP/PERSON Miller/NNP/PERSON ,/, at/IN a/DT firm/NN called/VBD "
                + "Gavekal/NNP/ORGANIZATION ,/, argues/VBZ that/IN the/DT ties/NNS will/MD deepen/VB ./."));
        assertEquals("Tom Miller", miller.speakerName());
        FoundQuote liar = only(find("The/DT senator/NN called/VBD Lind/NNP/PERSON a/DT liar/NN ./."));
        assertEquals("Lind a liar", liar.text());
        // a relative clause on an appositive closes at the appositive's comma
        List<FoundQuote> tweeted = find("\u201C/`` The/DT air/NN was/VBD clean/JJ ,/, \u201D/'' Ana/NNP/PERSON "
                + "Lind/NNP/PERSON ,/, a/DT resident/NN who/WP tweeted/VBD about/IN the/DT smoke/NN ,/, said/VBD ./.");
        assertTrue(tweeted.stream().filter(q -> q.cue().startsWith("tweeted")).allMatch(q -> q.text().equals("the smoke")),
                tweeted::toString);
    }

    @Test
    void aDocumentReceivedSaysWhatItSaysNotItsReader() {
        FoundQuote email = only(find("She/PRP received/VBD an/DT email/NN in/IN January/NNP/DATE saying/VBG the/DT "
                + "account/NN had/VBD been/VBN closed/VBN ./."));
        assertEquals("an email", email.speakerDescription());
        assertEquals("the account had been closed", email.text());
        // a document signed is its signers'
        FoundQuote letter = only(find("Forty/CD MPs/NNS signed/VBD a/DT letter/NN warning/VBG that/IN the/DT plan/NN "
                + "would/MD fail/VB ./."));
        assertEquals("Forty MPs", letter.speakerDescription());
    }

    @Test
    void theSeventeenthRoundsLastRulesKeepTheirNeighbours() {
        // a quoted phrase in the opening clause: the cue still keeps its words before the quotation
        FoundQuote farage = only(find("After/IN the/DT \u201C/`` Brexit/NNP \u201D/'' vote/NN ,/, Farage/NNP/PERSON "
                + "said/VBD at/IN a/DT party/NN ,/, \u201C/`` We/PRP have/VBP won/VBN ./. \u201D/''"));
        assertEquals("said at a party", farage.cue());
        assertEquals("We have won.", farage.text());
        // an occasion is a compound's head, a topic after a person is no place, an event noun keeps its time
        assertEquals("the attack on press freedom", only(find("The/DT editors/NNS condemned/VBD the/DT attack/NN "
                + "on/IN press/NN freedom/NN ./.")).text());
        assertEquals("Romney on China", only(find("Obama/NNP/PERSON criticized/VBD Romney/NNP/PERSON on/IN "
                + "China/NNP/COUNTRY ./.")).text());
        assertEquals("violence after the election", only(find("Experts/NNS predicted/VBD violence/NN after/IN "
                + "the/DT election/NN ./.")).text());
        assertEquals("his position", only(find("He/PRP repeated/VBD his/PRP$ position/NN at/IN a/DT town/NN "
                + "hall/NN ./.")).text());
        assertEquals("the violence at the rally", only(find("Lind/NNP/PERSON condemned/VBD the/DT violence/NN at/IN "
                + "the/DT rally/NN ./.")).text());
        // an aside after ", and" that closes before "that" shares the cue's content
        List<FoundQuote> police = find("Police/NNS said/VBD ,/, and/CC witnesses/NNS confirmed/VBD ,/, that/IN the/DT "
                + "gunman/NN acted/VBD alone/RB ./.");
        assertTrue(police.stream().anyMatch(q -> "Police".equals(q.speakerDescription())), police::toString);
        // a team finding a wreck reports nothing; anyone finding evidence does
        assertTrue(find("A/DT team/NN of/IN divers/NNS found/VBD the/DT wreck/NN ./.").isEmpty());
        assertEquals("evidence of fraud", only(find("Prosecutors/NNS found/VBD evidence/NN of/IN fraud/NN ./.")).text());
        // "come visit" is no relative clause
        assertEquals("to come visit the victims", only(find("He/PRP promised/VBD to/TO come/VB visit/VB the/DT "
                + "victims/NNS ./.")).text());
        // a colon opens a survey's clause
        assertEquals("Clinton leads Trump", only(find("The/DT bottom/JJ line/NN :/: Clinton/NNP/PERSON leads/VBZ "
                + "Trump/NNP/PERSON in/IN the/DT polls/NNS ./.")).text());
        // a name with an appositive after "called" is whom the senator called something
        assertEquals(1, find("The/DT senator/NN called/VBD Smith/NNP/PERSON ,/, his/PRP$ rival/NN ,/, a/DT liar/NN ./.")
                .size());
    }
}
