package dev.parallax.understand.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteMarkScannerTest {
    private static String inside(String text, QuotedRegion r) {
        return text.substring(r.start(), r.end());
    }

    @Test
    void curlyAndStraightMarksBothDelimitQuotes() {
        String curly = "\u201CWe are ready,\u201D the mayor said.";
        String straight = "\"We are ready,\" the mayor said.";
        List<QuotedRegion> rs = QuoteMarkScanner.scan(List.of(curly, straight));
        assertEquals(2, rs.size());
        assertEquals("We are ready,", inside(curly, rs.get(0)));
        assertEquals("We are ready,", inside(straight, rs.get(1)));
        assertTrue(rs.get(0).closed());
    }

    @Test
    void nestedSingleQuotesStayInsideTheirQuotation() {
        String text = "\u201CHe told me \u2018never again\u2019 and left,\u201D she said.";
        List<QuotedRegion> rs = QuoteMarkScanner.scan(List.of(text));
        assertEquals(1, rs.size());
        assertEquals("He told me \u2018never again\u2019 and left,", inside(text, rs.get(0)));
    }

    @Test
    void openQuoteContinuesIntoNextParagraphThatOpensWithAMark() {
        List<String> ps = List.of("She said: \u201CThe bridge will close in May.",
                "\u201CAfter that, traffic goes through the old town.\u201D", "Work starts on Monday.");
        List<QuotedRegion> rs = QuoteMarkScanner.scan(ps);
        assertEquals(2, rs.size());
        assertEquals(rs.get(0).group(), rs.get(1).group());
        assertFalse(rs.get(0).closed());
        assertEquals(1, rs.get(1).paragraph());
    }

    @Test
    void openQuoteEndsWithItsParagraphWhenTheNextDoesNotOpenOne() {
        List<String> ps = List.of("He said: \u201CWe will see.", "The vote is on Friday, \u201Cor later\u201D.");
        List<QuotedRegion> rs = QuoteMarkScanner.scan(ps);
        assertEquals(2, rs.size());
        assertTrue(rs.get(0).group() != rs.get(1).group());
    }

    @Test
    void singleQuotesAreQuotationsOnlyWhereNoDoubleMarksAreUsedAndApostrophesAreNot() {
        String british = "'We won't give up,' the minister said of the voters' anger.";
        List<QuotedRegion> rs = QuoteMarkScanner.scan(List.of(british));
        assertEquals(1, rs.size());
        assertEquals("We won't give up,", inside(british, rs.get(0)));
        assertTrue(QuoteMarkScanner.scan(List.of("It's the council's plan, and it isn't new.")).isEmpty());
    }

    @Test
    void singleQuotesBesideDoubleOnesAreAQuotationOnlyWhenTheyCloseOverWordsAndNoDoubleMark() {
        String mixed = "Lind told the BBC's Today programme the union \"would not be bullied\". Asked about talks, "
                + "he said: 'My door is always open.'";
        List<QuotedRegion> rs = QuoteMarkScanner.scan(List.of(mixed));
        assertEquals(2, rs.size());
        assertEquals("would not be bullied", inside(mixed, rs.get(0)));
        assertEquals("My door is always open.", inside(mixed, rs.get(1)));
        // the song title's marks hold one word; the year's apostrophe opens nothing
        String titles = "She sang 'Jolene' at the \u201Cbig\u201D rally in \u201808, and said it was \u2018fun\u2019.";
        assertEquals(1, QuoteMarkScanner.scan(List.of(titles)).size());
    }

    @Test
    void anApostropheBeforeAYearsDigitsOpensNoQuotation() {
        String text = "Back in \u201808 the party won, and in '12 it won again, Lind said of the \u201990s.";
        assertTrue(QuoteMarkScanner.scan(List.of(text)).isEmpty());
    }

    @Test
    void typewriterDoubleApostrophesDelimitAQuote() {
        String text = "''It is over,'' the coach said.";
        List<QuotedRegion> rs = QuoteMarkScanner.scan(List.of(text));
        assertEquals(1, rs.size());
        assertEquals("It is over,", inside(text, rs.get(0)));
    }

    @Test
    void doubledCurlySingleMarksOfWireCopyDelimitAQuote() {
        String text = "\u201CIt was an attempt to mislead voters,\u2019\u2019 Will Moy said. \u2018\u2018And it is "
                + "wrong.\u2019\u2019 The party\u2019s account stayed up.";
        List<QuotedRegion> rs = QuoteMarkScanner.scan(List.of(text));
        assertEquals(2, rs.size(), rs::toString);
        assertEquals("It was an attempt to mislead voters,", inside(text, rs.get(0)));
        assertEquals("And it is wrong.", inside(text, rs.get(1)));
        assertTrue(rs.get(0).closed() && rs.get(1).closed());
    }

    @Test
    void aParagraphThatLostItsOpeningMarkStillContinuesTheQuotationItCloses() {
        String first = "Varga said in a statement: \u201CThe report must be released. Nothing less will do.";
        String second = "Any attempt to bury it would be unacceptable.\u201D The committee did not reply.";
        List<QuotedRegion> rs = QuoteMarkScanner.scan(List.of(first, second));
        assertEquals(2, rs.size(), rs::toString);
        assertEquals(rs.get(0).group(), rs.get(1).group());
        assertEquals("Any attempt to bury it would be unacceptable.", inside(second, rs.get(1)));
        assertTrue(rs.get(1).closed());
        // a paragraph whose first mark opens a new quotation does not continue the old one
        String third = "Later: \u201CWe will see.\u201D";
        List<QuotedRegion> other = QuoteMarkScanner.scan(List.of(first, third));
        assertEquals(2, other.size());
        assertFalse(other.get(0).group() == other.get(1).group());
        // neither does a paragraph without marks
        assertEquals(1, QuoteMarkScanner.scan(List.of(first, "The committee did not reply.")).size());
    }

    @Test
    void anOpeningMarkTypedWhereTheCloseBelongsClosesTheQuotation() {
        String text = "\u201CApparently not,\u201C he said. \u201CA leopard keeps its spots.\u201D";
        List<QuotedRegion> rs = QuoteMarkScanner.scan(List.of(text));
        assertEquals(2, rs.size(), rs::toString);
        assertEquals("Apparently not,", inside(text, rs.get(0)));
        assertEquals("A leopard keeps its spots.", inside(text, rs.get(1)));
    }

    @Test
    void anApostropheForLettersOpensNoQuotation() {
        String text = "Sophie in 't Veld said the mood had turned. \u201CI see the same populism,\u201D she told us.";
        List<QuotedRegion> rs = QuoteMarkScanner.scan(List.of(text));
        assertEquals(1, rs.size(), rs::toString);
        assertEquals("I see the same populism,", inside(text, rs.get(0)));
        String rock = "They played rock 'n' roll until 'til dawn, and a 'proper quotation' after.";
        List<QuotedRegion> single = QuoteMarkScanner.scan(List.of(rock));
        assertEquals(1, single.size(), single::toString);
        assertEquals("proper quotation", inside(rock, single.get(0)));
    }
}
