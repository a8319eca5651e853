package dev.parallax.resolve;

import dev.parallax.understand.entities.Gender;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonNameTest {

    @Test
    void honorificsAreStrippedAndKeptAsGender() {
        PersonName mr = PersonName.parse("Mr Scholz");
        assertEquals("Scholz", mr.display());
        assertEquals("Scholz", mr.surname());
        assertFalse(mr.full());
        assertEquals(Gender.MALE, mr.gender());
        assertEquals(Gender.FEMALE, PersonName.parse("Mrs. Ana Petrova").gender());
        assertEquals(Gender.FEMALE, PersonName.parse("Ms Petrova").gender());
        assertEquals(Gender.MALE, PersonName.parse("Herr Merz").gender());
        PersonName dr = PersonName.parse("Dr Anna Lenz");
        assertEquals(Gender.UNKNOWN, dr.gender());
        assertEquals("Anna Lenz", dr.display());
        assertEquals(List.of("Anna"), dr.given());
    }

    @Test
    void aRankTheTaggerTookIntoAFullNameIsStripped() {
        PersonName officer = PersonName.parse("Col Aleksander Vorn");
        assertEquals("Aleksander Vorn", officer.display());
        assertEquals(List.of("Aleksander"), officer.given());
        assertEquals("Gen Vorn", PersonName.parse("Gen Vorn").display(), "with the surname alone it may be a name");
    }

    @Test
    void aNameThatIsOnlyAnHonorificWordIsKept() {
        assertEquals("Sir", PersonName.parse("Sir").display());
    }

    @Test
    void surnameKeepsItsParticles() {
        PersonName p = PersonName.parse("Ursula von der Leyen");
        assertEquals("von der Leyen", p.surname());
        assertEquals(List.of("Ursula"), p.given());
        PersonName alone = PersonName.parse("von der Leyen");
        assertFalse(alone.full());
        assertEquals(p.surnameKey(), alone.surnameKey());
    }

    @Test
    void generationalSuffixIsNotTheSurname() {
        PersonName p = PersonName.parse("Martin Luther King Jr.");
        assertEquals("King", p.surname());
        assertEquals("jr", p.suffix());
        assertEquals("Martin Luther King Jr.", p.display());
        assertFalse(PersonName.parse("Donald Trump Jr.").sameFullName(PersonName.parse("Donald Trump")));
        assertNotEquals(PersonName.parse("Donald Trump Jr.").key(), PersonName.parse("Donald Trump").key());
    }

    @Test
    void possessiveEndingIsDropped() {
        assertEquals("Navalny", PersonName.parse("Navalny's").surname());
    }

    @Test
    void eastAsianNamesWrittenFamilyFirstHaveTheFirstWordAsSurname() {
        assertEquals("Kim", PersonName.parse("Kim Jong Un").surname());
        assertEquals("Kim", PersonName.parse("Kim Jong-un").surname());
        assertEquals("Xi", PersonName.parse("Xi Jinping").surname());
        assertEquals("Li", PersonName.parse("Li Keqiang").surname());
        assertTrue(PersonName.parse("Kim Jong Un").sameFullName(PersonName.parse("Kim Jong-un")));
    }

    @Test
    void westernNamesWithAnEastAsianFirstWordKeepTheLastWordAsSurname() {
        assertEquals("Kardashian", PersonName.parse("Kim Kardashian").surname());
        assertEquals("Anderson", PersonName.parse("Lee Anderson").surname());
    }

    @Test
    void fullNamesOfDifferentStructureAreNotTheSame() {
        assertFalse(PersonName.parse("George W. Bush").sameFullName(PersonName.parse("George Bush")));
        assertTrue(PersonName.parse("Aleksey Navalny").sameFullName(PersonName.parse("Alexei Navalnyi")));
        assertFalse(PersonName.parse("Dmitry Peskov").sameFullName(PersonName.parse("Dmitry Medvedev")));
    }

    @Test
    void middleNamesAreSetAsideWhenOneNameLeavesThemOut() {
        assertEquals(PersonName.parse("Donald Trump").keyWithoutMiddleNames(),
                PersonName.parse("Donald J. Trump").keyWithoutMiddleNames());
        assertEquals(List.of("h", "w"), PersonName.parse("George H. W. Bush").middleNames());
        assertTrue(PersonName.parse("Donald J. Trump").sameButForMiddleNames(PersonName.parse("Donald Trump")));
        assertTrue(PersonName.parse("Donald J. Trump").sameButForMiddleNames(PersonName.parse("Donald John Trump")));
        assertTrue(PersonName.parse("Hillary Rodham Clinton").sameButForMiddleNames(PersonName.parse("Hillary Clinton")));
        assertFalse(PersonName.parse("George W. Bush").sameButForMiddleNames(PersonName.parse("George H. W. Bush")));
        assertFalse(PersonName.parse("Kim Jong Un").sameButForMiddleNames(PersonName.parse("Kim Un")));
    }
}
