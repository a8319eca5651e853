package dev.parallax.understand.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommentTimesTest {
    /** A Friday. */
    private static final LocalDate SEEN = LocalDate.of(2024, 5, 3);

    @Test
    void threeDaysAgoIsTheDayThreeDaysBeforeTheReference() {
        assertEquals(Optional.of("2024-04-30"), CommentTimes.resolve("3 days ago", SEEN));
        assertEquals(Optional.of("2024-04-30"), CommentTimes.resolve("posted three days ago", SEEN));
    }

    @Test
    void hoursAgoAndJustNowAreTheReferenceDay() {
        assertEquals(Optional.of("2024-05-03"), CommentTimes.resolve("2 hours ago", SEEN));
        assertEquals(Optional.of("2024-05-03"), CommentTimes.resolve("just now", SEEN));
    }

    @Test
    void yesterdayWithAClockTimeKeepsBoth() {
        assertEquals(Optional.of("2024-05-02T22:14"), CommentTimes.resolve("yesterday at 10:14 pm", SEEN));
    }

    @Test
    void fullDatesAndBareWeekdaysResolve() {
        assertEquals(Optional.of("2024-04-11"), CommentTimes.resolve("April 11, 2024", SEEN));
        assertEquals(Optional.of("2024-04-30"), CommentTimes.resolve("Tuesday", SEEN));
    }

    @Test
    void unreadableTextIsEmpty() {
        assertEquals(Optional.empty(), CommentTimes.resolve("a while back", SEEN));
        assertEquals(Optional.empty(), CommentTimes.resolve(null, SEEN));
    }
}
