package dev.parallax.understand.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeRecognizerTest {
    /** A Friday. */
    private static final LocalDate FRI_2024_05_03 = LocalDate.of(2024, 5, 3);
    /** A Tuesday in October. */
    private static final LocalDate TUE_2024_10_15 = LocalDate.of(2024, 10, 15);

    private final TimeRecognizer recognizer = new TimeRecognizer();

    private FoundTime only(String sentence, LocalDate reference) {
        List<FoundTime> found = recognizer.find(sentence, reference);
        assertEquals(1, found.size(), () -> "expected one expression in \"" + sentence + "\" but got " + found);
        return found.get(0);
    }

    private void assertTimex(String sentence, LocalDate reference, String text, String type, String value) {
        FoundTime f = only(sentence, reference);
        assertEquals(text, f.text(), "extent");
        assertEquals(type, f.type(), "type of " + text);
        assertEquals(value, f.value(), "value of " + text);
        assertEquals(text, sentence.substring(f.begin(), f.end()), "offsets");
    }

    @Test
    void aCapitalisedTodayInTheMiddleOfASentenceIsATitleNotTheDay() {
        assertTrue(recognizer.find("Reyes told USA Today the plan was dead.", FRI_2024_05_03).isEmpty());
        assertTrue(recognizer.find("She said so on the BBC's Today programme.", FRI_2024_05_03).isEmpty());
        assertTimex("Today, the council meets again.", FRI_2024_05_03, "Today", "DATE", "2024-05-03");
        assertTimex("The council meets again today.", FRI_2024_05_03, "today", "DATE", "2024-05-03");
        assertTimex("It was over. Today the council meets again.", FRI_2024_05_03, "Today", "DATE", "2024-05-03");
    }

    @Test
    void midMonthIsThatMonthEvenForMayAndMarch() {
        assertTimex("Costs will be reviewed in mid-May.", TUE_2024_10_15, "mid-May", "DATE", "2025-05");
        assertTimex("Costs were reviewed in mid-March.", TUE_2024_10_15, "mid-March", "DATE", "2024-03");
        assertTrue(recognizer.find("The mayor said May was right.", TUE_2024_10_15).isEmpty(), "a name, no month");
    }

    @Test
    void aFortnightIsTwoWeeks() {
        // Tuesday 15 October 2024 is in week 42
        assertTimex("A fortnight ago, the office warned.", TUE_2024_10_15, "A fortnight ago", "DATE", "2024-W40");
        assertTimex("Prices rose over the past fortnight.", TUE_2024_10_15, "the past fortnight", "DURATION", "P2W");
    }

    @Test
    void theNewYearIsTheComingOneFromAutumnAndThisOneInWinter() {
        assertTimex("Rules will be introduced early in the new year.", TUE_2024_10_15, "the new year", "DATE", "2025");
        assertTimex("Talks resume in the new year.", FRI_2024_05_03, "the new year", "DATE", "2025");
        assertTimex("Talks resume in the new year.", LocalDate.of(2024, 1, 10), "the new year", "DATE", "2024");
        assertTimex("Talks resume in the new year everyone expects.", TUE_2024_10_15, "the new year", "DATE", "2025");
        List<FoundTime> eve = recognizer.find("Parties on New Year's Eve were loud.", TUE_2024_10_15);
        assertEquals(1, eve.size(), eve::toString);
        assertEquals("New Year's Eve", eve.get(0).text());
    }

    @Test
    void aClockTimeOnAWeekdayIsOneTimeOnThatDay() {
        // Friday 3 May 2024
        assertTimex("The hearing is set for 10 a.m. Tuesday.", FRI_2024_05_03, "10 a.m. Tuesday", "TIME",
                "2024-05-07T10:00");
        assertTimex("Police were called at 3:15 p.m. on Monday.", FRI_2024_05_03, "3:15 p.m. on Monday", "TIME",
                "2024-04-29T15:15");
        // "Sunday night at 8 PM": two expressions (as TimeML annotates them), the clock time on that day
        List<FoundTime> two = recognizer.find("He was arrested Sunday night at 11 p.m.", FRI_2024_05_03);
        assertEquals(2, two.size(), two::toString);
        assertEquals("2024-04-28TNI", two.get(0).value());
        assertEquals("2024-04-28T23:00", two.get(1).value());
        List<FoundTime> date = recognizer.find("The vote is on May 9 at 9:30 a.m.", FRI_2024_05_03);
        assertEquals("2024-05-09T09:30", date.get(1).value());
        // without a day, the clock time is on the reference's day
        assertTimex("The shop opens at 9 a.m.", FRI_2024_05_03, "9 a.m.", "TIME", "2024-05-03T09:00");
    }

    @Test
    void aMonthWithLastOrThisYearIsOneExpressionInThatYear() {
        assertTimex("Patel, who took over in January last year, said.", FRI_2024_05_03, "January last year", "DATE",
                "2023-01");
        assertTimex("The plant opened in March this year.", FRI_2024_05_03, "March this year", "DATE", "2024-03");
        assertTimex("Talks resume in February next year.", FRI_2024_05_03, "February next year", "DATE", "2025-02");
    }

    @Test
    void theWeekendIsTheLastOneInThePastAndTheComingOneAhead() {
        // Friday 3 May 2024 is in ISO week 18
        assertTimex("Over the weekend, protesters gathered.", FRI_2024_05_03, "the weekend", "DATE", "2024-W17-WE");
        assertTimex("Talks will continue over the weekend.", FRI_2024_05_03, "the weekend", "DATE", "2024-W18-WE");
    }

    @Test
    void comingAndRecentDaysAreVagueDurations() {
        assertTimex("The budget will be published in the coming days.", FRI_2024_05_03, "coming days", "DURATION",
                "PXD");
        assertTimex("Prices have risen in recent weeks and months.", FRI_2024_05_03, "recent weeks and months",
                "DURATION", "PXW");
    }

    @Test
    void monthNameInPastTenseIsTheMarchBeforeTheReference() {
        assertTimex("Talks collapsed in March after the vote.", TUE_2024_10_15, "March", "DATE", "2024-03");
        assertTimex("Prices peaked in August, the agency said.", TUE_2024_10_15, "August", "DATE", "2024-08");
        assertTimex("Prices peaked in January, the agency said.", LocalDate.of(2024, 10, 15), "January", "DATE", "2024-01");
    }

    @Test
    void monthJustAheadOfTheReferenceIsTheComingOne() {
        assertTimex("Elections in November, then a new cabinet.", TUE_2024_10_15, "November", "DATE", "2024-11");
        assertTimex("The plant closed in December.", LocalDate.of(2024, 3, 1), "December", "DATE", "2023-12");
    }

    @Test
    void monthJustAheadThatAPastVerbGovernsIsLastYears() {
        assertTimex("The strike ended in December.", TUE_2024_10_15, "December", "DATE", "2023-12");
        assertTimex("The last strike was in November.", TUE_2024_10_15, "November", "DATE", "2023-11");
        // a verb in the future anywhere in the sentence keeps the coming month
        assertTimex("The union said it would strike in December.", TUE_2024_10_15, "December", "DATE", "2024-12");
    }

    @Test
    void aPartOfTheArticlesOwnPeriodIsThatPeriod() {
        assertTimex("The plan would be ready by the end of the month.", TUE_2024_10_15, "the end of the month", "DATE",
                "2024-10");
        assertTimex("Sales rose in the first half of the year.", TUE_2024_10_15, "the first half of the year", "DATE",
                "2024-H1");
        assertTimex("A vote is due at the start of the week.", TUE_2024_10_15, "the start of the week", "DATE",
                "2024-W42");
    }

    @Test
    void holidaysFallOnTheirDayNearestTheReference() {
        assertTimex("They met on Christmas Eve.", LocalDate.of(2025, 1, 10), "Christmas Eve", "DATE", "2024-12-24");
        assertTimex("The shops will close on Christmas Day.", TUE_2024_10_15, "Christmas Day", "DATE", "2024-12-25");
        assertTimex("It opened on New Year\u2019s Day 2019.", TUE_2024_10_15, "New Year\u2019s Day 2019", "DATE",
                "2019-01-01");
        assertTimex("Families will travel for Thanksgiving.", TUE_2024_10_15, "Thanksgiving", "DATE", "2024-11-28");
        assertTimex("The march is planned for Easter 2025.", TUE_2024_10_15, "Easter 2025", "DATE", "2025-04-20");
        assertTimex("Churches were full on Good Friday.", LocalDate.of(2024, 4, 2), "Good Friday", "DATE",
                "2024-03-29");
    }

    @Test
    void aDeadlineOpeningAPastSentenceLooksBack() {
        assertTimex("By the end of March, it was over.", TUE_2024_10_15, "the end of March", "DATE", "2024-03");
        assertTimex("The plan must be ready by February, officials said.", TUE_2024_10_15, "February", "DATE",
                "2025-02");
        assertTimex("By February, the government will decide.", TUE_2024_10_15, "February", "DATE", "2025-02");
    }

    @Test
    void monthNameInFutureSentenceIsTheNextOne() {
        assertTimex("The new line will open in February.", TUE_2024_10_15, "February", "DATE", "2025-02");
    }

    @Test
    void bareWeekdayInPastTenseIsTheLatestSuchDayOnOrBeforeTheReference() {
        assertTimex("The minister resigned on Thursday.", FRI_2024_05_03, "Thursday", "DATE", "2024-05-02");
        assertTimex("Police said Friday that two men were held.", FRI_2024_05_03, "Friday", "DATE", "2024-05-03");
        assertTimex("Voters went to the polls Wednesday.", FRI_2024_05_03, "Wednesday", "DATE", "2024-05-01");
        assertTimex("The fire started on Saturday night.", FRI_2024_05_03, "Saturday night", "TIME", "2024-04-27TNI");
    }

    @Test
    void weekdayInFutureSentenceIsTheComingOne() {
        assertTimex("The council will vote on Tuesday.", FRI_2024_05_03, "Tuesday", "DATE", "2024-05-07");
        assertTimex("Talks resume next Tuesday.", FRI_2024_05_03, "next Tuesday", "DATE", "2024-05-07");
        assertTimex("She arrived last Tuesday.", FRI_2024_05_03, "last Tuesday", "DATE", "2024-04-30");
    }

    @Test
    void relativeWeeksMonthsAndYearsFollowTheCalendar() {
        assertTimex("Shares fell last week.", FRI_2024_05_03, "last week", "DATE", "2024-W17");
        assertTimex("The report came out this week.", FRI_2024_05_03, "this week", "DATE", "2024-W18");
        assertTimex("It happened early last month.", TUE_2024_10_15, "early last month", "DATE", "2024-09");
        assertTimex("Sales rose 4% last year.", TUE_2024_10_15, "last year", "DATE", "2023");
        assertTimex("Elections are due next year.", TUE_2024_10_15, "next year", "DATE", "2025");
    }

    @Test
    void namedDaysAndPartsOfDayResolveAgainstTheReference() {
        assertTimex("The mayor spoke yesterday.", FRI_2024_05_03, "yesterday", "DATE", "2024-05-02");
        assertTimex("Rescuers searched the site this morning.", FRI_2024_05_03, "this morning", "TIME", "2024-05-03TMO");
        assertTimex("The band plays tonight.", FRI_2024_05_03, "tonight", "TIME", "2024-05-03TNI");
        assertTimex("Two shops were looted last night.", FRI_2024_05_03, "last night", "TIME", "2024-05-02TNI");
    }

    @Test
    void agoCountsBackFromTheReferenceAtTheUnitsGranularity() {
        assertTimex("The bridge closed three days ago.", FRI_2024_05_03, "three days ago", "DATE", "2024-04-30");
        assertTimex("The firm was founded 20 years ago.", FRI_2024_05_03, "20 years ago", "DATE", "2004");
        assertTimex("He left two months ago.", FRI_2024_05_03, "two months ago", "DATE", "2024-03");
    }

    @Test
    void absoluteDatesIgnoreTheReference() {
        assertTimex("The treaty was signed on 3 May 2024.", TUE_2024_10_15, "3 May 2024", "DATE", "2024-05-03");
        assertTimex("It was signed on May 3, 2024, in Paris.", TUE_2024_10_15, "May 3, 2024", "DATE", "2024-05-03");
        assertTimex("Growth slowed in 2019.", TUE_2024_10_15, "2019", "DATE", "2019");
        assertTimex("The plant closed in June 2021.", TUE_2024_10_15, "June 2021", "DATE", "2021-06");
    }

    @Test
    void monthAndDayWithoutYearTakeTheNearestYearInTheSentencesDirection() {
        assertTimex("The suspect was arrested May 3.", TUE_2024_10_15, "May 3", "DATE", "2024-05-03");
        assertTimex("The hearing is scheduled for Jan. 9.", TUE_2024_10_15, "Jan. 9", "DATE", "2025-01-09");
    }

    @Test
    void decadesAndCenturiesAreTruncatedYears() {
        assertTimex("Crime fell sharply in the 1990s.", TUE_2024_10_15, "the 1990s", "DATE", "199");
        assertTimex("It was the deadliest war of the 20th century.", TUE_2024_10_15, "20th century", "DATE", "19");
    }

    @Test
    void spansOfTimeAreDurations() {
        assertTimex("Rents rose over the past two weeks.", FRI_2024_05_03, "the past two weeks", "DURATION", "P2W");
        assertTimex("The strike lasted 18 months.", FRI_2024_05_03, "18 months", "DURATION", "P18M");
        assertTimex("It took several hours to clear the road.", FRI_2024_05_03, "several hours", "DURATION", "PTXH");
        assertTimex("A three-month inquiry began.", FRI_2024_05_03, "three-month", "DURATION", "P3M");
    }

    @Test
    void durationBeforeLaterIsADurationWithoutTheAdverb() {
        assertTimex("He resigned a month later.", FRI_2024_05_03, "a month", "DURATION", "P1M");
    }

    @Test
    void durationBeforeEarlierCountsBackLikeAgo() {
        assertTimex("Sales were $4m, up from $3m a year earlier.", FRI_2024_05_03, "a year earlier", "DATE", "2023");
    }

    @Test
    void ageIsNotATimeExpression() {
        assertTrue(recognizer.find("A 22-year-old man was detained.", FRI_2024_05_03).isEmpty());
    }

    @Test
    void repeatedTimesAreSets() {
        assertTimex("The market opens every Monday.", FRI_2024_05_03, "every Monday", "SET", "XXXX-WXX-1");
        assertTimex("Residents protest each morning.", FRI_2024_05_03, "each morning", "SET", "XXXX-XX-XXTMO");
        assertTimex("The report is published annually.", FRI_2024_05_03, "annually", "SET", "P1Y");
    }

    @Test
    void vagueReferencesToNowPastAndFuture() {
        assertTimex("The plant is currently closed.", FRI_2024_05_03, "currently", "DATE", "PRESENT_REF");
        assertTimex("Prices have risen recently.", FRI_2024_05_03, "recently", "DATE", "PAST_REF");
        assertTimex("We will see what happens in the future.", FRI_2024_05_03, "the future", "DATE", "FUTURE_REF");
        assertTimex("Now the town is rebuilding.", FRI_2024_05_03, "Now", "DATE", "PRESENT_REF");
    }

    @Test
    void quartersFiscalYearsAndSeasons() {
        assertTimex("Profit rose in the third quarter.", TUE_2024_10_15, "the third quarter", "DATE", "2024-Q3");
        assertTimex("Profit fell in the fourth quarter.", LocalDate.of(2024, 2, 10), "the fourth quarter", "DATE", "2023-Q4");
        assertTimex("Orders grew in the third quarter of 2022.", TUE_2024_10_15, "the third quarter of 2022", "DATE", "2022-Q3");
        assertTimex("Its budget for this fiscal year is fixed.", TUE_2024_10_15, "this fiscal year", "DATE", "2024");
        assertTimex("The floods came last summer.", TUE_2024_10_15, "last summer", "DATE", "2024-SU");
        assertTimex("The floods came last summer.", LocalDate.of(2024, 3, 10), "last summer", "DATE", "2023-SU");
        assertTimex("The works finish next spring.", TUE_2024_10_15, "next spring", "DATE", "2025-SP");
    }

    @Test
    void clockTimesTakeTheReferenceDay() {
        assertTimex("The blast came at 8:45 a.m. local time.", FRI_2024_05_03, "8:45 a.m.", "TIME", "2024-05-03T08:45");
    }

    @Test
    void lowerCaseMayIsAVerbNotAMonth() {
        assertTrue(recognizer.find("Officials may decide later.", FRI_2024_05_03).isEmpty());
    }

    @Test
    void expressionGivenAloneResolvesOrIsNull() {
        assertEquals("2024-04-30", recognizer.resolve("3 days ago", FRI_2024_05_03).value());
        assertEquals(null, recognizer.resolve("a long while back, perhaps", FRI_2024_05_03));
    }
}
