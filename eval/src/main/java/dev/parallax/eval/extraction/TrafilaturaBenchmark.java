package dev.parallax.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trafilatura's evaluation benchmark as laid out in {@code ../shared/data}: 990 pages
 * ({@code html/<file>}, various encodings) and {@code evaldata.json} (url → {file, with, without}),
 * where {@code with} lists text segments the extraction must contain and {@code without} boilerplate
 * segments it must not. Scored with {@link SegmentScorer}. Read-only; an instance is thread-safe.
 */
public final class TrafilaturaBenchmark {
    /** The folder name under the shared data directory. */
    public static final String FOLDER = "trafilatura-eval";

    /** F1 published for trafilatura 2.2 on this benchmark (its docs/evaluation.rst). */
    public static final double PUBLISHED_TRAFILATURA_F1 = 0.924;

    /** One page with its segments. */
    public record Page(String url, String file, List<String> with, List<String> without) {
        public Page {
            with = List.copyOf(with);
            without = List.copyOf(without);
        }
    }

    /**
     * One page's outcome: the text extracted (null if the extraction failed), its counts, the {@code with}
     * segments the extraction missed and the {@code without} segments it kept.
     */
    public record PageCounts(Page page, String extracted, SegmentScorer.Counts counts, List<String> missed,
                             List<String> kept) {
        public PageCounts {
            missed = List.copyOf(missed);
            kept = List.copyOf(kept);
        }
    }

    /** The outcome of running an extractor over the benchmark: summed counts, every page's counts, failures. */
    public record Result(SegmentScorer.Counts counts, List<PageCounts> pages, List<PageFailure> failures) {
        public Result {
            pages = List.copyOf(pages);
            failures = List.copyOf(failures);
        }
    }

    private final Path dir;
    private final List<Page> pages;

    private TrafilaturaBenchmark(Path dir, List<Page> pages) {
        this.dir = dir;
        this.pages = List.copyOf(pages);
    }

    /** Whether {@code dir} looks like this benchmark (has {@code evaldata.json} and {@code html/}). */
    public static boolean present(Path dir) {
        return Files.isRegularFile(dir.resolve("evaldata.json")) && Files.isDirectory(dir.resolve("html"));
    }

    /** Reads {@code evaldata.json} in {@code dir} (the benchmark folder itself). */
    public static TrafilaturaBenchmark open(Path dir) {
        Path file = dir.resolve("evaldata.json");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode item = e.getValue();
            pages.add(new Page(e.getKey(), item.path("file").asText(), strings(item.path("with")),
                    strings(item.path("without"))));
        }
        return new TrafilaturaBenchmark(dir, pages);
    }

    public Path dir() {
        return dir;
    }

    public List<Page> pages() {
        return pages;
    }

    /** The page's HTML decoded to text (see {@link HtmlBytes}). */
    public String html(Page page) {
        Path file = dir.resolve("html").resolve(page.file());
        try {
            return HtmlBytes.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs an extractor over every page and sums the segment counts. A page on which the extractor
     * throws counts as a failed extraction (all {@code with} missed, all {@code without} absent) and is
     * reported in the result's failures, as trafilatura's script does.
     */
    public Result evaluate(Extractor extractor, EvaluationProgress progress) {
        SegmentScorer.Counts total = SegmentScorer.Counts.ZERO;
        List<PageCounts> perPage = new ArrayList<>();
        List<PageFailure> failures = new ArrayList<>();
        int done = 0;
        for (Page page : pages) {
            String html = html(page);
            String result;
            try {
                result = extractor.extract(html, page.url());
            } catch (RuntimeException | StackOverflowError e) {
                PageFailure failure = PageFailure.of(page.file(), e);
                failures.add(failure);
                progress.failed(failure);
                result = null;
            }
            SegmentScorer.Counts counts = SegmentScorer.count(page.with(), page.without(), result);
            total = total.plus(counts);
            perPage.add(new PageCounts(page, result, counts, SegmentScorer.missing(page.with(), result),
                    SegmentScorer.present(page.without(), result)));
            progress.pageDone(++done, pages.size());
        }
        return new Result(total, perPage, failures);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
