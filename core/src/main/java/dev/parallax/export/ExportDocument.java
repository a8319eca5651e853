package dev.parallax.export;

import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.Problem;
import dev.parallax.pipeline.Analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one export holds: the articles and problems of a batch, and — after the understand,
 * resolve and group stages — their analysis (entities, quotes, time expressions, events, threads).
 * Later stages add statements, timeline, claims and headline checks, never renaming what is here.
 */
public record ExportDocument(String generator, String generated, List<Article> articles, List<Problem> problems,
                             Analysis analysis) {
    /** The version of the export format; bumped only for additions, documented in docs/export-format.md. */
    public static final String FORMAT_VERSION = "1.2";

    public ExportDocument {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        Objects.requireNonNull(analysis, "analysis");
    }

    /** An export of articles alone (the {@code extract} command): the analysis parts are empty. */
    public ExportDocument(String generator, String generated, List<Article> articles, List<Problem> problems) {
        this(generator, generated, articles, problems, Analysis.EMPTY);
    }

    /** The resolved entities. */
    public List<Entity> entities() {
        return analysis.entities();
    }

    /** This export with only these entities as its analysis (for tests and tools that resolve alone). */
    public ExportDocument withEntities(List<Entity> entities) {
        return new ExportDocument(generator, generated, articles, problems,
                new Analysis(List.of(), entities, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of()));
    }
}
