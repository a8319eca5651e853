package dev.parallax.resolve;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.parallax.resolve.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver();

    private Resolution resolve(ArticleFixture... fixtures) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (ArticleFixture f : fixtures) {
            articles.add(f.build());
        }
        return resolver.resolve(articles);
    }

    private static Entity entity(Resolution r, int article, int mention) {
        return r.entityOfMention(article, mention).orElseThrow(() ->
                new AssertionError("mention " + mention + " of article " + article + " is unresolved"));
    }

    private static List<Entity> ofType(Resolution r, EntityType type) {
        return r.entities().stream().filter(e -> e.type() == type).toList();
    }

    // ---- surnames and honorifics ---------------------------------------------------------------

    @Test
    void surnameAloneJoinsTheFullNameOfItsArticle() {
        Resolution r = resolve(article("a1",
                "Alexei Navalny, the opposition politician, was moved to a remote colony.",
                "Navalny's lawyers said they had not been told.")
                .person("Alexei Navalny", "the opposition politician").person("Navalny"));
        assertEquals(1, r.entities().size());
        Entity e = r.entities().get(0);
        assertEquals("Alexei Navalny", e.name());
        assertEquals(List.of("Alexei Navalny", "Navalny"), e.aliases());
        assertEquals(List.of("the opposition politician"), e.roles());
    }

    @Test
    void surnameAloneInAnotherRomanisationJoinsTheOneFullNameOfItsArticle() {
        Resolution r = resolve(article("a1",
                "Supporters of Alexei Navalnyi gathered outside the court. Sergei Shoigu was abroad.",
                "Navalny's team said it would appeal. Mr Shoygu did not comment.")
                .person("Alexei Navalnyi").person("Sergei Shoigu").person("Navalny").person("Mr Shoygu"));
        assertEquals(2, r.entities().size(), r.entities()::toString);
        assertEquals(entity(r, 0, 0).id(), entity(r, 0, 2).id());
        assertEquals(List.of("Alexei Navalnyi", "Navalny"), entity(r, 0, 0).aliases());
        assertEquals(entity(r, 0, 1).id(), entity(r, 0, 3).id());
        // a name spelled alike wins over a variant, and a female surname form is another person
        Resolution alike = resolve(article("a1", "Oleg Sokolov and Anna Sokolova spoke. Sokolova left first.")
                .person("Oleg Sokolov").person("Anna Sokolova").person("Sokolova"));
        assertEquals(entity(alike, 0, 1).id(), entity(alike, 0, 2).id());
        assertEquals(2, alike.entities().size());
    }

    @Test
    void honorificSurnameJoinsTheFullNameAndIsKeptAsAlias() {
        Resolution r = resolve(article("a1",
                "Chancellor Olaf Scholz arrived in Vilnius on Monday.",
                "Mr Scholz told reporters the talks had been \"open\". Later, Dr. Scholz was not mentioned again.")
                .person("Olaf Scholz", "Chancellor").person("Mr Scholz").person("Dr. Scholz"));
        assertEquals(1, r.entities().size());
        assertEquals("Olaf Scholz", r.entities().get(0).name());
        assertEquals(List.of("Olaf Scholz", "Mr Scholz", "Dr. Scholz"), r.entities().get(0).aliases());
    }

    @Test
    void aNameWrittenInCapitalsTakesTheFormWrittenInCaseOrIsTitleCased() {
        Resolution r = resolve(
                article("a1", "LONDON (Harbour Wire) — Fares rose. LONDON — more.").place("LONDON").place("LONDON"),
                article("a2", "Crowds gathered in London on Friday.").place("London"),
                article("a3", "NEW YORK — Markets fell, NATO said in a note from the UK.")
                        .place("NEW YORK").org("NATO").place("UK"));
        List<String> names = r.entities().stream().map(Entity::name).sorted().toList();
        assertEquals(List.of("London", "NATO", "New York", "UK"), names);
    }

    @Test
    void surnameAloneJoinsTheOneFullNameKnownFromAnotherArticle() {
        Resolution r = resolve(
                article("a1", "Kremlin spokesman Dmitry Peskarev told reporters the court was independent.")
                        .person("Dmitry Peskarev", "Kremlin spokesman"),
                article("a2", "Asked about the case, Mr Peskarev said the president was busy.").person("Mr Peskarev"),
                article("a3", "Dmitri Peskarev declined to comment.").person("Dmitri Peskarev"));
        assertEquals(1, r.entities().size(), r.entities()::toString);
        assertEquals(entity(r, 0, 0).id(), entity(r, 1, 0).id());
        assertEquals(List.of("Dmitry Peskarev", "Mr Peskarev", "Dmitri Peskarev"), r.entities().get(0).aliases());
        // the order the articles come in does not matter
        Resolution late = resolve(
                article("a2", "Asked about the case, Mr Peskarev said the president was busy.").person("Mr Peskarev"),
                article("a1", "Kremlin spokesman Dmitry Peskarev told reporters.").person("Dmitry Peskarev"));
        assertEquals(1, late.entities().size(), late.entities()::toString);
        // another romanisation when none is spelled alike
        Resolution variant = resolve(
                article("a1", "Alexei Navalnyi died in custody.").person("Alexei Navalnyi"),
                article("a2", "Navalny had predicted it.").person("Navalny"));
        assertEquals(1, variant.entities().size());
    }

    @Test
    void surnameAloneJoinsThePersonMentionedFarMoreThanOthersWithIt() {
        Resolution r = resolve(
                article("a1", "Donald Trump spoke. Donald Trump left. Donald Trump returned.")
                        .person("Donald Trump").person("Donald Trump").person("Donald Trump"),
                article("a2", "Ivanka Trump was there.").person("Ivanka Trump"),
                article("a3", "President Trump signed the order.").person("Trump"));
        assertEquals(entity(r, 0, 0).id(), entity(r, 2, 0).id());
        assertEquals(2, r.entities().size());
    }

    @Test
    void surnameAloneDoesNotJoinAcrossArticlesOnWeakEvidence() {
        // a word that is mostly a first name joins only a person named often
        Resolution george = resolve(
                article("a1", "Inspector general J. Russell George wrote the report.").person("J. Russell George"),
                article("a2", "George said he would stay.").person("George"));
        assertEquals(2, george.entities().size());
        // spellings that differ only by a doubled letter are two English names
        Resolution doubled = resolve(
                article("a1", "Jason Baron, a lawyer, testified.").person("Jason Baron"),
                article("a2", "Barron was at school.").person("Barron"));
        assertEquals(2, doubled.entities().size());
        // an honorific's gender against the gender of the full name's first name
        Resolution kay = resolve(
                article("a1", "Senator Susan Hutchison voted no.").person("Susan Hutchison"),
                article("a2", "Mr. Hutchison said nothing.").person("Mr. Hutchison"));
        assertEquals(2, kay.entities().size());
    }

    @Test
    void surnameAloneStaysApartWhenTwoPeopleKnownShareIt() {
        Resolution r = resolve(
                article("a1", "Bill Clinton spoke first.").person("Bill Clinton"),
                article("a2", "Hillary Clinton spoke later.").person("Hillary Clinton"),
                article("a3", "Clinton was not available.").person("Clinton"));
        assertEquals(3, r.entities().size());
        assertNotEquals(entity(r, 0, 0).id(), entity(r, 2, 0).id());
        assertNotEquals(entity(r, 1, 0).id(), entity(r, 2, 0).id());
        // nor does it join a person of another gender
        Resolution gender = resolve(
                article("a1", "Ivan Sokol, a defence ministry spokesman, spoke.")
                        .person("Ivan Sokol", "a defence ministry spokesman"),
                article("a2", "Ms Sokol said the figures were wrong.").person("Ms Sokol"));
        assertEquals(2, gender.entities().size());
        // nor a generational suffix of the name
        Resolution son = resolve(
                article("a1", "Donald Trump Jr. posted a video.").person("Donald Trump Jr."),
                article("a2", "Trump was in Ohio.").person("Trump"));
        assertEquals(2, son.entities().size());
    }

    @Test
    void surnameAloneJoinsAcrossArticlesThroughItsOwnArticlesFullName() {
        Resolution r = resolve(
                article("a1", "Alexei Navalny died in custody, officials said.").person("Alexei Navalny"),
                article("a2", "Supporters of Aleksei Navalny gathered.", "Navalny had predicted it.")
                        .person("Aleksei Navalny").person("Navalny"));
        assertEquals(1, r.entities().size());
        assertEquals(entity(r, 0, 0).id(), entity(r, 1, 1).id());
    }

    @Test
    void surnameAloneOfOneArticleStaysWithinThatArticle() {
        Resolution r = resolve(
                article("a1", "Putin spoke for an hour.").person("Putin"),
                article("a2", "Putin did not answer.").person("Putin"));
        assertEquals(2, r.entities().size());
        assertEquals("Putin", r.entities().get(0).name());
    }

    @Test
    void twoWordNameJoinsTheOneLongerNameWithItsFirstAndLastNames() {
        Resolution r = resolve(article("a1",
                "Vladimir Vladimirovich Putin took the oath. Vladimir Putin then spoke. Putin smiled.")
                .person("Vladimir Vladimirovich Putin").person("Vladimir Putin").person("Putin"));
        assertEquals(1, r.entities().size());
        assertEquals(3, r.mentionEntities().size());
    }

    // ---- transliteration families --------------------------------------------------------------

    private void assertOneEntity(String... spellings) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (int i = 0; i < spellings.length; i++) {
            articles.add(article("a" + i, "Reports said " + spellings[i] + " had spoken.").person(spellings[i]).build());
        }
        Resolution r = resolver.resolve(articles);
        assertEquals(1, r.entities().size(), () -> "one entity for " + List.of(spellings) + ": " + r.entities());
        assertEquals(List.of(spellings), r.entities().get(0).aliases());
    }

    @Test
    void alexeiSpellingsAreOnePerson() {
        assertOneEntity("Alexei Navalny", "Aleksei Navalny", "Alexey Navalny", "Aleksey Navalny", "Alexej Nawalny");
    }

    @Test
    void navalnySurnameSpellingsAreOnePerson() {
        assertOneEntity("Alexei Navalny", "Alexei Navalnyi", "Alexei Nawalny");
    }

    @Test
    void shoiguSpellingsAreOnePerson() {
        assertOneEntity("Sergei Shoigu", "Sergey Shoygu", "Sergej Schoigu");
    }

    @Test
    void zelenskySpellingsAreOnePerson() {
        assertOneEntity("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy");
    }

    @Test
    void dmitrySpellingsAreOnePerson() {
        assertOneEntity("Dmitry Peskov", "Dmitri Peskov", "Dmitriy Peskov", "Dmitrij Peskow");
    }

    @Test
    void sergeiSpellingsAreOnePerson() {
        assertOneEntity("Sergei Lavrov", "Sergey Lavrov", "Sergej Lawrow");
    }

    @Test
    void yevgenyAndKhSpellingsAreOnePerson() {
        assertOneEntity("Yevgeny Prigozhin", "Evgeny Prigozhin", "Jewgeni Prigoschin");
        assertOneEntity("Mikhail Khodorkovsky", "Mikhail Hodorkovsky");
    }

    @Test
    void diacriticsAreFolded() {
        assertOneEntity("Volodymyr Zelenskyy", "Volodymyr Zelenskýy");
    }

    @Test
    void canonicalNameIsTheMostFrequentFullForm() {
        Resolution r = resolve(
                article("a1", "Volodymyr Zelenskyy addressed parliament.").person("Volodymyr Zelenskyy"),
                article("a2", "Volodymyr Zelensky addressed parliament.").person("Volodymyr Zelensky"),
                article("a3", "President Volodymyr Zelensky visited the front. Zelensky said little.")
                        .person("Volodymyr Zelensky", "President").person("Zelensky"));
        assertEquals(1, r.entities().size());
        assertEquals("Volodymyr Zelensky", r.entities().get(0).name());
        assertEquals(List.of("President"), r.entities().get(0).roles());
    }

    @Test
    void idDoesNotDependOnWhichSpellingCameFirst() {
        Resolution one = resolve(
                article("a1", "Alexei Navalny spoke.").person("Alexei Navalny"),
                article("a2", "Aleksey Navalny spoke.").person("Aleksey Navalny"));
        Resolution two = resolve(
                article("a2", "Aleksey Navalny spoke.").person("Aleksey Navalny"),
                article("a1", "Alexei Navalny spoke.").person("Alexei Navalny"));
        assertEquals(one.entities().get(0).id(), two.entities().get(0).id());
        assertTrue(one.entities().get(0).id().matches("[0-9a-f]{16}"));
    }

    @Test
    void sameInputGivesTheSameResolution() {
        ArticleFixture[] input = {
                article("a1", "Dmitry Peskov and Dmitry Medvedev spoke. The WHO and Ford replied.")
                        .person("Dmitry Peskov").person("Dmitry Medvedev").org("WHO").org("Ford"),
                article("a2", "Peskov, the Kremlin spokesman, said Dmitri Peskov had not.")
                        .person("Peskov", "the Kremlin spokesman").person("Dmitri Peskov")};
        assertEquals(resolve(input), resolve(input));
    }

    // ---- must not merge ------------------------------------------------------------------------

    @Test
    void twoPeopleSharingAFirstNameStayApart() {
        Resolution r = resolve(article("a1",
                "Dmitry Peskov said Dmitry Medvedev's remarks were personal. Dmitry later declined to add more.")
                .person("Dmitry Peskov").person("Dmitry Medvedev").person("Dmitry"));
        assertNotEquals(entity(r, 0, 0).id(), entity(r, 0, 1).id());
        String dmitry = entity(r, 0, 2).id();
        assertNotEquals(entity(r, 0, 0).id(), dmitry);
        assertNotEquals(entity(r, 0, 1).id(), dmitry);
    }

    @Test
    void givenNameInAQuoteJoinsTheOneFullNameOfItsArticleWithIt() {
        Resolution r = resolve(article("a1",
                "Opposition politician Aleksei Volkov was sentenced on Thursday.",
                "\"Alexei knew what he was risking,\" his wife, Yulia Volkova, wrote.")
                .person("Aleksei Volkov", "Opposition politician").person("Alexei").person("Yulia Volkova")
                .directQuote("Alexei knew what he was risking,"));
        assertEquals(entity(r, 0, 0).id(), entity(r, 0, 1).id());
        assertEquals(2, r.entities().size(), r.entities()::toString);
        // two full names with it: neither
        Resolution two = resolve(article("a1",
                "Dmitry Peskov and Dmitry Medvedev were both named. \"Dmitry never calls,\" a friend said.")
                .person("Dmitry Peskov").person("Dmitry Medvedev").person("Dmitry")
                .directQuote("Dmitry never calls,"));
        assertEquals(2, two.entities().size());
        assertEquals(Optional.empty(), two.entityOf(0, 2));
        // outside quotes a given name alone is someone else, as writers name adults by surname
        Resolution voxPop = resolve(article("a1",
                "Kremlin spokesman Dmitri Peskov declined to comment.",
                "\"I came because I could not stay at home,\" said Dmitry, a 23-year-old student.")
                .person("Dmitri Peskov").person("Dmitry", "a 23-year-old student")
                .directQuote("I came because I could not stay at home,"));
        assertEquals(2, voxPop.entities().size());
    }

    @Test
    void firstNameAloneDoesNotJoinAFullNameOfAnotherArticle() {
        Resolution r = resolve(
                article("a1", "Boris Johnson resigned as an MP.").person("Boris Johnson"),
                article("a2", "Boris, who runs a bakery in Leeds, said prices had doubled.").person("Boris"));
        assertEquals(2, ofType(r, EntityType.PERSON).size());
    }

    @Test
    void surnameTwoFullNamesShareStaysUnresolved() {
        Resolution r = resolve(article("a1",
                "Bill Clinton and Hillary Clinton arrived together. Clinton spoke first.")
                .person("Bill Clinton").person("Hillary Clinton").person("Clinton"));
        assertEquals(2, r.entities().size());
        assertEquals(Optional.empty(), r.entityOf(0, 2));
    }

    @Test
    void genderEvidenceTellsApartTwoPeopleSharingASurname() {
        Resolution r = resolve(article("a1",
                "Ivan Sokol, a defence ministry spokesman, and Anna Sokol, a government spokeswoman, both spoke.",
                "Ms Sokol said the figures were wrong.")
                .person("Ivan Sokol", "a defence ministry spokesman")
                .person("Anna Sokol", "a government spokeswoman")
                .person("Ms Sokol"));
        assertEquals(entity(r, 0, 1).id(), entity(r, 0, 2).id());
        assertEquals(2, r.entities().size());
    }

    @Test
    void koreanFamilyNameAloneJoinsTheFullNameItOpens() {
        Resolution r = resolve(article("a1", "Kim Jong Un inspected a factory. Kim was shown smiling.")
                .person("Kim Jong Un").person("Kim"));
        assertEquals(1, r.entities().size());
        Resolution xi = resolve(article("a1", "Xi Jinping met the delegation. Xi said ties were strong.")
                .person("Xi Jinping").person("Xi"));
        assertEquals(1, xi.entities().size());
    }

    @Test
    void givenNameAloneDoesNotJoinAFullNameItOpens() {
        Resolution r = resolve(article("a1", "Kim Kardashian posted a photo. Kim from Ohio replied.")
                .person("Kim Kardashian").person("Kim"));
        assertEquals(2, r.entities().size());
        assertNotEquals(entity(r, 0, 0).id(), entity(r, 0, 1).id());
    }

    @Test
    void aNameReadAsAnOrganisationAndAsAPlaceIsOneEntityOfItsCommonerType() {
        Resolution r = resolve(
                article("a1", "The Kremlin said the court was independent. Crowds gathered near the Kremlin.")
                        .org("Kremlin").place("Kremlin"),
                article("a2", "The Kremlin declined to comment.").org("Kremlin"));
        assertEquals(1, r.entities().size(), r.entities()::toString);
        assertEquals(EntityType.ORGANIZATION, r.entities().get(0).type());
        assertEquals(entity(r, 0, 1).id(), entity(r, 1, 0).id());
        Resolution places = resolve(article("a1", "Washington said no. In Washington, it rained. Washington was wet.")
                .org("Washington").place("Washington").place("Washington"));
        assertEquals(1, places.entities().size());
        assertEquals(EntityType.LOCATION, places.entities().get(0).type());
    }

    @Test
    void organisationAndPersonSharingANameStayApart() {
        Resolution r = resolve(article("a1",
                "Ford said it would cut jobs. The plant opened under Gerald Ford, and Ford visited it in 1975.")
                .org("Ford").person("Gerald Ford").person("Ford"));
        assertEquals(2, r.entities().size());
        assertEquals(EntityType.ORGANIZATION, entity(r, 0, 0).type());
        assertEquals(entity(r, 0, 1).id(), entity(r, 0, 2).id());
        assertEquals("Gerald Ford", entity(r, 0, 2).name());
    }

    @Test
    void generationalSuffixTellsApartFatherAndSon() {
        Resolution r = resolve(
                article("a1", "Donald Trump Jr. met Donald Trump on Monday. Trump Jr. left first; Trump stayed.")
                        .person("Donald Trump Jr.").person("Donald Trump").person("Trump Jr.").person("Trump"),
                article("a2", "Donald Trump spoke.").person("Donald Trump"),
                article("a3", "Donald Trump Jr. spoke.").person("Donald Trump Jr."));
        assertEquals(2, r.entities().size());
        assertNotEquals(entity(r, 0, 0).id(), entity(r, 0, 1).id());
        assertEquals(entity(r, 0, 0).id(), entity(r, 0, 2).id());
        assertEquals(Optional.empty(), r.entityOf(0, 3));
        assertEquals(entity(r, 0, 1).id(), entity(r, 1, 0).id());
        assertEquals(entity(r, 0, 0).id(), entity(r, 2, 0).id());
    }

    @Test
    void shortWordsAreNotFoldedBySpellingRules() {
        Resolution r = resolve(
                article("a1", "Ian Smith wrote the report.").person("Ian Smith"),
                article("a2", "Yan Smith wrote the report.").person("Yan Smith"));
        assertEquals(2, r.entities().size());
    }

    @Test
    void namesOfDifferentStructureDoNotJoinAcrossArticles() {
        Resolution r = resolve(
                article("a1", "George W. Bush spoke.").person("George W. Bush"),
                article("a2", "George H. W. Bush spoke.").person("George H. W. Bush"),
                article("a3", "George Bush spoke.").person("George Bush"));
        assertEquals(3, r.entities().size());
    }

    @Test
    void nameWithAMiddleInitialJoinsTheSameNameWithoutItAcrossArticles() {
        Resolution r = resolve(
                article("a1", "WASHINGTON - Donald J. Trump signed the order.").person("Donald J. Trump"),
                article("a2", "Donald Trump signed the order on Friday.").person("Donald Trump"));
        assertEquals(1, r.entities().size());
        assertEquals(List.of("Donald J. Trump", "Donald Trump"), r.entities().get(0).aliases());
    }

    @Test
    void nameWithAMiddleNameJoinsTheSameNameWithoutItAcrossArticles() {
        Resolution r = resolve(
                article("a1", "Hillary Rodham Clinton spoke in Iowa.").person("Hillary Rodham Clinton"),
                article("a2", "Hillary Clinton spoke in Iowa.").person("Hillary Clinton"),
                article("a3", "Vladimir Vladimirovich Putin was sworn in.").person("Vladimir Vladimirovich Putin"),
                article("a4", "Vladimir Putin was sworn in.").person("Vladimir Putin"));
        assertEquals(2, r.entities().size());
    }

    @Test
    void differentMiddleInitialsStayApart() {
        Resolution r = resolve(
                article("a1", "George Bush spoke.").person("George Bush"),
                article("a2", "George W. Bush spoke.").person("George W. Bush"),
                article("a3", "George H. W. Bush spoke.").person("George H. W. Bush"));
        assertEquals(entity(r, 0, 0).id(), entity(r, 1, 0).id());
        assertNotEquals(entity(r, 1, 0).id(), entity(r, 2, 0).id());
    }

    @Test
    void twoWordNameMatchingTwoLongerNamesStaysApart() {
        Resolution r = resolve(article("a1",
                "George H. W. Bush and George W. Bush were there. George Bush waved. Bush left.")
                .person("George H. W. Bush").person("George W. Bush").person("George Bush").person("Bush"));
        assertEquals(3, r.entities().size());
        assertEquals(Optional.empty(), r.entityOf(0, 3));
    }

    // ---- organisations and places --------------------------------------------------------------

    @Test
    void acronymInBracketsJoinsItsExpansion() {
        Resolution r = resolve(article("a1",
                "The World Health Organization (WHO) declared an emergency.",
                "The WHO said cases were rising.")
                .org("World Health Organization").org("WHO").org("WHO"));
        assertEquals(1, r.entities().size());
        Entity who = r.entities().get(0);
        assertEquals("World Health Organization", who.name());
        assertEquals(List.of("World Health Organization", "WHO"), who.aliases());
    }

    @Test
    void acronymJoinsTheOneNameWhoseInitialsItIs() {
        Resolution r = resolve(article("a1",
                "Leaders of the North Atlantic Treaty Organization met in Vilnius. Nato will expand.")
                .org("North Atlantic Treaty Organization").place("Vilnius").org("Nato"));
        assertEquals(entity(r, 0, 0).id(), entity(r, 0, 2).id());
    }

    @Test
    void bareAcronymJoinsTheOrganisationItAbbreviatesInAnotherArticle() {
        Resolution r = resolve(
                article("a1", "The WHO issued guidance.").org("WHO"),
                article("a2", "The World Health Organization (WHO) issued guidance.")
                        .org("World Health Organization").org("WHO"),
                article("a3", "The WHO repeated its advice.").org("WHO"));
        assertEquals(1, r.entities().size());
        String id = entity(r, 1, 0).id();
        assertEquals(id, entity(r, 0, 0).id());
        assertEquals(id, entity(r, 2, 0).id());
        assertEquals("World Health Organization", r.entities().get(0).name());
    }

    @Test
    void acronymTwoOrganisationsShareStaysApartFromBoth() {
        Resolution r = resolve(
                article("a1", "The Professional Golfers' Association (PGA) met.")
                        .org("Professional Golfers' Association").org("PGA"),
                article("a2", "The Pakistan Gymnastics Association (PGA) met.")
                        .org("Pakistan Gymnastics Association").org("PGA"),
                article("a3", "The PGA said nothing.").org("PGA"));
        assertNotEquals(entity(r, 0, 0).id(), entity(r, 1, 0).id());
        assertEquals(Optional.empty(), r.entityOf(2, 0));
    }

    @Test
    void organisationsAndPlacesJoinByNormalisedName() {
        Resolution r = resolve(
                article("a1", "Reuters reported from the Netherlands.").org("Reuters").place("Netherlands"),
                article("a2", "Officials in Netherlands told Reuters's reporter.").place("Netherlands").org("Reuters"));
        assertEquals(2, r.entities().size());
        assertEquals(entity(r, 0, 0).id(), entity(r, 1, 1).id());
        assertEquals(entity(r, 0, 1).id(), entity(r, 1, 0).id());
    }

    @Test
    void rolesAreDistinctIgnoringCaseAndArticle() {
        Resolution r = resolve(
                article("a1", "Foreign Minister Ana Petrova spoke.").person("Ana Petrova", "Foreign Minister"),
                article("a2", "Ana Petrova, the foreign minister, spoke.").person("Ana Petrova", "the foreign minister"),
                article("a3", "Petrova, a former journalist, and Ana Petrova met.")
                        .person("Petrova", "a former journalist").person("Ana Petrova"));
        assertEquals(List.of("Foreign Minister", "a former journalist"), r.entities().get(0).roles());
        assertFalse(r.entities().get(0).aliases().isEmpty());
    }

    // ---- the tagger's type slips -----------------------------------------------------------------

    @Test
    void loneWordTaggedAsPersonWhereItIsAlsoAPlaceIsThePlace() {
        Resolution r = resolve(
                article("a1", "Dovria's finance minister resigned on Thursday.").person("Dovria"),
                article("a2", "The minister of Dovria, Ilka Brun, left the ministry in Vell, Dovria.",
                        "Dovria's bonds fell.")
                        .person("Ilka Brun").place("Vell").place("Dovria").person("Dovria"),
                article("a3", "Dovria's central bank said nothing.").person("Dovria"));
        List<Entity> places = ofType(r, EntityType.LOCATION);
        assertEquals(2, places.size());
        Entity dovria = entity(r, 1, 2);
        assertEquals(EntityType.LOCATION, dovria.type());
        assertEquals(dovria.id(), entity(r, 0, 0).id()); // an earlier article's lone "person" joins the place
        assertEquals(dovria.id(), entity(r, 1, 3).id());
        assertEquals(dovria.id(), entity(r, 2, 0).id());
        assertEquals(1, ofType(r, EntityType.PERSON).size()); // Ilka Brun only
    }

    @Test
    void surnameTaggedAsPlaceBesideItsPersonIsThatPerson() {
        Resolution r = resolve(article("a1", "Ilka Brun resigned. Brun said she was sorry.",
                "Critics of Brun's policy were pleased.")
                .person("Ilka Brun").person("Brun").place("Brun"));
        assertEquals(1, r.entities().size());
        assertEquals("Ilka Brun", entity(r, 0, 2).name());
        assertEquals(EntityType.PERSON, entity(r, 0, 2).type());
    }

    @Test
    void loneWordTaggedAsPersonThatOpensAnOrganisationsNameIsThatOrganisation() {
        Resolution r = resolve(article("a1", "Brightline IT Services did not respond.",
                "Brightline had flagged the login twice, a source said.")
                .org("Brightline IT Services").person("Brightline"));
        assertEquals(1, r.entities().size());
        assertEquals("Brightline IT Services", entity(r, 0, 1).name());
        assertEquals(EntityType.ORGANIZATION, entity(r, 0, 1).type());
    }

    @Test
    void loneWordOpeningAnOrganisationsNameStaysAPersonWithAnHonorificOrAFullNameOrSeveralCandidates() {
        Resolution honorific = resolve(article("a1", "Ford Motor Co. cut jobs. Mr. Ford was not there.")
                .org("Ford Motor Co.").person("Mr. Ford"));
        assertEquals(EntityType.PERSON, entity(honorific, 0, 1).type());
        Resolution fullName = resolve(article("a1", "Bill Ford spoke. Ford Motor Co. cut jobs. Ford said more.")
                .person("Bill Ford").org("Ford Motor Co.").person("Ford"));
        assertEquals("Bill Ford", entity(fullName, 0, 2).name());
        Resolution body = resolve(article("a1", "The Kerr Administration denied it. Kerr said so.")
                .org("Kerr Administration").person("Kerr"));
        assertEquals(EntityType.PERSON, entity(body, 0, 1).type(), "a body named after a person");
        Resolution two = resolve(article("a1", "Vell Bank and Vell Air merged. Vell said so.")
                .org("Vell Bank").org("Vell Air").person("Vell"));
        assertEquals(EntityType.PERSON, entity(two, 0, 2).type());
    }

    @Test
    void placeNamedLikeAPersonsSurnameStaysAPlaceWhenTheSurnameIsNeverUsedAlone() {
        Resolution r = resolve(article("a1", "Denzel Carver flew to Carver on Monday.")
                .person("Denzel Carver").place("Carver"));
        assertEquals(2, r.entities().size());
        assertEquals(EntityType.LOCATION, entity(r, 0, 1).type());
    }

    @Test
    void oneWordThatEndsTheOutletsNameIsTheOutlet() {
        Resolution r = resolve(article("a1", "The Post first reported the memo.").outlet("Saren Daily Post")
                .org("Post"));
        assertEquals("Saren Daily Post", entity(r, 0, 0).name());
        assertEquals(EntityType.ORGANIZATION, entity(r, 0, 0).type());
    }
}
