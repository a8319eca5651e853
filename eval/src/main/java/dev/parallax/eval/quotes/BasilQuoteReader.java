package dev.parallax.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.eval.basil.BasilFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads BASIL's quote spans: {@code articles/<year>/<id>.json} (body paragraphs, each a list of sentences) and
 * {@code annotations/<year>/<id>_ann.json}, whose phrase-level annotations with {@code "quote": "yes"} are
 * quoted spans with a {@code speaker}. An annotation's {@code start}/{@code end} count within one sentence, so
 * the span is placed at the sentence whose characters there are its {@code txt}; when none is (BASIL's second
 * release edited some sentences) at the first place the text holds {@code txt}; failing both it is reported and
 * left out. Unreadable files are reported and skipped.
 */
public final class BasilQuoteReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BasilQuoteReader() {
    }

    /** The articles that have an annotation file, sorted by path; {@code problems} hears what was left out. */
    public static List<BasilQuoteArticle> read(Path basilDir, Consumer<String> problems) throws IOException {
        Path root = basilDir.resolve("articles");
        List<BasilQuoteArticle> out = new ArrayList<>();
        for (Path file : BasilFiles.articles(basilDir)) {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            Path ann = basilDir.resolve("annotations").resolve(root.relativize(file).getParent() == null ? ""
                    : root.relativize(file).getParent().toString()).resolve(name + "_ann.json");
            if (!Files.isRegularFile(ann)) {
                problems.accept(file + ": no annotation file " + ann.getFileName());
                continue;
            }
            try {
                out.add(parse(name, JSON.readTree(file.toFile()), JSON.readTree(ann.toFile()), problems));
            } catch (IOException e) {
                problems.accept(file + ": unreadable: " + e.getMessage());
            }
        }
        return out;
    }

    static BasilQuoteArticle parse(String name, JsonNode article, JsonNode annotations, Consumer<String> problems) {
        StringBuilder text = new StringBuilder();
        List<int[]> sentences = new ArrayList<>(); // [start, end) of each sentence in text
        for (List<String> parts : BasilFiles.paragraphs(article)) {
            if (parts.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                sentences.add(new int[] {text.length(), text.length() + parts.get(i).length()});
                text.append(parts.get(i));
            }
        }
        String body = text.toString();
        List<BasilQuoteArticle.Quote> gold = new ArrayList<>();
        for (JsonNode a : annotations.path("phrase-level-annotations")) {
            if (!"yes".equalsIgnoreCase(a.path("quote").asText())) {
                continue;
            }
            String txt = a.path("txt").asText("");
            int at = place(body, sentences, txt, a.path("start").asInt(-1));
            if (txt.isBlank() || at < 0) {
                problems.accept(name + ": quote span " + a.path("id").asText("?") + " not found in the body: " + txt);
                continue;
            }
            gold.add(new BasilQuoteArticle.Quote(new CharSpans(body, List.<int[]>of(new int[] {at, at + txt.length()})),
                    a.path("speaker").asText("")));
        }
        return new BasilQuoteArticle(name, article.path("source").asText("").toLowerCase(java.util.Locale.ROOT), body, gold);
    }

    private static int place(String body, List<int[]> sentences, String txt, int start) {
        if (txt.isEmpty()) {
            return -1;
        }
        for (int[] s : sentences) {
            int at = s[0] + start;
            if (start >= 0 && at + txt.length() <= s[1] && body.startsWith(txt, at)) {
                return at;
            }
        }
        return body.indexOf(txt);
    }
}
