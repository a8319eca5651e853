package dev.parallax.export;

import dev.parallax.model.Article;
import dev.parallax.model.Problem;

import java.util.List;

/**
 * Everything one export holds. Later stages add entities, quotes, statements, events, threads,
 * timeline, claims and headline checks beside {@code articles}, never renaming what is here.
 */
public record ExportDocument(String generator, String generated, List<Article> articles, List<Problem> problems) {
    /** The version of the export format; bumped only for additions, documented in docs/export-format.md. */
    public static final String FORMAT_VERSION = "1.0";

    public ExportDocument {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
