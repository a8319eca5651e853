package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One dated happening of a story, placed by when it happened (not when it was reported), with every
 * article that reports it.
 *
 * @param date      the happening's date as an ISO value: {@code 2024-05-02}, {@code 2024-05}, {@code 2024},
 *                  {@code 2024-W18}
 * @param text      the sentence reporting it, or for a statement {@code Speaker: "words"}
 * @param article   the first article reporting it
 * @param articles  every article reporting it, first one first
 * @param event     the event of the first article, or null
 * @param thread    the story thread the entry's event belongs to, or null
 * @param statement the statement's id when the entry is something said, otherwise null
 */
public record TimelineEntry(String date, String text, String article, List<String> articles, String event,
                            String thread, String statement) {
    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        articles = List.copyOf(articles);
    }
}
