package dev.parallax.export;

import dev.parallax.group.Placement;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Comment;
import dev.parallax.model.DiffOp;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.Furniture;
import dev.parallax.model.Problem;
import dev.parallax.model.Quote;
import dev.parallax.model.Statement;
import dev.parallax.model.StatementVariant;
import dev.parallax.model.StoryThread;
import dev.parallax.model.TimelineEntry;
import dev.parallax.pipeline.Analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes an {@link ExportDocument} as a readable Markdown report of the same content as the JSON. */
public final class MarkdownExporter {

    public void write(ExportDocument doc, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Parallax report\n\n");
        md.append(doc.articles().size()).append(" article(s)");
        long dups = doc.articles().stream().filter(a -> a.duplicateOf() != null).count();
        if (dups > 0) {
            md.append(", ").append(dups).append(" near-duplicate(s)");
        }
        if (!doc.problems().isEmpty()) {
            md.append(", ").append(doc.problems().size()).append(" problem(s)");
        }
        md.append(". Generated ").append(doc.generated()).append(" by ").append(doc.generator()).append(".\n");
        stories(md, doc);
        statements(md, doc);
        timeline(md, doc);
        quotes(md, doc);
        if (!doc.entities().isEmpty()) {
            md.append("\n## Entities\n\n");
            for (Entity e : doc.entities()) {
                md.append("- **").append(e.name()).append("** (").append(e.type().exportName()).append(')');
                List<String> others = e.aliases().stream().filter(x -> !x.equals(e.name())).toList();
                if (!others.isEmpty()) {
                    md.append(", also ").append(String.join("; ", others));
                }
                if (!e.roles().isEmpty()) {
                    md.append(". Roles: ").append(String.join("; ", e.roles()));
                }
                md.append('\n');
            }
        }
        if (!doc.articles().isEmpty()) {
            md.append("\n## Articles\n");
        }
        for (Article a : doc.articles()) {
            article(md, a);
        }
        if (!doc.problems().isEmpty()) {
            md.append("\n## Problems\n\n");
            for (Problem p : doc.problems()) {
                md.append("- `").append(p.source()).append("`: ").append(p.reason());
                if (!p.detail().isEmpty()) {
                    md.append(" (").append(p.detail()).append(')');
                }
                md.append('\n');
            }
        }
        out.write(md.toString());
        out.flush();
    }

    private static void article(StringBuilder md, Article a) {
        md.append("\n### ").append(a.title() == null ? "(untitled)" : a.title()).append("\n\n");
        line(md, "Outlet", a.outlet() == null ? "unknown" : a.outlet());
        if (!a.authors().isEmpty()) {
            line(md, "By", String.join(", ", a.authors()));
        }
        line(md, "Published", a.published() == null ? "unknown"
                : a.published() + (a.published().estimated() ? " (estimated)" : ""));
        if (a.url() != null) {
            line(md, "URL", a.url());
        }
        line(md, "Source", "`" + a.source() + "`");
        line(md, "Id", "`" + a.id() + "`" + (a.duplicateOf() == null ? "" : ", near-duplicate of `" + a.duplicateOf() + "`"));
        if (!a.summary().isEmpty()) {
            md.append("\n**Key points**\n\n");
            a.summary().forEach(s -> md.append("- ").append(s).append('\n'));
        }
        md.append('\n');
        for (String p : a.body()) {
            md.append(p).append("\n\n");
        }
        if (!a.removed().isEmpty()) {
            md.append("**Removed from the body**\n\n");
            for (Furniture f : a.removed()) {
                md.append("- *").append(f.kind().exportName()).append("*: ").append(oneLine(f.text())).append('\n');
            }
            md.append('\n');
        }
        if (!a.comments().isEmpty()) {
            md.append("**Reader comments**\n\n");
            for (Comment c : a.comments()) {
                md.append("- ").append(c.author() == null ? "anonymous" : c.author());
                if (c.posted() != null) {
                    md.append(" (").append(c.posted()).append(')');
                }
                if (c.replyTo() != null) {
                    md.append(" → ").append(c.replyTo());
                }
                md.append(": ").append(oneLine(c.text())).append('\n');
            }
            md.append('\n');
        }
    }

    /** Events with their outlets, and the threads that link events. */
    private static void stories(StringBuilder md, ExportDocument doc) {
        Analysis analysis = doc.analysis();
        if (analysis.events().isEmpty()) {
            return;
        }
        Map<String, Article> byId = new HashMap<>();
        doc.articles().forEach(a -> byId.put(a.id(), a));
        md.append("\n## Stories\n\n");
        Map<String, List<Placement>> joined = new HashMap<>();
        for (Placement p : analysis.placements()) {
            if (!p.opened()) {
                joined.computeIfAbsent(p.eventId(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, Map<String, List<String>>> shared = GroupJson.sharedStatements(analysis.events(),
                analysis.statements());
        Map<String, String> names = new HashMap<>();
        analysis.entities().forEach(en -> names.put(en.id(), en.name()));
        for (Event e : analysis.events()) {
            md.append("- **").append(e.title() == null ? e.id() : e.title()).append("** (")
                    .append(e.date() == null ? "undated" : e.date().toString()).append(", ")
                    .append(e.articleIds().size()).append(e.articleIds().size() == 1 ? " article" : " articles")
                    .append("): ");
            md.append(String.join(", ", e.articleIds().stream()
                    .map(id -> byId.containsKey(id) && byId.get(id).outlet() != null ? byId.get(id).outlet() : id)
                    .toList()));
            md.append('\n');
            why(md, joined.getOrDefault(e.id(), List.of()), shared.getOrDefault(e.id(), Map.of()), names);
        }
        for (StoryThread t : analysis.threads()) {
            md.append("- Thread **").append(t.title() == null ? t.id() : t.title()).append("** links events ")
                    .append(String.join(", ", t.eventIds())).append('\n');
        }
    }

    /** What holds an event together: the entities and terms its members were joined on, and shared statements. */
    private static void why(StringBuilder md, List<Placement> joined, Map<String, List<String>> sharedStatements,
                            Map<String, String> names) {
        Set<String> entities = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        for (Placement p : joined) {
            entities.addAll(p.explanation().sharedEntities());
            terms.addAll(p.explanation().sharedTerms());
        }
        Set<String> statements = new LinkedHashSet<>();
        sharedStatements.values().forEach(statements::addAll);
        if (entities.isEmpty() && terms.isEmpty() && statements.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!entities.isEmpty()) {
            parts.add("entities " + String.join(", ", entities.stream().limit(6)
                    .map(k -> names.getOrDefault(k, k.substring(k.indexOf(':') + 1))).toList()));
        }
        if (!terms.isEmpty()) {
            parts.add("terms " + String.join(", ", terms.stream().limit(8).toList()));
        }
        if (!statements.isEmpty()) {
            parts.add(statements.size() + (statements.size() == 1 ? " statement" : " statements")
                    + " quoted by more than one article");
        }
        md.append("  - grouped on: ").append(String.join("; ", parts)).append('\n');
    }

    /** Statements carried by two or more outlets: the variants side by side, the wording differences marked. */
    private static void statements(StringBuilder md, ExportDocument doc) {
        List<Statement> shared = doc.analysis().statements().stream().filter(st -> st.variants().size() > 1).toList();
        if (shared.isEmpty()) {
            return;
        }
        md.append("\n## Statements across outlets\n\n");
        md.append("Each statement as every outlet worded it; against the longest variant, ~~struck~~ words are missing and **bold** words added.\n");
        for (Statement st : shared) {
            md.append("\n- **").append(st.speakerName() == null ? "unattributed" : st.speakerName()).append("**, first carried by ")
                    .append(st.earliestOutlet() == null ? "an unknown outlet" : st.earliestOutlet()).append('\n');
            for (StatementVariant v : st.variants()) {
                md.append("  - ").append(v.outlet() == null ? v.articleId() : v.outlet()).append(": ");
                for (DiffOp op : v.diff()) {
                    switch (op.kind()) {
                        case EQUAL -> md.append(oneLine(op.text()));
                        case DELETE -> md.append("~~").append(oneLine(op.text()).strip()).append("~~");
                        case INSERT -> md.append("**").append(oneLine(op.text()).strip()).append("**");
                    }
                    md.append(' ');
                }
                md.append('\n');
            }
        }
    }

    /** The timeline: dated happenings in the order they happened, with the outlets reporting each. */
    private static void timeline(StringBuilder md, ExportDocument doc) {
        List<TimelineEntry> entries = doc.analysis().timeline();
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Article> byId = new HashMap<>();
        doc.articles().forEach(a -> byId.put(a.id(), a));
        md.append("\n## Timeline\n\n");
        for (TimelineEntry t : entries) {
            List<String> outlets = t.articles().stream()
                    .map(id -> byId.containsKey(id) && byId.get(id).outlet() != null ? byId.get(id).outlet() : id)
                    .distinct().toList();
            md.append("- **").append(t.date()).append("** ").append(oneLine(t.text())).append(" (")
                    .append(String.join(", ", outlets)).append(")\n");
        }
    }

    /** Whether a quote's text carries its own marks (reported speech with a quoted phrase in it). */
    private static boolean hasQuoteMarks(String text) {
        return text.chars().anyMatch(ch -> ch == '"' || ch == '\u201C' || ch == '\u201D' || ch == '\u00AB'
                || ch == '\u00BB' || ch == '\u201E');
    }

    /** Who said what: every quote with its speaker, cue and outlet. */
    private static void quotes(StringBuilder md, ExportDocument doc) {
        Analysis analysis = doc.analysis();
        Map<String, Entity> entities = new HashMap<>();
        analysis.entities().forEach(e -> entities.put(e.id(), e));
        List<String> lines = new ArrayList<>();
        for (AnnotatedArticle a : analysis.articles()) {
            for (Quote q : a.quotes()) {
                Entity speaker = entities.get(analysis.quoteSpeakers().get(q.id()));
                String who = speaker != null ? speaker.name()
                        : q.speakerName() != null ? q.speakerName()
                        : q.speakerDescription() != null ? q.speakerDescription() : "unattributed";
                lines.add("- **" + who + "** " + (q.cue() == null ? "" : "(" + q.cue() + ") ")
                        + (q.direct() && !hasQuoteMarks(q.text()) ? "“" + oneLine(q.text()) + "”"
                            : oneLine(q.text()))
                        + " — " + (a.article().outlet() == null ? a.article().id() : a.article().outlet()));
            }
        }
        if (!lines.isEmpty()) {
            md.append("\n## Who said what\n\n");
            lines.forEach(l -> md.append(l).append('\n'));
        }
    }

    private static void line(StringBuilder md, String label, String value) {
        md.append("- **").append(label).append("**: ").append(value).append('\n');
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " / ");
    }
}
