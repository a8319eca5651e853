package dev.parallax.eval.clustering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.eval.basil.BasilFiles;
import dev.parallax.group.ArticleFeatures;
import dev.parallax.model.PublicationDate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads BASIL ({@code articles/<year>/<triplet-uuid>_<n>.json}): title, date and body paragraphs
 * (each a list of sentences). Gold = {@code triplet-uuid} (one event, three outlets). The annotated
 * {@code keywords} and {@code main-entities} fields are not used: entity keys are derived from the text.
 */
public final class BasilReader {
    private BasilReader() {
    }

    public static ClusteringDataset read(Path basilDir) throws IOException {
        List<Path> files = BasilFiles.articles(basilDir);
        ObjectMapper json = new ObjectMapper();
        List<GoldArticle> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : files) {
            JsonNode d;
            try {
                d = json.readTree(file.toFile());
            } catch (IOException e) {
                skipped.add(file + ": " + e.getMessage());
                continue;
            }
            String gold = d.path("triplet-uuid").asText("");
            if (gold.isEmpty()) {
                skipped.add(file + ": no triplet-uuid");
                continue;
            }
            List<String> body = new ArrayList<>();
            for (List<String> sentences : BasilFiles.paragraphs(d)) {
                body.add(String.join(" ", sentences));
            }
            LocalDate date = PublicationDate.parseIso(d.path("date").asText(null))
                    .map(PublicationDate::date).orElse(null);
            String id = file.getFileName().toString().replace(".json", "");
            out.add(new GoldArticle(new ArticleFeatures(id, date, false, d.path("title").asText(null), body,
                    List.of()), gold));
        }
        return new ClusteringDataset("basil", out, skipped);
    }
}
