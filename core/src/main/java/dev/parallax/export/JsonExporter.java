package dev.parallax.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Quote;
import dev.parallax.pipeline.Analysis;
import dev.parallax.model.Entity;
import dev.parallax.model.Problem;

import java.io.IOException;
import java.io.Writer;

/** Writes an {@link ExportDocument} as the JSON export format (docs/export-format.md). */
public final class JsonExporter {

    public ObjectNode toJson(ExportDocument doc) {
        ObjectNode root = ArticleJson.mapper().createObjectNode();
        root.put("format", "parallax-export");
        root.put("formatVersion", ExportDocument.FORMAT_VERSION);
        root.put("generator", doc.generator());
        root.put("generated", doc.generated());
        ArrayNode articles = root.putArray("articles");
        for (Article a : doc.articles()) {
            articles.add(ArticleJson.toJson(a));
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : doc.entities()) {
            entities.add(EntityJson.toJson(e));
        }
        Analysis analysis = doc.analysis();
        ArrayNode quotes = root.putArray("quotes");
        ArrayNode times = root.putArray("timeExpressions");
        for (AnnotatedArticle a : analysis.articles()) {
            for (Quote q : a.quotes()) {
                quotes.add(AnnotationJson.quote(q, analysis.quoteSpeakers().get(q.id())));
            }
            a.timeExpressions().forEach(t -> times.add(AnnotationJson.time(t)));
        }
        GroupJson.write(analysis, root);
        ArrayNode statements = root.putArray("statements");
        analysis.statements().forEach(st -> statements.add(StatementJson.toJson(st)));
        ArrayNode timeline = root.putArray("timeline");
        analysis.timeline().forEach(t -> timeline.add(TimelineJson.toJson(t)));
        ArrayNode problems = root.putArray("problems");
        for (Problem p : doc.problems()) {
            problems.addObject().put("source", p.source()).put("reason", p.reason()).put("detail", p.detail());
        }
        return root;
    }

    public void write(ExportDocument doc, Writer out) throws IOException {
        ArticleJson.mapper().writer()
                .with(SerializationFeature.INDENT_OUTPUT)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, toJson(doc));
        out.write('\n');
        out.flush();
    }
}
