package dev.parallax.clean;

import dev.parallax.model.Article;
import dev.parallax.model.Problem;

/** What a cleaner made of a document: an article, or the reason there is none. */
public sealed interface CleanResult {

    record Cleaned(Article article) implements CleanResult {
    }

    record Rejected(Problem problem) implements CleanResult {
    }

    static CleanResult cleaned(Article article) {
        return new Cleaned(article);
    }

    static CleanResult rejected(String source, String reason, String detail) {
        return new Rejected(new Problem(source, reason, detail));
    }
}
