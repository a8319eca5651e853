package dev.parallax.model;

import java.util.Objects;

/**
 * One reader comment found after an article.
 *
 * @param author     the commenter's display name, or null when the page does not show it
 * @param posted     when it was posted, resolved against the article's date where known (ISO-8601), or null
 * @param postedText the posted time as written on the page ("3 days ago"), or null
 * @param text       the comment text
 * @param replyTo    the author this comment answers ({@code @Name} or a threaded reply), or null
 */
public record Comment(String author, String posted, String postedText, String text, String replyTo) {
    public Comment {
        Objects.requireNonNull(text, "text");
    }
}
