package dev.parallax.eval.extraction;

/**
 * A page on which the extractor threw: which page, and a one-line description of the exception.
 *
 * @param page   the page's id or file name in its benchmark
 * @param detail the exception's class and message
 */
public record PageFailure(String page, String detail) {
    static PageFailure of(String page, Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        return new PageFailure(page, t.getClass().getSimpleName() + message);
    }
}
