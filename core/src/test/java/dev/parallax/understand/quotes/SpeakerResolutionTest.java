package dev.parallax.understand.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.parallax.understand.quotes.Tagged.find;
import static dev.parallax.understand.quotes.Tagged.only;

/** Who the speaker is: pronouns, places, documents and descriptions (hand-tagged, see {@link Tagged}). */
class SpeakerResolutionTest {
    @Test
    void aPronounTheTaggerMarkedAsAPersonNamesNobody() {
        List<FoundQuote> quotes = find("Lena/NNP/PERSON Marsh/NNP/PERSON left/VBD the/DT hall/NN ./.",
                "Aides/NNS met/VBD her/PRP/PERSON at/IN the/DT door/NN ./. \u201C/`` I/PRP am/VBP done/JJ ,/, "
                        + "\u201D/'' she/PRP said/VBD ./.");
        FoundQuote q = only(quotes);
        assertEquals("Lena Marsh", q.speakerName());
    }

    @Test
    void aPronounSkipsTheNearerPersonWhoseFirstNameSaysOtherwise() {
        List<FoundQuote> quotes = find("Ms/NNP Kowalczyk/NNP/PERSON left/VBD the/DT hall/NN ./.",
                "Dmitry/NNP/PERSON Sokolov/NNP/PERSON ,/, a/DT crane/NN operator/NN ,/, disagreed/VBD ./. "
                        + "\u201C/`` We/PRP want/VBP pay/NN ,/, \u201D/'' Sokolov/NNP/PERSON said/VBD ./.",
                "\u201C/`` This/DT is/VBZ not/RB over/RB ,/, \u201D/'' she/PRP said/VBD ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("Dmitry Sokolov", quotes.get(0).speakerName());
        assertEquals("Kowalczyk", quotes.get(1).speakerName());
    }

    @Test
    void aPossessiveBeforeADescriptionIsTheOwnersGenderNotTheSpeakers() {
        // "Her agent, Mark Roesler": "her" is the one the agent works for; "she" later is not the agent
        List<FoundQuote> quotes = find("Bettie/NNP/PERSON Vance/NNP/PERSON ,/, the/DT model/NN ,/, has/VBZ died/VBN ./.",
                "Her/PRP$ agent/NN ,/, Mark/NNP/PERSON Roesler/NNP/PERSON ,/, said/VBD Vance/NNP/PERSON "
                        + "died/VBD at/IN home/NN ./.",
                "\u201C/`` I/PRP hate/VBP cameras/NNS ,/, \u201D/'' she/PRP said/VBD ./.");
        FoundQuote q = quotes.stream().filter(FoundQuote::direct).findFirst().orElseThrow();
        assertEquals("Bettie Vance", q.speakerName(), quotes::toString);
    }

    @Test
    void someoneNewBroughtInJustBeforeIsWhomThePronounMeans() {
        // "one Mac customer" is new and the last sentence's subject: "he" is the customer, not the man named before
        List<FoundQuote> quotes = find("Ola/NNP/PERSON Lind/NNP/PERSON showed/VBD the/DT laptop/NN ./. He/PRP "
                        + "said/VBD the/DT battery/NN lasts/VBZ ./.",
                "However/RB ,/, one/CD Mac/NNP customer/NN from/IN the/DT floor/NN was/VBD sceptical/JJ ./.",
                "\u201C/`` Apple/NNP says/VBZ five/CD years/NNS ,/, \u201D/'' he/PRP said/VBD ./.");
        FoundQuote q = quotes.stream().filter(FoundQuote::direct).findFirst().orElseThrow();
        assertNull(q.speakerName(), quotes::toString);
        assertTrue(q.speakerDescription().startsWith("one Mac customer"), quotes::toString);
        // a description set off after a name is that person's: "he" is the one named
        List<FoundQuote> named = find("Ola/NNP/PERSON Lind/NNP/PERSON ,/, a/DT longtime/JJ policy/NN maker/NN ,/, "
                        + "hired/VBD her/PRP ./.",
                "\u201C/`` She/PRP is/VBZ able/JJ ,/, \u201D/'' he/PRP said/VBD ./.");
        FoundQuote hired = named.stream().filter(FoundQuote::direct).findFirst().orElseThrow();
        assertEquals("Ola Lind", hired.speakerName(), named::toString);
        // an indefinite phrase set off before the subject describes it: "he" is the one named
        List<FoundQuote> fronted = find("Berg/NNP/PERSON Dahl/NNP/PERSON chaired/VBD the/DT meeting/NN ./.",
                "A/DT master/NN of/IN infighting/NN ,/, Lind/NNP/PERSON seized/VBD the/DT story/NN ./.",
                "\u201C/`` Expedite/VB it/PRP ,/, \u201D/'' he/PRP said/VBD ./.");
        FoundQuote expedite = fronted.stream().filter(FoundQuote::direct).findFirst().orElseThrow();
        assertEquals("Lind", expedite.speakerName(), fronted::toString);
        // a relative clause before the verb: the indefinite subject is still the subject, and the "she" after
        List<FoundQuote> witness = find("Berg/NNP/PERSON Dahl/NNP/PERSON chaired/VBD the/DT meeting/NN ./.",
                "A/DT witness/NN ,/, who/WP asked/VBD not/RB to/TO be/VB named/VBN ,/, saw/VBD the/DT crash/NN ./.",
                "\u201C/`` It/PRP was/VBD awful/JJ ,/, \u201D/'' she/PRP said/VBD ./.");
        FoundQuote awful = witness.stream().filter(FoundQuote::direct).findFirst().orElseThrow();
        assertNotEquals("Berg Dahl", awful.speakerName(), witness::toString);
        // people taken together are no "she"
        List<FoundQuote> jury = find("A/DT jury/NN convicted/VBD the/DT man/NN ./.",
                "\u201C/`` It/PRP is/VBZ over/RB ,/, \u201D/'' she/PRP said/VBD ./.");
        FoundQuote over = jury.stream().filter(FoundQuote::direct).findFirst().orElseThrow();
        assertNull(over.speakerName(), jury::toString);
        assertFalse(String.valueOf(over.speakerDescription()).contains("jury"), jury::toString);
    }

    @Test
    void aNameTheTaggerMissedLaterStillStandsForThePersonEvenWithTheSurnameFirst() {
        // "Wen" of "Wen Haolin" written alone and tagged as no entity: still the nearest man before "He"
        List<FoundQuote> quotes = find("President/NNP Wen/NNP/PERSON Haolin/NNP/PERSON of/IN Kestria/NNP/LOCATION "
                        + "is/VBZ likely/JJ to/TO act/VB ./.",
                "The/DT protests/NNS grew/VBD ./. Police/NNS made/VBD arrests/NNS ./. Shops/NNS closed/VBD ./.",
                "Rivals/NNS fear/VBP pressure/NN from/IN leaders/NNS such/JJ as/IN President/NNP Emmanuel/NNP/PERSON "
                        + "Dufour/NNP/PERSON ./. Nor/CC does/VBZ Wen/NNP see/VB the/DT unrest/NN as/IN a/DT "
                        + "threat/NN ./. He/PRP says/VBZ the/DT army/NN is/VBZ ready/JJ ./.");
        FoundQuote q = quotes.stream().filter(f -> "says".equals(f.cue())).findFirst().orElseThrow();
        assertEquals("Wen Haolin", q.speakerName(), quotes::toString);
        assertTrue(quotes.stream().filter(f -> "see".equals(f.cue())).allMatch(f -> "Wen Haolin".equals(
                f.speakerName())), quotes::toString);
    }

    @Test
    void theyAfterTheOnePersonWhoSpokeInTheParagraphIsThatPerson() {
        List<FoundQuote> quotes = find("Many/JJ people/NNS have/VBP opted/VBN in/IN ./.",
                "Kym/NNP/PERSON Laro/NNP/PERSON ,/, a/DT spokesperson/NN for/IN the/DT app/NN ,/, "
                        + "confirmed/VBD that/IN the/DT firm/NN notifies/VBZ people/NNS ./. \u201C/`` We/PRP use/VBP "
                        + "a/DT model/NN ,/, \u201D/'' they/PRP said/VBD in/IN an/DT email/NN ./.");
        FoundQuote q = quotes.stream().filter(f -> f.direct()).findFirst().orElseThrow();
        assertEquals("Kym Laro", q.speakerName(), quotes::toString);
        // a group that is a subject in the paragraph is still "they"
        List<FoundQuote> group = find("Kym/NNP/PERSON Laro/NNP/PERSON spoke/VBD first/RB ./. Residents/NNS "
                + "complained/VBD ./. \u201C/`` We/PRP are/VBP tired/JJ ,/, \u201D/'' they/PRP said/VBD ./.");
        FoundQuote tired = group.stream().filter(f -> f.direct()).findFirst().orElseThrow();
        assertNull(tired.speakerName(), group::toString);
        // with nobody named before to stand for, "they" is not the one person who spoke
        List<FoundQuote> workers = find("Mayor/NNP Jana/NNP/PERSON Dole/NNP/PERSON told/VBD the/DT striking/JJ "
                + "workers/NNS she/PRP would/MD listen/VB ./. \u201C/`` We/PRP want/VBP fair/JJ pay/NN ,/, \u201D/'' "
                + "they/PRP said/VBD ./.");
        FoundQuote pay = workers.stream().filter(f -> f.direct()).findFirst().orElseThrow();
        assertNull(pay.speakerName(), workers::toString);
    }

    @Test
    void aCompanyNamedInTheAppositiveIsTheSpeaker() {
        FoundQuote q = only(find("The/DT company/NN that/WDT runs/VBZ the/DT show/NN ,/, Rick/NNP/ORGANIZATION "
                + "Vale/NNP/ORGANIZATION Productions/NNPS/ORGANIZATION ,/, denies/VBZ that/IN anything/NN "
                + "was/VBD settled/VBN ./."));
        assertEquals("Rick Vale Productions", q.speakerName(), q::toString);
    }

    @Test
    void aTimeOpeningTheSentenceIsNoPartOfTheSpeaker() {
        FoundQuote night = only(find("Last/JJ/TIME night/NN/TIME Deputy/NNP Leo/NNP/PERSON Varga/NNP/PERSON "
                + "said/VBD the/DT plan/NN was/VBD wrong/JJ ./."));
        assertEquals("Leo Varga", night.speakerName(), night::toString);
        assertEquals("Deputy", night.speakerDescription(), night::toString);
        assertEquals(11, night.speakerMention().start(), night::toString); // "Deputy", after "Last night "
        FoundQuote years = only(find("For/IN 10/CD/DURATION years/NNS/DURATION Iran/NNP/LOCATION will/MD "
                + "threaten/VB the/DT region/NN ./."));
        assertEquals(13, years.speakerMention().start(), years::toString); // "Iran", after "For 10 years "
    }

    @Test
    void aRoleAtAnotherBodyIsNotTheOnePersonNamedWithThatRole() {
        List<FoundQuote> quotes = find("Matt/NNP/PERSON Boyd/NNP/PERSON ,/, Breitbart/NNP/ORGANIZATION political/JJ "
                        + "editor/NN ,/, wrote/VBD the/DT piece/NN ./.",
                "\u201C/`` It/PRP was/VBD fair/JJ ,/, \u201D/'' the/DT Daily/NNP/ORGANIZATION Beast/NNP/ORGANIZATION "
                        + "editor/NN said/VBD ./.");
        FoundQuote beast = quotes.stream().filter(FoundQuote::direct).findFirst().orElseThrow();
        assertNull(beast.speakerName(), quotes::toString);
        assertEquals("the Daily Beast editor", beast.speakerDescription());
        // a place before the role says where: the one senator the article names later is still the one
        List<FoundQuote> senator = find("\u201C/`` We/PRP won/VBD ,/, \u201D/'' the/DT Vermont/NNP/LOCATION "
                        + "senator/NN said/VBD ./.",
                "Sen./NNP Bernard/NNP/PERSON Sand/NNP/PERSON spoke/VBD first/RB ./.");
        FoundQuote sand = senator.stream().filter(FoundQuote::direct).findFirst().orElseThrow();
        assertEquals("Bernard Sand", sand.speakerName(), senator::toString);
    }

    @Test
    void heIsNeverThePersonNamedInWhatHeSays() {
        // "he" would be Regan, the subject of the sentence before, but Regan is whom he challenged
        List<FoundQuote> quotes = find("Regan/NNP/PERSON passed/VBD the/DT torch/NN to/TO George/NNP/PERSON "
                + "Bosh/NNP/PERSON in/IN 1988/CD ./. He/PRP had/VBD challenged/VBN Regan/NNP/PERSON for/IN the/DT "
                + "presidency/NN ./.");
        FoundQuote q = quotes.stream().filter(f -> f.cue().equals("challenged")).findFirst().orElseThrow();
        assertEquals("George Bosh", q.speakerName(), quotes::toString);
        // a name after the first comma may be the speaker's own ("As he welcomed the guests, Scott was …")
        List<FoundQuote> later = find("Scott/NNP/PERSON Dale/NNP/PERSON spoke/VBD ./. He/PRP welcomed/VBD the/DT "
                + "guests/NNS ,/, and/CC Dale/NNP/PERSON left/VBD ./.");
        FoundQuote welcomed = later.stream().filter(f -> f.cue().equals("welcomed")).findFirst().orElseThrow();
        assertEquals("Scott Dale", welcomed.speakerName(), later::toString);
    }

    @Test
    void namesJoinedByAndSpeakTogether() {
        FoundQuote two = only(find("Mara/NNP/PERSON Lind/NNP/PERSON and/CC Tomas/NNP/PERSON Brek/NNP/PERSON "
                + "say/VBP funding/NN has/VBZ dried/VBN up/RP ./."));
        assertNull(two.speakerName(), two::toString);
        assertEquals("Mara Lind and Tomas Brek", two.speakerDescription());
        // a list set off by commas, with or without a comma before "and", and "they" after it
        List<FoundQuote> list = find("Mara/NNP/PERSON Lind/NNP/PERSON ,/, Tomas/NNP/PERSON Brek/NNP/PERSON "
                        + "and/CC Ana/NNP/PERSON Szabo/NNP/PERSON ,/, who/WP run/VBP the/DT clinic/NN ,/, say/VBP "
                        + "funding/NN has/VBZ dried/VBN up/RP ./.",
                "They/PRP said/VBD patients/NNS were/VBD turned/VBN away/RB ./.");
        assertEquals(2, list.size(), list::toString);
        for (FoundQuote q : list) {
            assertNull(q.speakerName(), list::toString);
            assertEquals("Mara Lind, Tomas Brek and Ana Szabo", q.speakerDescription(), list::toString);
        }
        FoundQuote serial = only(find("Lind/NNP/PERSON ,/, Brek/NNP/PERSON ,/, and/CC Szabo/NNP/PERSON said/VBD "
                + "the/DT clinic/NN would/MD close/VB ./."));
        assertNull(serial.speakerName(), serial::toString);
        assertEquals("Lind, Brek, and Szabo", serial.speakerDescription());
    }

    @Test
    void namesAfterAnOpeningPhraseAreNoListWithTheNameInIt() {
        FoundQuote q = only(find("After/IN meeting/VBG Pootin/NNP/PERSON ,/, Tramp/NNP/PERSON and/CC "
                + "Macron/NNP/PERSON said/VBD the/DT talks/NNS went/VBD well/RB ./."));
        assertEquals("Tramp and Macron", q.speakerDescription(), q::toString);
    }

    @Test
    void oneNameBeforeCommaAndStartsAnotherClauseNotAList() {
        List<FoundQuote> quotes = find("Colter/NNP/PERSON wrote/VBD that/IN Tramp/NNP/PERSON should/MD "
                + "deport/VB Hale/NNP/PERSON ,/, and/CC Tramp/NNP/PERSON later/RB called/VBD Hale/NNP/PERSON "
                + "weak/JJ ./.");
        FoundQuote called = quotes.stream().filter(f -> f.cue().equals("called")).findFirst().orElseThrow();
        assertEquals("Tramp", called.speakerName(), quotes::toString);
    }

    @Test
    void theyAfterANamedPersonAndOthersIsTheGroup() {
        List<FoundQuote> quotes = find("Gov./NNP Eric/NNP/PERSON Holm/NNP/PERSON and/CC leaders/NNS of/IN the/DT "
                        + "Legislature/NNP/ORGANIZATION have/VBP avoided/VBN criticism/NN ./.",
                "However/RB ,/, they/PRP said/VBD they/PRP "
                        + "expect/VBP no/DT action/NN ./.");
        FoundQuote q = quotes.stream().filter(f -> f.cue().equals("said")).findFirst().orElseThrow();
        assertNull(q.speakerName(), quotes::toString);
        assertTrue(q.speakerDescription() != null && q.speakerDescription().contains("and leaders"),
                quotes::toString);
    }

    @Test
    void theyAfterSomeonesFindingsIsTheFindings() {
        List<FoundQuote> quotes = find("Tomas/NNP/PERSON Hewitt/NNP/PERSON ran/VBD the/DT lab/NN ./.",
                "Hewitt/NNP/PERSON 's/POS findings/NNS were/VBD significant/JJ because/IN they/PRP showed/VBD "
                        + "that/IN the/DT cells/NNS defend/VBP the/DT gut/NN ./.");
        FoundQuote q = quotes.stream().filter(f -> f.cue().equals("showed")).findFirst().orElseThrow();
        assertNull(q.speakerName(), quotes::toString);
        assertEquals("Hewitt's findings", q.speakerDescription());
    }

    @Test
    void aBodyOfPeopleIsNoAntecedentForSheButIsForIt() {
        List<FoundQuote> quotes = find("Lena/NNP/PERSON Marsh/NNP/PERSON ,/, a/DT docker/NN ,/, joined/VBD the/DT "
                        + "march/NN ./.",
                "The/DT government/NN announced/VBD a/DT new/JJ plan/NN ./. \u201C/`` This/DT is/VBZ not/RB over/RB "
                        + ",/, \u201D/'' she/PRP said/VBD ./.",
                "The/DT ministry/NN denied/VBD any/DT change/NN ./. It/PRP added/VBD that/IN talks/NNS would/MD "
                        + "resume/VB ./.");
        assertEquals(4, quotes.size(), quotes::toString);
        assertEquals("Lena Marsh", quotes.get(1).speakerName());
        assertEquals("The ministry", quotes.get(3).speakerDescription());
    }

    @Test
    void aNameWithItsRankInTheAppositiveIsTheSpeakerTheDescriptionBeforeItSaysWho() {
        FoundQuote q = only(find("The/DT army/NN chief/NN ,/, Gen./NNP Pavel/NNP/PERSON Adamek/NNP/PERSON ,/, "
                + "told/VBD lawmakers/NNS the/DT troops/NNS would/MD stay/VB ./."));
        assertEquals("Pavel Adamek", q.speakerName());
        assertEquals("The army chief", q.speakerDescription());
        assertEquals("the troops would stay", q.text());
    }

    @Test
    void aTitleNobodyNamedHoldsStandsForThePersonTheTextIsAbout() {
        List<FoundQuote> quotes = find("Republican/JJ candidate/NN Rick/NNP/PERSON Tallow/NNP/PERSON unveiled/VBD "
                        + "a/DT new/JJ ad/NN ./.",
                "\u201C/`` Faith/NN made/VBD us/PRP strong/JJ ,/, \u201D/'' the/DT Texas/NNP/LOCATION governor/NN "
                        + "continues/VBZ ./.",
                "\u201C/`` No/DT comment/NN ,/, \u201D/'' the/DT spokesman/NN said/VBD ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("Rick Tallow", quotes.get(0).speakerName());
        assertEquals("the Texas governor", quotes.get(0).speakerDescription());
        // a role that brings in somebody new stays a description
        assertNull(quotes.get(1).speakerName());
        assertEquals("the spokesman", quotes.get(1).speakerDescription());
    }

    @Test
    void anHonorificOutweighsTheFirstName() {
        // the lists give "Nikita" as female; "Mr" says otherwise
        FoundQuote q = only(find("Nikita/NNP/PERSON Arbat/NNP/PERSON ,/, the/DT mayor/NN ,/, spoke/VBD first/RB ./. "
                        + "Mr/NNP Arbat/NNP/PERSON was/VBD brief/JJ ./.",
                "\u201C/`` We/PRP are/VBP ready/JJ ,/, \u201D/'' he/PRP said/VBD ./."));
        assertEquals("Nikita Arbat", q.speakerName());
    }

    @Test
    void aPlaceWithAPossessiveIsNotTheSpeakerButPartOfTheDescription() {
        FoundQuote q = only(find("\u201C/`` I/PRP take/VBP full/JJ responsibility/NN ,/, \u201D/'' "
                + "Veldra/NNP/PERSON \u2019s/POS finance/NN minister/NN said/VBD ./."));
        assertNull(q.speakerName());
        assertEquals("Veldra\u2019s finance minister", q.speakerDescription());
    }

    @Test
    void possessivePronounDescriptionIsAnchoredOnThePersonItRefersTo() {
        List<FoundQuote> quotes = find("Mara/NNP/PERSON Holt/NNP/PERSON resigned/VBD on/IN Monday/NNP/DATE ./. "
                + "Her/PRP$ office/NN confirmed/VBD that/IN she/PRP had/VBD left/VBN the/DT city/NN ./.");
        FoundQuote q = only(quotes);
        assertNull(q.speakerName());
        assertEquals("Mara Holt\u2019s office", q.speakerDescription());
    }

    @Test
    void aDocumentIsASourceOnlyAsADescriptionAndItsPronounStaysOne() {
        List<FoundQuote> quotes = find("A/DT leaked/VBN internal/JJ memo/NN suggested/VBD that/IN the/DT "
                + "figures/NNS were/VBD late/JJ ./.",
                "The/DT memo/NN was/VBD three/CD pages/NNS long/JJ ./. It/PRP recommended/VBD that/IN the/DT "
                        + "vote/NN come/VB first/RB ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertNull(quotes.get(0).speakerName());
        assertEquals("A leaked internal memo", quotes.get(0).speakerDescription());
        assertNull(quotes.get(1).speakerName());
        assertEquals("The memo", quotes.get(1).speakerDescription());
    }

    @Test
    void aNameInTheAppositiveIsTheSpeakerAndAnAgeIsNoDescription() {
        FoundQuote q = only(find("The/DT leader/NN of/IN the/DT opposition/NN ,/, Pavel/NNP/PERSON "
                + "Strand/NNP/PERSON ,/, said/VBD the/DT vote/NN was/VBD rigged/VBN ./."));
        assertEquals("Pavel Strand", q.speakerName());
        assertEquals("The leader of the opposition", q.speakerDescription());
        FoundQuote aged = only(find("Strand/NNP/PERSON ,/, 51/CD ,/, said/VBD the/DT vote/NN was/VBD "
                + "rigged/VBN ./."));
        assertEquals("Strand", aged.speakerName());
        assertNull(aged.speakerDescription());
    }

    @Test
    void anObjectPronounOrADocumentAfterTheVerbIsNoInvertedSpeaker() {
        for (FoundQuote q : find("Ines/NNP/PERSON Varga/NNP/PERSON ,/, a/DT banker/NN ,/, described/VBD "
                + "her/PRP as/IN careful/JJ ./.", "The/DT talks/NNS ended/VBD ,/, posted/VBD a/DT short/JJ "
                + "message/NN ./.")) {
            assertTrue(q.speakerDescription() == null || !q.speakerDescription().equals("her"), q::toString);
            assertTrue(q.speakerDescription() == null || !q.speakerDescription().contains("message"), q::toString);
        }
    }

    @Test
    void twoNounPhrasesSideBySideAreNotOneSpeaker() {
        for (FoundQuote q : find("The/DT ministry/NN has/VBZ said/VBN he/PRP acted/VBD alone/RB ,/, a/DT "
                + "claim/NN the/DT opposition/NN has/VBZ dismissed/VBN ./.")) {
            assertTrue(q.speakerDescription() == null || !q.speakerDescription().contains("claim"), q::toString);
        }
    }

    @Test
    void theShortNameOfAnOrganisationGoesToItsFullName() {
        List<FoundQuote> quotes = find("The/DT Saren/NNP/ORGANIZATION Daily/NNP/ORGANIZATION Post/NNP/ORGANIZATION "
                + "ran/VBD the/DT story/NN ./.", "The/DT Post/NNP/ORGANIZATION reported/VBD that/IN the/DT memo/NN "
                + "was/VBD real/JJ ./.");
        assertEquals("Saren Daily Post", only(quotes).speakerName());
    }
    @Test
    void peopleDescribedByTheirOrganisationAreADescriptionNotTheOrganisation() {
        FoundQuote spokesman = only(find("A/DT spokesman/NN for/IN the/DT Harbour/NNP/ORGANIZATION "
                + "Authority/NNP/ORGANIZATION said/VBD the/DT pier/NN was/VBD closed/VBN ./."));
        assertNull(spokesman.speakerName());
        assertEquals("A spokesman for the Harbour Authority", spokesman.speakerDescription());
        FoundQuote forSenator = only(find("A/DT spokeswoman/NN for/IN Sen./NNP Ola/NNP/PERSON Lund/NNP/PERSON "
                + "said/VBD the/DT bill/NN was/VBD dead/JJ ./."));
        assertNull(forSenator.speakerName());
        assertEquals("A spokeswoman for Sen. Ola Lund", forSenator.speakerDescription());
        // a definite one may be somebody named before with that title
        List<FoundQuote> mayor = find("Mayor/NNP Ines/NNP/PERSON Kahl/NNP/PERSON opened/VBD the/DT bridge/NN ./.",
                "The/DT mayor/NN of/IN Velden/NNP/LOCATION said/VBD the/DT toll/NN would/MD go/VB ./.");
        assertEquals("Ines Kahl", only(mayor).speakerName());
        // the organisation itself still speaks as a name
        FoundQuote authority = only(find("The/DT Harbour/NNP/ORGANIZATION Authority/NNP/ORGANIZATION said/VBD "
                + "the/DT pier/NN was/VBD closed/VBN ./."));
        assertEquals("Harbour Authority", authority.speakerName());
        // plural people: "they" goes to them
        List<FoundQuote> quotes = find("Officials/NNS at/IN Velden/NNP/ORGANIZATION Rail/NNP/ORGANIZATION "
                + "said/VBD the/DT bridge/NN was/VBD safe/JJ ./. They/PRP added/VBD that/IN it/PRP would/MD "
                + "reopen/VB ./.");
        assertEquals(2, quotes.size());
        assertEquals("Officials at Velden Rail", quotes.get(1).speakerDescription());
    }

    @Test
    void aPlaceAfterInIsWhereTheSpeakerIsNotTheSpeaker() {
        FoundQuote officials = only(find("Officials/NNS in/IN Washington/NNP/LOCATION said/VBD they/PRP "
                + "were/VBD considering/VBG new/JJ measures/NNS ./."));
        assertNull(officials.speakerName());
        assertEquals("Officials in Washington", officials.speakerDescription());
        FoundQuote office = only(find("The/DT Foreign/NNP/ORGANIZATION Office/NNP/ORGANIZATION in/IN "
                + "London/NNP/LOCATION said/VBD in/IN a/DT statement/NN that/IN the/DT UK/NNP/LOCATION "
                + "stood/VBD by/IN them/PRP ./."));
        assertEquals("Foreign Office", office.speakerName());
        FoundQuote embassy = only(find("The/DT embassy/NN in/IN Moscow/NNP/LOCATION said/VBD it/PRP had/VBD "
                + "not/RB been/VBN informed/VBN ./."));
        assertNull(embassy.speakerName());
        assertEquals("The embassy in Moscow", embassy.speakerDescription());
        // a place opening the sentence is no part of the subject
        FoundQuote police = only(find("In/IN Velden/NNP/LOCATION ,/, police/NNS said/VBD two/CD men/NNS "
                + "were/VBD held/VBN ./."));
        assertEquals("police", police.speakerDescription());
    }

    @Test
    void aDefiniteDescriptionInTheLedeIsThePersonNamedLaterWithThatTitle() {
        List<FoundQuote> quotes = find("He/PRP was/VBD jailed/VBN in/IN what/WP the/DT judge/NN called/VBD "
                + "\u201C/`` a/DT betrayal/NN \u201D/'' ./.", "Judge/NNP Miriam/NNP/PERSON Achebe/NNP/PERSON "
                + "read/VBD the/DT sentence/NN ./.");
        FoundQuote q = only(quotes);
        assertEquals("Miriam Achebe", q.speakerName());
        assertEquals("the judge", q.speakerDescription());
        // two named judges: nobody can tell which one
        List<FoundQuote> two = find("He/PRP was/VBD jailed/VBN in/IN what/WP the/DT judge/NN called/VBD "
                + "\u201C/`` a/DT betrayal/NN \u201D/'' ./.", "Judge/NNP Miriam/NNP/PERSON Achebe/NNP/PERSON "
                + "and/CC Judge/NNP Tom/NNP/PERSON Reed/NNP/PERSON sat/VBD ./.");
        assertNull(only(two).speakerName());
    }

    @Test
    void aPlacesTitleNobodyHoldsStandsForThePersonTheTextIsAbout() {
        List<FoundQuote> quotes = find("For/IN days/NNS ,/, Daria/NNP/PERSON Lind/NNP/PERSON insisted/VBD the/DT "
                + "memo/NN was/VBD not/RB hers/PRP ./. \u201C/`` I/PRP take/VBP responsibility/NN ,/, \u201D/'' "
                + "Poland/NNP/LOCATION 's/POS finance/NN minister/NN said/VBD ./.");
        assertEquals(2, quotes.size());
        assertEquals("Daria Lind", quotes.get(1).speakerName());
        assertEquals("Poland's finance minister", quotes.get(1).speakerDescription());
    }

    @Test
    void theOwnersHonorificGivesNoGenderToThePersonDescribed() {
        List<FoundQuote> quotes = find("Mr./NNP Varga/NNP/PERSON 's/POS spokeswoman/NN ,/, Ilse/NNP/PERSON "
                + "Brandt/NNP/PERSON ,/, said/VBD he/PRP was/VBD misquoted/VBN ./. She/PRP said/VBD the/DT "
                + "remarks/NNS were/VBD wrong/JJ ./.");
        assertEquals(2, quotes.size());
        assertEquals("Ilse Brandt", quotes.get(1).speakerName());
    }

    @Test
    void aSuperlativeBeforeTheAdjectiveIsPartOfTheDescription() {
        FoundQuote q = only(find("Her/PRP$ most/RBS senior/JJ civil/JJ servant/NN advised/VBD delaying/VBG "
                + "the/DT figures/NNS ./."));
        assertEquals("Her most senior civil servant", q.speakerDescription());
    }

    @Test
    void pluralPeopleWhoAreTheSubjectAreWhomTheyRefersTo() {
        FoundQuote q = only(find("Investigators/NNS inspected/VBD the/DT bridge/NN on/IN Monday/NNP/DATE ./. "
                + "They/PRP said/VBD it/PRP was/VBD safe/JJ ./."));
        assertEquals("Investigators", q.speakerDescription());
    }

    @Test
    void aDefiniteSubjectHoldingAnEarlierPersonsTitleIsThatPersonForLaterPronouns() {
        List<FoundQuote> quotes = find("Justice/NNP Vera/NNP/PERSON Lindqvist/NNP/PERSON spoke/VBD on/IN "
                + "Friday/NNP/DATE ./.", "The/DT veteran/JJ justice/NN had/VBD started/VBN the/DT row/NN ./. "
                + "\u201C/`` It/PRP was/VBD a/DT mistake/NN ,/, \u201D/'' she/PRP said/VBD ./.");
        assertEquals("Vera Lindqvist", only(quotes).speakerName());
    }

    @Test
    void aSurnameTheTaggerMissedStillMakesItsPersonTheSubjectAPronounRefersTo() {
        List<FoundQuote> quotes = find("Finance/NNP minister/NN Mara/NNP/PERSON Holt/NNP/PERSON resigned/VBD ./.",
                "Premier/NNP Ivo/NNP/PERSON Brandt/NNP/PERSON told/VBD the/DT assembly/NN on/IN Tuesday/NNP/DATE "
                        + "that/IN he/PRP trusted/VBD her/PRP ./.",
                "Holt/NNP read/VBD a/DT statement/NN ./. \u201C/`` I/PRP take/VBP full/JJ responsibility/NN ./. "
                        + "\u201D/'' she/PRP said/VBD ./.");
        FoundQuote q = quotes.get(quotes.size() - 1);
        assertEquals("Mara Holt", q.speakerName(), quotes::toString);
    }
    @Test
    void peopleCloseToSomeoneAreTheSourceNotThePersonTheyAreCloseTo() {
        List<FoundQuote> quotes = find("Premier/NNP Ivo/NNP/PERSON Brandt/NNP/PERSON defended/VBD her/PRP ./. "
                + "People/NNS close/JJ to/TO the/DT premier/NN say/VBP he/PRP believed/VBD that/IN she/PRP "
                + "could/MD survive/VB ./.",
                "Sources/NNS familiar/JJ with/IN the/DT talks/NNS said/VBD a/DT deal/NN was/VBD near/JJ ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertNull(quotes.get(0).speakerName(), quotes::toString);
        assertEquals("People close to the premier", quotes.get(0).speakerDescription());
        assertEquals("Sources familiar with the talks", quotes.get(1).speakerDescription());
    }

    @Test
    void theGovernorOrTheSenatorIsThePersonNamedEarlierWithThatTitleAbbreviated() {
        List<FoundQuote> quotes = find("Marlow/NNP/STATE_OR_PROVINCE Gov./NNP Tam/NNP/PERSON Orvell/NNP/PERSON "
                        + "signed/VBD the/DT bill/NN on/IN Monday/NNP ./.",
                "\u201C/`` It/PRP protects/VBZ families/NNS ,/, \u201D/'' the/DT governor/NN said/VBD ./.");
        assertEquals("Tam Orvell", only(quotes).speakerName());
        // named as an object, not as a subject: the title before the name still counts
        quotes = find("Reporters/NNS followed/VBD Sen./NNP Ilsa/NNP/PERSON Brandt/NNP/PERSON after/IN the/DT "
                        + "vote/NN ./.",
                "\u201C/`` I/PRP stand/VBP by/IN it/PRP ,/, \u201D/'' the/DT senator/NN said/VBD ./.",
                "\u201C/`` No/DT regrets/NNS ./. \u201D/'' the/DT lawmaker/NN added/VBD ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("Ilsa Brandt", quotes.get(0).speakerName());
        assertEquals("Ilsa Brandt", quotes.get(1).speakerName());
        quotes = find("Rep./NNP Oren/NNP/PERSON Pask/NNP/PERSON left/VBD early/RB ./.",
                "\u201C/`` I/PRP was/VBD tired/JJ ,/, \u201D/'' the/DT congressman/NN said/VBD ./.");
        assertEquals("Oren Pask", only(quotes).speakerName());
    }

    @Test
    void aTitleOfSomeoneElseIsNoAntecedentForTheDescription() {
        List<FoundQuote> quotes = find("Gov./NNP Tam/NNP/PERSON Orvell/NNP/PERSON met/VBD "
                        + "Sen./NNP Ilsa/NNP/PERSON Brandt/NNP/PERSON ./.",
                "\u201C/`` We/PRP agreed/VBD ,/, \u201D/'' the/DT senator/NN said/VBD ./.");
        assertEquals("Ilsa Brandt", only(quotes).speakerName());
    }

    @Test
    void theHeadOfASubjectIsTheNounBeforeItsPreposition() {
        // "The remarks from the candidate" is about remarks: no person "he" could stand for
        List<FoundQuote> quotes = find("Dov/NNP/PERSON Amsel/NNP/PERSON spoke/VBD in/IN Leeds/NNP/CITY ./.",
                "The/DT remarks/NNS from/IN the/DT candidate/NN drew/VBD fire/NN ./. \u201C/`` I/PRP meant/VBD "
                        + "every/DT word/NN ,/, \u201D/'' he/PRP said/VBD ./.");
        assertEquals("Dov Amsel", only(quotes).speakerName());
    }

    @Test
    void aNameInTheAppositiveOfAPossessiveDescriptionIsTheSpeaker() {
        List<FoundQuote> quotes = find("Mr./NNP Vos/NNP/PERSON \u2019s/POS successor/NN ,/, Anton/NNP/PERSON "
                + "Brill/NNP/PERSON ,/, said/VBD the/DT wall/NN was/VBD useless/JJ ./.",
                "\u201C/`` We/PRP will/MD not/RB pay/VB ,/, \u201D/'' Mr./NNP Brill/NNP/PERSON said/VBD ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("Anton Brill", quotes.get(0).speakerName());
        assertEquals("Mr. Vos\u2019s successor", quotes.get(0).speakerDescription());
        // the honorific is no description of its own
        assertEquals("Anton Brill", quotes.get(1).speakerName());
        assertEquals("Mr. Vos\u2019s successor", quotes.get(1).speakerDescription());
        FoundQuote alone = only(find("\u201C/`` We/PRP will/MD not/RB pay/VB ,/, \u201D/'' Mr./NNP "
                + "Brill/NNP/PERSON said/VBD ./."));
        assertNull(alone.speakerDescription());
    }

    @Test
    void aSubjectAfterAnOpeningAdverbOrPhraseIsAnAntecedent() {
        // "…, praised Mr. Ruud Olsen": a cue after a comma with a name after it, but no attribution; the name
        // it would have made the speaker must not be remembered as a subject
        List<FoundQuote> quotes = find("Still/RB ,/, Mr./NNP Tarn/NNP/PERSON ,/, speaking/VBG briefly/RB ,/, "
                        + "praised/VBD Mr./NNP Ruud/NNP/PERSON Olsen/NNP/PERSON ./.",
                "\u201C/`` We/PRP need/VBP a/DT great/JJ director/NN ,/, \u201D/'' he/PRP told/VBD "
                        + "reporters/NNS ./.");
        FoundQuote q = quotes.get(quotes.size() - 1);
        assertEquals("Tarn", q.speakerName(), quotes::toString);
    }

    @Test
    void aPronounGoesToTheNearestSubjectInTheTextEvenAfterALongOpening() {
        // Stone is the subject of a cue inside the opening; Tarn is the main clause's subject, nearer to "he"
        List<FoundQuote> quotes = find("Mr./NNP Stone/NNP/PERSON joined/VBD the/DT campaign/NN ./.",
                "On/IN Friday/NNP ,/, the/DT day/NN that/IN Mr./NNP Stone/NNP/PERSON pledged/VBD his/PRP$ "
                        + "loyalty/NN to/TO the/DT president/NN ,/, Mr./NNP Tarn/NNP/PERSON bashed/VBD the/DT "
                        + "inquiry/NN ./.",
                "\u201C/`` A/DT witch/NN hunt/NN !/. \u201D/'' he/PRP wrote/VBD on/IN Twitter/NNP ./.");
        FoundQuote q = quotes.get(quotes.size() - 1);
        assertEquals("wrote", q.cue(), quotes::toString);
        assertEquals("Tarn", q.speakerName(), quotes::toString);
    }

    @Test
    void aDayAndItsPartOrAPeriodAgoIsATimeNeverTheSpeaker() {
        FoundQuote q = only(find("Party/NNP spokesman/NN Ivo/NNP/PERSON Rask/NNP/PERSON on/IN Thursday/NNP "
                + "evening/NN said/VBD the/DT party/NN was/VBD calm/JJ ./."));
        assertEquals("Ivo Rask", q.speakerName());
        FoundQuote ago = only(find("Ivo/NNP/PERSON Rask/NNP/PERSON a/DT month/NN ago/RB said/VBD the/DT "
                + "party/NN was/VBD calm/JJ ./."));
        assertEquals("Ivo Rask", ago.speakerName());
    }

    @Test
    void aNamedPersonAfterAPossessivePronounIsThatPersonDescribedByTheOwner() {
        List<FoundQuote> quotes = find("The/DT party/NN ,/, Green/NNP/ORGANIZATION Renewal/NNP/ORGANIZATION ,/, "
                        + "left/VBD the/DT coalition/NN ./.",
                "Its/PRP$ leader/NN Ada/NNP/PERSON Lund/NNP/PERSON said/VBD the/DT vote/NN was/VBD lost/VBN ./.");
        FoundQuote q = only(quotes);
        assertEquals("Ada Lund", q.speakerName());
        assertEquals("Green Renewal\u2019s leader", q.speakerDescription());
    }

    @Test
    void aDefiniteDescriptionMatchesTheHeadOfAnEarlierDescriptionNotAnyOfItsWords() {
        List<FoundQuote> quotes = find("The/DT leader/NN of/IN the/DT opposition/NN ,/, Pavel/NNP/PERSON "
                        + "Strand/NNP/PERSON ,/, said/VBD the/DT vote/NN was/VBD rigged/VBN ./.",
                "The/DT opposition/NN wants/VBZ a/DT new/JJ vote/NN ./.",
                "The/DT leader/NN said/VBD he/PRP would/MD wait/VB ./.");
        assertEquals(3, quotes.size(), quotes::toString);
        assertNull(quotes.get(1).speakerName(), quotes::toString);
        assertEquals("The opposition", quotes.get(1).speakerDescription());
        assertEquals("Pavel Strand", quotes.get(2).speakerName());
    }

    @Test
    void aShareOfPeopleIsTheWholeShare() {
        FoundQuote q = only(find("About/RB 4/CD in/IN 10/CD said/VBD they/PRP want/VBP an/DT outsider/NN ./."));
        assertEquals("About 4 in 10", q.speakerDescription());
        FoundQuote two = only(find("Two/CD of/IN three/CD said/VBD the/DT vote/NN was/VBD fair/JJ ./."));
        assertEquals("Two of three", two.speakerDescription());
    }

    @Test
    void timesAreReadWithTheTimeStagesOwnRulesWhenTheTaggerMarksNone() {
        // no DATE tags at all (the fast preset runs no SUTime): "last week" and "late on Tuesday" are still times
        FoundQuote q = only(find("Ivo/NNP/PERSON Rask/NNP/PERSON last/JJ week/NN said/VBD the/DT party/NN was/VBD "
                + "calm/JJ ./."));
        assertEquals("Ivo Rask", q.speakerName());
        FoundQuote late = only(find("The/DT party/NN said/VBD late/RB on/IN Tuesday/NNP it/PRP would/MD wait/VB ./."));
        assertEquals("it would wait", late.text());
    }

    @Test
    void theCompanyIsTheOrganisationThatSpokeLastOrOneNamedInTheSameSentence() {
        List<FoundQuote> quotes = find("Vell/NNP/ORGANIZATION Mutual/NNP/ORGANIZATION said/VBD the/DT breach/NN "
                        + "was/VBD contained/VBN ./.",
                "Shares/NNS fell/VBD ./. The/DT insurer/NN said/VBD letters/NNS would/MD follow/VB ./.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("Vell Mutual", quotes.get(1).speakerName());
        assertEquals("The insurer", quotes.get(1).speakerDescription());
        FoundQuote same = only(find("The/DT chief/NN of/IN Vell/NNP/ORGANIZATION Mutual/NNP/ORGANIZATION "
                + "resigned/VBD after/IN the/DT company/NN said/VBD profits/NNS fell/VBD ./."));
        assertEquals("Vell Mutual", same.speakerName());
        FoundQuote nobody = only(find("The/DT company/NN said/VBD profits/NNS fell/VBD ./."));
        assertNull(nobody.speakerName());
    }

    @Test
    void aNameClosingAnAsideIsNotTheSubjectButANameAfterWhileIs() {
        FoundQuote letter = only(find("The/DT letter/NN ,/, organised/VBN by/IN the/DT veteran/JJ MP/NN ,/, "
                + "Maria/NNP/PERSON Quayle/NNP/PERSON ,/, said/VBD the/DT cuts/NNS were/VBD cruel/JJ ./."));
        assertNull(letter.speakerName());
        assertEquals("The letter", letter.speakerDescription());
        List<FoundQuote> two = find("Pay/NN rose/VBD ,/, while/IN Rob/NNP/PERSON Rubin/NNP/PERSON ,/, the/DT "
                + "former/JJ secretary/NN ,/, said/VBD the/DT rise/NN was/VBD late/JJ ./.");
        assertEquals("Rob Rubin", two.get(two.size() - 1).speakerName());
    }

    @Test
    void aLetterSignedBySomeoneSaysWhatItsSignersSay() {
        FoundQuote q = only(find("Her/PRP$ remarks/NNS came/VBD after/IN forty/CD MPs/NNS signed/VBD a/DT letter/NN "
                + "warning/VBG that/IN they/PRP could/MD rebel/VB ./."));
        assertEquals("warning", q.cue());
        assertEquals("forty MPs", q.speakerDescription());
    }

    @Test
    void aCapitalisedTitleIsADescriptionAndAParticleBelongsToTheCue() {
        FoundQuote q = only(find("The/DT Chancellor/NNP has/VBZ ruled/VBN out/RP raising/VBG income/NN tax/NN ./."));
        assertNull(q.speakerName());
        assertEquals("The Chancellor", q.speakerDescription());
        assertEquals("ruled out", q.cue());
        assertEquals("raising income tax", q.text());
    }

    @Test
    void anOpeningTimeAndPlaceIsNoSubjectBeforeTheNamedSpeaker() {
        FoundQuote q = only(find("Tuesday/NNP/DATE at/IN Wallace/NNP University/NNP in/IN Berea/NNP/LOCATION ,/, "
                + "after/IN winning/VBG Ohio/NNP/LOCATION ,/, Jon/NNP/PERSON Kasey/NNP/PERSON ,/, said/VBD ,/, "
                + "\u201C/`` I/PRP am/VBP ready/JJ ./. \u201D/''"));
        assertEquals("Jon Kasey", q.speakerName());
    }

    @Test
    void aPronounSubjectKeepsItsPersonTheSubjectForALaterPronoun() {
        // "he" in the second paragraph stands for Tomas, so the "He" of the answer does too, not the Velko named
        // nearer to it
        List<FoundQuote> quotes = find("Tomas/NNP/PERSON claims/VBZ that/IN he/PRP ended/VBD the/DT friendship/NN ./.",
                "During/IN the/DT visit/NN ,/, he/PRP was/VBD photographed/VBN with/IN Ivo/NNP/PERSON "
                        + "Velko/NNP/PERSON in/IN the/DT park/NN ./. It/PRP rained/VBD ./. The/DT park/NN "
                        + "was/VBD empty/JJ ./.",
                "He/PRP later/RB told/VBD the/DT interviewer/NN :/: \u201C/`` I/PRP had/VBD to/TO see/VB him/PRP "
                        + "./. \u201D/''");
        assertEquals("Tomas", quotes.get(quotes.size() - 1).speakerName(), quotes::toString);
    }

    @Test
    void anOrganisationAsSubjectIsWhatTheAutomakerLaterRefersTo() {
        List<FoundQuote> quotes = find("Norvik/NNP/ORGANIZATION says/VBZ its/PRP$ sedan/NN will/MD sell/VB well/RB ./.",
                "Kestrel/NNP/ORGANIZATION built/VBD a/DT new/JJ wagon/NN ./.",
                "The/DT automaker/NN says/VBZ the/DT wagon/NN will/MD go/VB 300/CD miles/NNS ./.");
        assertEquals("Kestrel", quotes.get(quotes.size() - 1).speakerName(), quotes::toString);
        assertEquals("The automaker", quotes.get(quotes.size() - 1).speakerDescription());
    }

    @Test
    void anAcronymIsNoShortFormOfALongerNameEndingInIt() {
        List<FoundQuote> quotes = find("The/DT Ostra/NNP/ORGANIZATION Sports/NNPS/ORGANIZATION NFL/NNP/ORGANIZATION "
                        + "show/NN reported/VBD that/IN fines/NNS were/VBD coming/VBG ./.",
                "The/DT NFL/NNP/ORGANIZATION said/VBD the/DT game/NN would/MD move/VB ./.");
        assertEquals("NFL", quotes.get(quotes.size() - 1).speakerName(), quotes::toString);
    }

    @Test
    void aPictureIsNoAntecedentForHe() {
        List<FoundQuote> quotes = find("Ivo/NNP/PERSON Velko/NNP/PERSON met/VBD the/DT donors/NNS ./.",
                "A/DT photo/NN of/IN the/DT meeting/NN suggests/VBZ it/PRP was/VBD staged/VBN ./.",
                "He/PRP said/VBD the/DT photo/NN was/VBD real/JJ ./.");
        assertEquals("Ivo Velko", quotes.get(quotes.size() - 1).speakerName(), quotes::toString);
    }

    @Test
    void peopleDescribedByAParticipleArePluralNotAHe() {
        List<FoundQuote> quotes = find("Ivo/NNP/PERSON Velko/NNP/PERSON hired/VBD a/DT new/JJ manager/NN ./.",
                "People/NNS briefed/VBN on/IN the/DT move/NN said/VBD it/PRP was/VBD overdue/JJ ./.",
                "He/PRP said/VBD he/PRP was/VBD pleased/JJ ./.");
        assertEquals("Ivo Velko", quotes.get(quotes.size() - 1).speakerName(), quotes::toString);
    }

    @Test
    void theSubjectWhoseFirstNameIsMostlyAMansIsShesOnlyWhenNobodyElseCanBe() {
        // "Taylor" is listed as a man's name; with nobody else named, "she" is still the subject
        List<FoundQuote> alone = find("Taylor/NNP/PERSON Vale/NNP/PERSON 's/POS albums/NNS were/VBD sold/VBN ./.",
                "In/IN a/DT post/NN ,/, she/PRP described/VBD the/DT sale/NN as/IN a/DT disaster/NN ./.");
        assertEquals("Taylor Vale", alone.get(alone.size() - 1).speakerName(), alone::toString);
        // with someone nothing is known of, that someone: a man's first name is evidence against the subject
        List<FoundQuote> hired = find("Michael/NNP/PERSON Carter/NNP/PERSON hired/VBD Jordan/NNP/PERSON "
                        + "Ellis/NNP/PERSON as/IN campaign/NN manager/NN ./.",
                "\u201C/`` I/PRP am/VBP thrilled/JJ ,/, \u201D/'' she/PRP said/VBD ./.",
                "\u201C/`` We/PRP will/MD win/VB ,/, \u201D/'' he/PRP said/VBD ./.");
        assertEquals("Jordan Ellis", hired.get(0).speakerName(), hired::toString);
        assertEquals("Michael Carter", hired.get(1).speakerName(), "his name's sex is not overwritten");
    }

    @Test
    void aPartysAdjectiveIsNoBodyForThey() {
        List<FoundQuote> quotes = find("Her/PRP$ post/NN reached/VBD two/CD Democratic/JJ/ORGANIZATION senators/NNS ./.",
                "They/PRP criticised/VBD the/DT label/NN 's/POS owners/NNS ./.");
        assertTrue(quotes.stream().noneMatch(q -> "Democratic".equals(q.speakerName())), quotes::toString);
    }

    @Test
    void aNamedWomanOfTheLastParagraphsBeatsADescriptionNothingSaysTheSexOf() {
        List<FoundQuote> quotes = find("\u201C/`` I/PRP felt/VBD strange/JJ ,/, \u201D/'' Mary/NNP/PERSON Lind/NNP/PERSON "
                        + "said/VBD ./. It/PRP was/VBD odd/JJ ./. The/DT music/NN stayed/VBD ./.",
                "The/DT late/JJ neurologist/NN wrote/VBD about/IN such/JJ symptoms/NNS ./. The/DT months/NNS "
                        + "were/VBD tough/JJ ./. \u201C/`` I/PRP could/MD not/RB focus/VB ,/, \u201D/'' she/PRP "
                        + "said/VBD ./.");
        assertEquals("Mary Lind", quotes.get(quotes.size() - 1).speakerName(), quotes::toString);
    }

    @Test
    void aNameInTheAppositiveOfAPossessiveDescriptionIsTheSubject() {
        // "Lind's son, Ivo Berg, …": the son speaks later as "he", not his mother; "My husband" in a quotation is
        // nobody's antecedent
        List<FoundQuote> quotes = find("\u201C/`` My/PRP$ husband/NN and/CC I/PRP were/VBD afraid/JJ ,/, \u201D/'' "
                        + "Mara/NNP/PERSON Lind/NNP/PERSON said/VBD ./.",
                "Lind/NNP/PERSON 's/POS son/NN ,/, Ivo/NNP/PERSON Berg/NNP/PERSON ,/, remembers/VBZ it/PRP well/RB ./. "
                        + "\u201C/`` She/PRP was/VBD changed/VBN ,/, \u201D/'' he/PRP said/VBD ./.");
        assertEquals("Ivo Berg", quotes.get(quotes.size() - 1).speakerName(), quotes::toString);
    }

    @Test
    void anotherOwnersBodyIsNotTheOneNamedBefore() {
        List<FoundQuote> quotes = find("The/DT Velden/NNP/ORGANIZATION Criminal/NNP/ORGANIZATION Court/NNP/ORGANIZATION "
                        + "said/VBD it/PRP would/MD hear/VB the/DT case/NN ./.",
                "The/DT European/NNP/ORGANIZATION Union/NNP/ORGANIZATION 's/POS top/JJ court/NN ruled/VBD that/IN "
                        + "labels/NNS must/MD change/VB ./.");
        FoundQuote eu = quotes.get(quotes.size() - 1);
        assertNull(eu.speakerName(), quotes::toString);
        assertEquals("The European Union's top court", eu.speakerDescription());
    }

    @Test
    void aThingIsNoHeOrShe() {
        // CoreNLP's animacy lists know "torso" as a thing; the writer named before is "he"
        List<FoundQuote> quotes = find("Zorvan/NNP/PERSON Berg/NNP/PERSON wrote/VBD poems/NNS ./.",
                "The/DT torso/NN of/IN this/DT body/NN of/IN work/NN suggests/VBZ that/IN novels/NNS "
                        + "mattered/VBD most/RBS ./. \u201C/`` I/PRP hate/VBP the/DT obvious/JJ ,/, \u201D/'' he/PRP "
                        + "said/VBD ./.");
        assertEquals("Zorvan Berg", quotes.get(quotes.size() - 1).speakerName(), quotes::toString);
    }
}
