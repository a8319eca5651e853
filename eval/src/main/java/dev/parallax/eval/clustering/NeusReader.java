package dev.parallax.eval.clustering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.group.ArticleFeatures;
import dev.parallax.model.PublicationDate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads NeuS / AllSides ({@code headline_11_2021-10-19_crawled_all.jsonl}): each line is one story
 * with up to three articles ({@code news.left|center|right}: {@code newsTitle}, {@code newBody}).
 * Gold = the story's {@code id}; every article takes the story's {@code date} (the dataset gives no
 * per-article date). The AllSides roundup and issue headline are not used.
 */
public final class NeusReader {
    public static final String FILE = "headline_11_2021-10-19_crawled_all.jsonl";
    private static final String[] SIDES = {"left", "center", "right"};

    private NeusReader() {
    }

    public static ClusteringDataset read(Path neusDir) throws IOException {
        Path file = neusDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no NeuS file at " + file);
        }
        ObjectMapper json = new ObjectMapper();
        List<GoldArticle> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line;
            int lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode story;
                try {
                    story = json.readTree(line);
                } catch (IOException e) {
                    skipped.add(file + " line " + lineNumber + ": " + e.getMessage());
                    continue;
                }
                String gold = story.path("id").asText("");
                LocalDate date = PublicationDate.parseIso(story.path("date").asText(null))
                        .map(PublicationDate::date).orElse(null);
                for (String side : SIDES) {
                    JsonNode news = story.path("news").path(side);
                    if (!news.isObject()) {
                        continue;
                    }
                    String title = news.path("newsTitle").asText(null);
                    List<String> body = new ArrayList<>();
                    news.path("newBody").forEach(p -> body.add(p.asText()));
                    if ((title == null || title.isBlank()) && body.isEmpty()) {
                        skipped.add(file + " line " + lineNumber + " " + side + ": no title or body");
                        continue;
                    }
                    out.add(new GoldArticle(new ArticleFeatures(gold + "-" + side, date, false, title, body,
                            List.of()), gold));
                }
            }
        }
        return new ClusteringDataset("neus", out, skipped);
    }
}
