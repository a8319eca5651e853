package dev.parallax.eval.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeMlReaderTest {
    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-03" functionInDocument="CREATION_TIME">May 3, 2024</TIMEX3></DCT>
            <TEXT>
            Officials <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-05-02">Thursday</TIMEX3> that R&amp;D fell.

            It <EVENT eid="e2">lasted</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsCreationDateTextWithoutTagsAndTimexExtents() {
        TimeMlDocument d = TimeMlReader.parse("doc", DOC).orElseThrow();
        assertEquals(LocalDate.of(2024, 5, 3), d.creationDate());
        assertEquals(2, d.timexes().size());
        Timex first = d.timexes().get(0);
        assertEquals("Thursday", d.text().substring(first.begin(), first.end()));
        assertEquals("2024-05-02", first.value());
        assertEquals("two weeks", d.timexes().get(1).text());
        assertEquals(true, d.text().contains("R&D fell"));
    }

    @Test
    void documentWithoutCreationDateIsSkipped() {
        assertEquals(true, TimeMlReader.parse("doc", "<TimeML><TEXT>x</TEXT></TimeML>").isEmpty());
    }
}
