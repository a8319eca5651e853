package dev.parallax.understand.time;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TimexModTest {
    @Test
    void partsOfAPeriodAreStartMiddleOrEnd() {
        assertEquals("START", TimexMod.of("early last month"));
        assertEquals("START", TimexMod.of("earlier this week"));
        assertEquals("START", TimexMod.of("the beginning of the year"));
        assertEquals("MID", TimexMod.of("mid-November"));
        assertEquals("MID", TimexMod.of("the middle of March"));
        assertEquals("END", TimexMod.of("late Tuesday"));
        assertEquals("END", TimexMod.of("the end of 2023"));
    }

    @Test
    void boundsAndApproximationsFollowTimeMl() {
        assertEquals("APPROX", TimexMod.of("about a week"));
        assertEquals("MORE_THAN", TimexMod.of("more than three years"));
        assertEquals("LESS_THAN", TimexMod.of("almost seven months"));
        assertEquals("EQUAL_OR_LESS", TimexMod.of("nearly two decades"));
        assertEquals("EQUAL_OR_LESS", TimexMod.of("up to 90 days"));
        assertEquals("EQUAL_OR_MORE", TimexMod.of("at least a fortnight"));
    }

    @Test
    void plainExpressionsAndLookalikeWordsHaveNoMod() {
        assertNull(TimexMod.of("last month"));
        assertNull(TimexMod.of("on Monday"));
        assertNull(TimexMod.of("later this week"));
        assertNull(TimexMod.of("overnight"));
        assertNull(TimexMod.of("Lately"));
        assertNull(TimexMod.of("midnight"));
        assertEquals("MID", TimexMod.of("midweek"));
    }
}
