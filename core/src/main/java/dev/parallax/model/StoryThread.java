package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Events that belong to one developing story over weeks or months (a warning, then a denial, then a
 * ruling on the same question): linked, not merged — each event keeps its own articles.
 *
 * @param id       stable within one grouping run ({@code t1}, {@code t2} …)
 * @param title    a representative headline (the first event's), or null
 * @param eventIds the linked events' ids, in order of opening
 */
public record StoryThread(String id, String title, List<String> eventIds) {
    public StoryThread {
        Objects.requireNonNull(id, "id");
        eventIds = List.copyOf(eventIds);
    }
}
