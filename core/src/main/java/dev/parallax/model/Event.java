package dev.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Articles reporting the same happening, whatever the outlet, wording or headline.
 *
 * @param id         stable within one grouping run ({@code e1}, {@code e2} … in order of opening)
 * @param title      a representative headline (the first member's), or null
 * @param articleIds the member articles' ids, in order of arrival
 * @param date       the earliest publication date among members with a known date, or null when none has one
 */
public record Event(String id, String title, List<String> articleIds, LocalDate date) {
    public Event {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
    }
}
