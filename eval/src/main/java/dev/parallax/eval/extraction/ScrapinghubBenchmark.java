package dev.parallax.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The Scrapinghub (Zyte) article extraction benchmark as laid out in {@code ../shared/data}: 181 news
 * and blog pages ({@code html/<id>.html.gz}, UTF-8), their true article bodies
 * ({@code ground-truth.json}: id → {articleBody, url}) and other tools' published outputs
 * ({@code reference-outputs/<tool>.json}, same format, optionally wrapped in {version, output}).
 * Scored with {@link ShingleScorer}. Read-only; an instance is thread-safe.
 */
public final class ScrapinghubBenchmark {
    /** The folder name under the shared data directory. */
    public static final String FOLDER = "scrapinghub-article-extraction-benchmark";

    /**
     * F1 published for the reference outputs (the benchmark's README and the data README), by
     * reference-output file name. Tools without a published figure are absent.
     */
    public static final Map<String, Double> PUBLISHED_F1 = Map.of(
            "trafilatura", 0.958, "readability_js", 0.947, "newspaper", 0.949, "news_please", 0.948,
            "readability", 0.922, "boilerpipe", 0.860, "justext", 0.804, "dragnet", 0.907, "html-text", 0.665);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page of the benchmark with its true body. */
    public record Page(String id, String url, String articleBody) {
    }

    /** A tool's published output: id → body. */
    public record ReferenceOutput(String tool, String version, Map<String, String> bodies) {
        public ReferenceOutput {
            bodies = Map.copyOf(bodies);
        }
    }

    /** One page's outcome: the text extracted, its match against the truth, both texts' length in tokens. */
    public record PageScore(Page page, String extracted, ShingleScorer.DocumentMatch match, int trueTokens,
                            int predictedTokens) {
    }

    /** The outcome of running an extractor over the benchmark, with every page's score in page order. */
    public record Result(ShingleScorer.Score score, List<PageScore> pages, List<PageFailure> failures) {
        public Result {
            pages = List.copyOf(pages);
            failures = List.copyOf(failures);
        }
    }

    private final Path dir;
    private final List<Page> pages;

    private ScrapinghubBenchmark(Path dir, List<Page> pages) {
        this.dir = dir;
        this.pages = List.copyOf(pages);
    }

    /** Whether {@code dir} looks like this benchmark (has {@code ground-truth.json} and {@code html/}). */
    public static boolean present(Path dir) {
        return Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"));
    }

    /** Reads the ground truth in {@code dir} (the benchmark folder itself). */
    public static ScrapinghubBenchmark open(Path dir) {
        Path truth = dir.resolve("ground-truth.json");
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : entries(readJson(truth))) {
            pages.add(new Page(e.getKey(), text(e.getValue(), "url"), text(e.getValue(), "articleBody")));
        }
        return new ScrapinghubBenchmark(dir, pages);
    }

    public Path dir() {
        return dir;
    }

    /** The pages in ground-truth order. */
    public List<Page> pages() {
        return pages;
    }

    /** The page's HTML, decompressed and decoded as UTF-8. */
    public String html(Page page) {
        Path file = dir.resolve("html").resolve(page.id() + ".html.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every published output in {@code reference-outputs/}, sorted by tool name. */
    public List<ReferenceOutput> referenceOutputs() {
        Path folder = dir.resolve("reference-outputs");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Map<String, ReferenceOutput> byTool = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                String tool = file.getFileName().toString().replaceFirst("\\.json$", "");
                byTool.put(tool, readReference(tool, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return List.copyOf(byTool.values());
    }

    private static ReferenceOutput readReference(String tool, Path file) {
        JsonNode root = readJson(file);
        String version = "";
        if (root.isObject() && root.size() == 2 && root.has("version") && root.has("output")
                && root.get("output").isObject()) {
            version = root.get("version").isNull() ? "" : root.get("version").asText();
            root = root.get("output");
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : entries(root)) {
            bodies.put(e.getKey(), text(e.getValue(), "articleBody"));
        }
        return new ReferenceOutput(tool, version, bodies);
    }

    /**
     * Scores predictions (id → body) against the ground truth.
     *
     * @throws IllegalArgumentException if the predictions do not cover exactly the benchmark's ids
     *                                  (the benchmark refuses such outputs too)
     */
    public ShingleScorer.Score score(Map<String, String> predictions) {
        if (predictions.size() != pages.size()) {
            throw new IllegalArgumentException("prediction keys do not match ground truth: "
                    + predictions.size() + " predictions for " + pages.size() + " pages");
        }
        List<ShingleScorer.DocumentMatch> matches = new ArrayList<>();
        for (Page page : pages) {
            if (!predictions.containsKey(page.id())) {
                throw new IllegalArgumentException("prediction keys do not match ground truth: no " + page.id());
            }
            matches.add(ShingleScorer.match(page.articleBody(), predictions.get(page.id())));
        }
        return ShingleScorer.score(matches);
    }

    /**
     * Runs an extractor over every page and scores it. A page on which the extractor throws is
     * scored as an empty prediction and reported in the result's failures.
     */
    public Result evaluate(Extractor extractor, EvaluationProgress progress) {
        Map<String, String> predictions = new LinkedHashMap<>();
        List<PageScore> scores = new ArrayList<>();
        List<PageFailure> failures = new ArrayList<>();
        int done = 0;
        for (Page page : pages) {
            String html = html(page);
            String body;
            try {
                body = extractor.extract(html, page.url());
            } catch (RuntimeException | StackOverflowError e) {
                PageFailure failure = PageFailure.of(page.id(), e);
                failures.add(failure);
                progress.failed(failure);
                body = "";
            }
            body = body == null ? "" : body;
            predictions.put(page.id(), body);
            scores.add(new PageScore(page, body, ShingleScorer.match(page.articleBody(), body),
                    ShingleScorer.tokens(page.articleBody()).size(), ShingleScorer.tokens(body).size()));
            progress.pageDone(++done, pages.size());
        }
        return new Result(score(predictions), scores, failures);
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode object) {
        return object.properties();
    }

    private static String text(JsonNode item, String field) {
        return Optional.ofNullable(item.get(field)).filter(n -> !n.isNull()).map(JsonNode::asText).orElse("");
    }
}
