package dev.parallax.group;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one article went: the event it joined or opened, and the thread of that event.
 *
 * @param articleId     the article
 * @param eventId       the event it now belongs to
 * @param opened        true when the article opened this event
 * @param threadId      the event's story thread, or null while the event stands alone
 * @param date          the article's date, or for an undated article the date estimated from its event (or null)
 * @param dateEstimated true when {@code date} is estimated (by the caller or from the event)
 * @param explanation   the score and shared keys behind the decision
 */
public record Placement(String articleId, String eventId, boolean opened, String threadId, LocalDate date,
                        boolean dateEstimated, Explanation explanation) {
    public Placement {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(explanation, "explanation");
    }
}
