package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganizationNameTest {

    @Test
    void keyDropsLeadingArticlePossessiveAndCase() {
        assertEquals("world health organization", OrganizationName.key("the World Health Organization"));
        assertEquals("kremlin", OrganizationName.key("Kremlin's"));
        assertEquals("marks and spencer", OrganizationName.key("Marks & Spencer"));
    }

    @Test
    void acronymsAreCapitalWordsOrShortCapitalisedWords() {
        assertTrue(OrganizationName.acronymLike("WHO"));
        assertTrue(OrganizationName.acronymLike("U.N."));
        assertTrue(OrganizationName.acronymLike("Nato"));
        assertFalse(OrganizationName.acronymLike("World Health Organization"));
        assertTrue(OrganizationName.capitalAcronym("WHO"));
        assertFalse(OrganizationName.capitalAcronym("Nato"));
        assertEquals("un", OrganizationName.acronymKey("U.N."));
    }

    @Test
    void initialsSkipSmallWords() {
        assertTrue(OrganizationName.initials("World Health Organization").contains("who"));
        assertTrue(OrganizationName.initials("North Atlantic Treaty Organization").contains("nato"));
        assertTrue(OrganizationName.initials("Organization of the Petroleum Exporting Countries").contains("opec"));
        assertTrue(OrganizationName.initials("Reuters").isEmpty());
    }

    @Test
    void aLowerCaseGenericWordAfterACapitalisedNameIsNotPartOfItsKey() {
        assertEquals(OrganizationName.key("Green Renewal"), OrganizationName.key("the Green Renewal party"));
        assertEquals("civic union", OrganizationName.key("Civic Union movement"));
        // a capitalised word belongs to the name, and a lower-case name keeps its word
        assertEquals("labour party", OrganizationName.key("the Labour Party"));
        assertEquals("tea party", OrganizationName.key("the tea party"));
    }
}
