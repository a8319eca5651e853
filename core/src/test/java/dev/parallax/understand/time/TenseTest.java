package dev.parallax.understand.time;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TenseTest {
    @Test
    void reportedPastIsPast() {
        assertEquals(Tense.PAST, Tense.of("The minister resigned on Thursday."));
    }

    @Test
    void willMakesItFuture() {
        assertEquals(Tense.FUTURE, Tense.of("The council will vote on Tuesday."));
    }

    @Test
    void theCueNearestTheExpressionDecides() {
        String s = "He said on Monday that he will travel on Friday.";
        assertEquals(Tense.PAST, Tense.around(s, s.indexOf("Monday"), s.indexOf("Monday") + 6));
        assertEquals(Tense.FUTURE, Tense.around(s, s.indexOf("Friday"), s.indexOf("Friday") + 6));
    }

    @Test
    void aPresentCopulaBeforeTheExpressionSetsASchedule() {
        String said = "Asked when power would return, she said: \u201COur goal is Sunday.\u201D";
        assertEquals(Tense.FUTURE, Tense.around(said, said.indexOf("Sunday"), said.indexOf("Sunday") + 6));
        String on = "Officials said the vote is set for Friday.";
        assertEquals(Tense.FUTURE, Tense.around(on, on.indexOf("Friday"), on.indexOf("Friday") + 6));
        // a possessive is no copula
        String owned = "The company's Monday statement was brief.";
        assertEquals(Tense.PAST, Tense.around(owned, owned.indexOf("Monday"), owned.indexOf("Monday") + 6));
    }

    @Test
    void aScheduleInThePresentPointsAhead() {
        assertEquals(Tense.FUTURE, Tense.of("The trial begins Monday."));
        String curfew = "At midnight on Sunday the curfew ends.";
        assertEquals(Tense.FUTURE, Tense.around(curfew, curfew.indexOf("Sunday"), curfew.indexOf("Sunday") + 6));
        assertEquals(Tense.PAST, Tense.of("The trial started Monday."));
    }

    @Test
    void passiveParticipleAfterBeIsNotPast() {
        String s = "The book is due to be published in May.";
        assertEquals(Tense.FUTURE, Tense.around(s, s.indexOf("May"), s.indexOf("May") + 3));
    }

    @Test
    void noCueIsUnmarked() {
        assertEquals(Tense.UNMARKED, Tense.of("Chaos in the capital on Sunday."));
    }

    @Test
    void aPastVerbGoverningTheExpressionDatesSomethingOver() {
        String s = "The strike ended in December.";
        assertEquals(Tense.PAST_EVENT, Tense.around(s, s.indexOf("December"), s.indexOf("December") + 8));
        String reported = "The strike ended, officials said, and talks resume in December.";
        int at = reported.indexOf("December");
        assertEquals(Tense.PAST, Tense.around(reported, at, at + 8));
        assertEquals(true, Tense.PAST_EVENT.isPast());
    }
}
