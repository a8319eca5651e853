package dev.parallax.model;

import java.util.Objects;

/**
 * An input that could not be used, with the reason. Problems are collected, reported and
 * counted; they never stop a batch.
 *
 * @param source the input (path, or path with record locator)
 * @param reason a short machine-friendly reason code, such as {@code empty}, {@code binary},
 *               {@code truncated}, {@code encoding}, {@code no-article}, {@code too-large}, {@code unreadable}
 * @param detail a one-line human explanation
 */
public record Problem(String source, String reason, String detail) {
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }

    /** One line for a terminal: {@code path: reason: detail}. */
    public String toLine() {
        return source + ": " + reason + (detail.isEmpty() ? "" : ": " + detail);
    }
}
