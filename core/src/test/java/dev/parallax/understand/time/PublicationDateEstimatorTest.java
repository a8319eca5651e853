package dev.parallax.understand.time;

import dev.parallax.model.PublicationDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationDateEstimatorTest {
    @Test
    void latestFullDateInPastTenseIsTheEstimateMarkedEstimated() {
        Optional<PublicationDate> p = PublicationDateEstimator.estimate(List.of(
                "The company was founded on 12 March 1998 in Leeds.",
                "Its shares were suspended on April 29, 2024, after the audit, and the chairman quit on Thursday.",
                "A creditors' meeting will be held on June 3, 2024."));
        assertEquals(LocalDate.of(2024, 4, 29), p.orElseThrow().date());
        assertTrue(p.orElseThrow().estimated());
    }

    @Test
    void dateWhoseWrittenWeekdayDisagreesIsDistrusted() {
        Optional<PublicationDate> p = PublicationDateEstimator.estimate(List.of(
                "The vote took place on Friday, May 3, 2024.",
                "The result was published on Monday, May 7, 2024."));
        assertEquals(LocalDate.of(2024, 5, 3), p.orElseThrow().date());
    }

    @Test
    void textWithoutFullDatesHasNoEstimate() {
        assertTrue(PublicationDateEstimator.estimate(List.of("Shares fell on Tuesday, and again in March 2021."))
                .isEmpty());
    }
}
