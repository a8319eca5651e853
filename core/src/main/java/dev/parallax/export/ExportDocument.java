package dev.parallax.export;

import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.Problem;

import java.util.List;

/**
 * Everything one export holds. Later stages add entities, quotes, statements, events, threads,
 * timeline, claims and headline checks beside {@code articles}, never renaming what is here.
 */
public record ExportDocument(String generator, String generated, List<Article> articles, List<Problem> problems,
                             List<Entity> entities) {
    /** The version of the export format; bumped only for additions, documented in docs/export-format.md. */
    public static final String FORMAT_VERSION = "1.0";

    public ExportDocument {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        entities = List.copyOf(entities);
    }

    /** An export without entities. */
    public ExportDocument(String generator, String generated, List<Article> articles, List<Problem> problems) {
        this(generator, generated, articles, problems, List.of());
    }

    /** This export with the resolved entities. */
    public ExportDocument withEntities(List<Entity> newEntities) {
        return new ExportDocument(generator, generated, articles, problems, newEntities);
    }
}
