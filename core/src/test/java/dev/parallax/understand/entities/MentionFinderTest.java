package dev.parallax.understand.entities;

import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Span;
import dev.parallax.understand.nlp.NlpMention;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.nlp.NlpSentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The finder over hand-made analyses: one sentence per paragraph, mentions given as (text, analyzer type). */
class MentionFinderTest {
    private final MentionFinder finder = new MentionFinder();

    /** An analysis of one one-sentence paragraph; {@code mentions} alternate surface and type, found in order. */
    private static NlpParagraph analysis(String text, String... mentions) {
        List<NlpMention> found = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < mentions.length; i += 2) {
            int at = text.indexOf(mentions[i], from);
            if (at < 0) {
                throw new IllegalArgumentException(mentions[i]);
            }
            found.add(new NlpMention(mentions[i], mentions[i + 1], at, at + mentions[i].length(), null, null));
            from = at + mentions[i].length();
        }
        return new NlpParagraph(text, List.of(new NlpSentence(0, text.length(), List.of(), found)));
    }

    private Mention only(String text, String... mentions) {
        List<Mention> out = finder.find(0, analysis(text, mentions));
        assertEquals(1, out.size(), () -> "mentions of: " + text + " → " + out);
        return out.get(0);
    }

    private String roleOf(String text, String person) {
        return only(text, person, "PERSON").role();
    }

    @Test
    void aCapitalisedPronounOpeningASentenceIsNoEntity() {
        List<Mention> out = finder.find(0, analysis("She said Ana Petrova would stay. He agreed, and so did WHO and the US.",
                "She", "PERSON", "Ana Petrova", "PERSON", "He", "PERSON", "WHO", "ORGANIZATION", "US", "LOCATION"));
        assertEquals(List.of("Ana Petrova", "WHO", "US"), out.stream().map(Mention::text).toList());
    }

    // ---- titles before the name ----------------------------------------------------------------

    @Test
    void capitalisedTitleBeforeTheNameIsItsRole() {
        assertEquals("Foreign Minister", roleOf("Foreign Minister Ana Petrova said the talks had failed.", "Ana Petrova"));
        assertEquals("Russian President", roleOf("Russian President Vladimir Putin signed the law.", "Vladimir Putin"));
        assertEquals("Prime Minister", roleOf("The visit was approved by Prime Minister Ivan Sokol on Friday.", "Ivan Sokol"));
        // local government titles of American and British papers
        assertEquals("Councilmember", roleOf("Councilmember Devon Price said he would ask for a hearing.", "Devon Price"));
        assertEquals("County Supervisor", roleOf("County Supervisor Ana Ruiz voted no.", "Ana Ruiz"));
        assertEquals("Assemblywoman", roleOf("Assemblywoman Lena Ortiz objected.", "Lena Ortiz"));
    }

    @Test
    void lowerCaseTitleBeforeTheNameIsItsRole() {
        assertEquals("Kremlin spokesman", roleOf("Kremlin spokesman Dmitry Peskov told reporters nothing.", "Dmitry Peskov"));
        assertEquals("opposition leader", roleOf("It was a blow to opposition leader Maria Lenz.", "Maria Lenz"));
    }

    @Test
    void possessiveTitleBeforeTheNameIsKeptAsWritten() {
        assertEquals("Navalny's lawyer",
                roleOf("\"We will appeal,\" said Navalny's lawyer Olga Mikhailova.", "Olga Mikhailova"));
    }

    @Test
    void anOpeningQuoteEndsATitle() {
        assertEquals("Former President",
                roleOf("He wrote: \u201cFormer President Vicente Fox agreed with us.\u201d", "Vicente Fox"));
    }

    @Test
    void verbsAndDatesBeforeATitleAreNotPartOfIt() {
        assertEquals("Defence Minister", roleOf("On Tuesday Defence Minister Ivan Sokol resigned.", "Ivan Sokol"));
        assertEquals("President", roleOf("Protesters met President Ana Petrova outside.", "Ana Petrova"));
    }

    // ---- appositions ---------------------------------------------------------------------------

    @Test
    void appositionAfterTheNameIsItsRole() {
        assertEquals("the country's interior minister",
                roleOf("Petrova, the country's interior minister, said the border would stay shut.", "Petrova"));
        assertEquals("a government spokeswoman",
                roleOf("Maria Lenz, a government spokeswoman, declined to comment.", "Maria Lenz"));
    }

    @Test
    void appositionAfterAnAgeIsItsRole() {
        assertEquals("a retired colonel", roleOf("Ivan Sokol, 61, a retired colonel, was detained.", "Ivan Sokol"));
    }

    @Test
    void appositionEndsBeforeItsRelativeClause() {
        assertEquals("a 23-year-old student", roleOf("\"I came because I could not stay at home,\" said Dmitry, "
                + "a 23-year-old student who declined to give his surname, standing outside.", "Dmitry"));
        assertEquals("a lawyer", roleOf("Anna Berg, a lawyer whose firm represents the families, said so.",
                "Anna Berg"));
        assertNull(roleOf("Volkov, 47, who has been in custody since 2021, denies the charges.", "Volkov"));
    }

    @Test
    void appositionEndingTheSentenceIsItsRole() {
        assertEquals("the foreign minister",
                roleOf("The statement was signed by Ana Petrova, the foreign minister.", "Ana Petrova"));
    }

    @Test
    void appositionBeforeTheNameIsItsRole() {
        assertEquals("the Foreign Minister",
                roleOf("Speaking in Geneva, the Foreign Minister, Ana Petrova, said talks would resume.", "Ana Petrova"));
        assertEquals("The army chief",
                roleOf("The army chief, General Ivan Sokol, said the troops were ready.", "Ivan Sokol"));
    }

    @Test
    void aPrepositionBeforeTheRoleNounEndsTheAppositionBeforeTheName() {
        assertEquals("Grimm's attorney", roleOf("He read the statement from Grimm's attorney, William Hale, on air.",
                "William Hale"));
        assertEquals("her partner", roleOf("In 2004 she married her partner, Rosa Lind, in Boston.", "Rosa Lind"));
        // one after the role noun links: "the head of the army"
        assertEquals("the deputy head of the harbour authority", roleOf(
                "Talks were led by the deputy head of the harbour authority, Jan Berg, on Monday.", "Jan Berg"));
    }

    @Test
    void clausesAndListsAreNotRoles() {
        assertNull(roleOf("Petrova, who has denied any wrongdoing, said she would stay.", "Petrova"));
        assertNull(roleOf("Petrova, Sokol and Lenz attended the meeting.", "Petrova"));
        assertNull(roleOf("In Moscow, Ivan Sokol said nothing.", "Ivan Sokol"));
        assertNull(roleOf("Ivan Sokol said the minister had resigned.", "Ivan Sokol"));
    }

    @Test
    void aNameBeforeTheNameIsNoApposition() {
        assertNull(roleOf("Praising President Obama, Ivan Sokol said the vote would wait.", "Ivan Sokol"));
        assertEquals("the head of the army",
                roleOf("On Monday the head of the army, Ivan Sokol, resigned.", "Ivan Sokol"));
    }

    @Test
    void mentionsWithoutACapitalAreNotNames() {
        assertTrue(finder.find(0, analysis("Then he left.", "he", "PERSON")).isEmpty());
    }

    @Test
    void organisationsAndPlacesGetNoRole() {
        assertNull(only("Gazprom, the state energy company, raised prices.", "Gazprom", "ORGANIZATION").role());
    }

    // ---- honorifics ----------------------------------------------------------------------------

    @Test
    void honorificBeforeThePersonIsTakenIntoTheMention() {
        Mention m = only("Yesterday Mr Scholz flew to Paris.", "Scholz", "PERSON");
        assertEquals("Mr Scholz", m.text());
        assertEquals(new Span(0, 10, 19), m.span());
        assertEquals("Dr. Anna Lenz", only("Dr. Anna Lenz led the study.", "Anna Lenz", "PERSON").text());
        assertEquals("Herr Merz", only("Herr Merz schwieg.", "Merz", "PERSON").text());
    }

    @Test
    void titleBeforeAnHonorificIsStillTheRole() {
        Mention m = only("Foreign Secretary Mr Lammy arrived.", "Lammy", "PERSON");
        assertEquals("Mr Lammy", m.text());
        assertEquals("Foreign Secretary", m.role());
    }

    @Test
    void lowerCaseWordsAreNotHonorifics() {
        assertEquals("Lenz", only("Thank you, madame Lenz.", "Lenz", "PERSON").text());
    }

    // ---- kinds and descriptions ----------------------------------------------------------------

    @Test
    void descriptionsAreNotOrganisationNames() {
        assertTrue(finder.find(0, analysis("A statement from the ministry followed.", "the ministry", "ORGANIZATION")).isEmpty());
        assertTrue(finder.find(0, analysis("The Government denied it.", "Government", "ORGANIZATION")).isEmpty());
        assertEquals("Foreign Ministry",
                only("The Foreign Ministry denied it.", "Foreign Ministry", "ORGANIZATION").text());
    }

    @Test
    void fineGrainedPlacesArePlacesAndOtherKindsAreLeftOut() {
        List<Mention> out = finder.find(0, analysis("Kyiv, Ukraine, on Monday: Germans rallied.",
                "Kyiv", "CITY", "Ukraine", "COUNTRY", "Monday", "DATE", "Germans", "MISC"));
        assertEquals(List.of(EntityType.LOCATION, EntityType.LOCATION), out.stream().map(Mention::type).toList());
    }

    @Test
    void paragraphsAreNumberedInTheirOrder() {
        List<Mention> out = finder.find(List.of(
                analysis("Nothing here."),
                analysis("Ana Petrova arrived.", "Ana Petrova", "PERSON")));
        assertEquals(1, out.size());
        assertEquals(1, out.get(0).span().paragraph());
    }

    @Test
    void mentionsOutsideTheirSentenceAreSkipped() {
        NlpParagraph bad = new NlpParagraph("Short.", List.of(new NlpSentence(0, 6, List.of(),
                List.of(new NlpMention("Ana Petrova", "PERSON", 3, 40, null, null)))));
        assertTrue(finder.find(0, bad).isEmpty());
    }

    @Test
    void roleWordsCarryGender() {
        assertEquals(Gender.FEMALE, RoleWords.gender("a government spokeswoman"));
        assertEquals(Gender.MALE, RoleWords.gender("the Kremlin spokesman"));
        assertEquals(Gender.UNKNOWN, RoleWords.gender("the foreign minister"));
        assertEquals(Gender.FEMALE, RoleWords.gender("Councilwoman"));
        assertEquals(Gender.UNKNOWN, RoleWords.gender("Councilmember"));
        assertEquals(Gender.UNKNOWN, RoleWords.gender(null));
    }
}
