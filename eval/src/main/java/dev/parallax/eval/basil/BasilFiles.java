package dev.parallax.eval.basil;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * BASIL's article files ({@code articles/<year>/<triplet-uuid>_<n>.json}) and their body paragraphs, each a
 * list of sentences ({@code body-paragraphs}; a paragraph given as one string is one sentence).
 */
public final class BasilFiles {
    private BasilFiles() {
    }

    /** The article files under {@code basilDir/articles}, sorted by path. */
    public static List<Path> articles(Path basilDir) throws IOException {
        Path root = basilDir.resolve("articles");
        if (!Files.isDirectory(root)) {
            throw new IOException("no BASIL articles directory at " + root);
        }
        try (Stream<Path> walk = Files.walk(root, 2)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The body paragraphs of one article, each as its sentences, as written (not stripped). */
    public static List<List<String>> paragraphs(JsonNode article) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode paragraph : article.path("body-paragraphs")) {
            List<String> sentences = new ArrayList<>();
            if (paragraph.isArray()) {
                paragraph.forEach(s -> sentences.add(s.asText()));
            } else {
                sentences.add(paragraph.asText());
            }
            out.add(sentences);
        }
        return out;
    }
}
