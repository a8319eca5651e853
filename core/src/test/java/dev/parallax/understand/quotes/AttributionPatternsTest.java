package dev.parallax.understand.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Reported-speech patterns beyond "X said that …", on hand-tagged sentences (see {@link Tagged}). */
class AttributionPatternsTest {
    private final QuoteFinder finder = new QuoteFinder();

    private List<FoundQuote> find(String... paragraphs) {
        return finder.find(Tagged.paragraphs(paragraphs));
    }

    private static FoundQuote only(List<FoundQuote> quotes) {
        assertEquals(1, quotes.size(), () -> "quotes: " + quotes);
        return quotes.get(0);
    }

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
    }
}
