package dev.parallax.understand.quotes;

import dev.parallax.understand.nlp.CoreNlpAnalyzer;
import dev.parallax.understand.nlp.NlpOptions;
import dev.parallax.understand.nlp.NlpParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The finder on CoreNLP's real analysis (the one test class that loads the models: slow). */
class CoreNlpQuoteFinderTest {
    private static CoreNlpAnalyzer analyzer;
    private final QuoteFinder finder = new QuoteFinder();

    @BeforeAll
    static void load() {
        analyzer = new CoreNlpAnalyzer(NlpOptions.ENTITIES);
    }

    private List<FoundQuote> find(String... paragraphs) {
        List<NlpParagraph> analysed = new ArrayList<>();
        for (String p : paragraphs) {
            analysed.add(analyzer.analyze(p, null));
        }
        return finder.find(analysed);
    }

    @Test
    void directQuoteAndReportedSpeechOnRealAnalysis() {
        List<FoundQuote> quotes = find(
                "Harbour master Lena Oberg inspected the damaged pier on Tuesday morning.",
                "\u201CWe cannot let ships dock here until the pilings are replaced,\u201D Oberg said.",
                "She added that repairs would take at least six weeks.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("Lena Oberg", quotes.get(0).speakerName());
        assertTrue(quotes.get(0).direct());
        assertEquals("Lena Oberg", quotes.get(1).speakerName());
        assertFalse(quotes.get(1).direct());
        assertEquals("repairs would take at least six weeks", quotes.get(1).text());
    }

    @Test
    void anonymousSourceAndAccordingToOnRealAnalysis() {
        List<FoundQuote> quotes = find(
                "The ceasefire talks stalled again, according to a senior diplomatic source.");
        assertEquals(1, quotes.size(), quotes::toString);
        assertNull(quotes.get(0).speakerName());
        assertEquals("a senior diplomatic source", quotes.get(0).speakerDescription());
        assertEquals("The ceasefire talks stalled again", quotes.get(0).text());
    }

    @Test
    void typewriterQuotationGoesOnAfterItsInvertedAttribution() {
        List<FoundQuote> quotes = find("''Some ferries will stop, others will not,'' said Ruth Alder, a boat "
                + "builder in Dunmore who repairs hulls. ''It costs a fortune to run a ferry. Nobody can afford it.''");
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals("Ruth Alder", quotes.get(0).speakerName());
        assertEquals(2, quotes.get(0).content().size());
        assertTrue(quotes.get(0).text().endsWith("Nobody can afford it."), quotes.get(0).text());
    }

    @Test
    void quotationAfterReportedSpeechIsItsOwnQuoteOfTheSameSpeaker() {
        List<FoundQuote> quotes = find("Mayor Tove Lind said the bridge would reopen in May.",
                "\u201CWe owe the drivers an apology for the delay.\u201D");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("the bridge would reopen in May", quotes.get(0).text());
        assertEquals("Tove Lind", quotes.get(1).speakerName());
        assertTrue(quotes.get(1).direct());
    }
}
