package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.Article;
import dev.parallax.model.PublicationDate;
import dev.parallax.understand.ArticleAnnotator;
import dev.parallax.understand.nlp.CoreNlpAnalyzer;
import dev.parallax.understand.nlp.NlpOptions;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.nlp.NlpSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code parallax bench nlp}: articles and tokens per second of the understand stage end to end (one
 * {@link ArticleAnnotator} per worker over the chosen analyzer preset), beside CoreNLP's default
 * {@code tokenize,ssplit,pos,lemma,ner} pipeline only analysing the same body paragraphs, on one thread
 * and on two. The articles are the first N BASIL articles by path, read from the shared data at run time.
 * Model loading is timed apart (CoreNLP shares the loaded models between pipelines of the same properties,
 * so a second worker loads almost nothing); each configuration first analyses a few articles untimed, then
 * makes timed passes by the wall clock, of which the median is reported. Tokens are CoreNLP's tokens.
 */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = {"Articles and tokens per second of the understand stage, beside CoreNLP's default",
                "tokenize,ssplit,pos,lemma,ner pipeline on the same BASIL articles (1 and 2 threads)."})
final class BenchNlpCommand implements Callable<Integer> {
    static final String FOLDER = "basil";

    @Mixin
    SharedDataOption data;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "60",
            description = "The first N BASIL articles by path (default: ${DEFAULT-VALUE}).")
    int articles;

    @Mixin
    NlpPresetOption nlp;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
            description = "Timed passes per configuration; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
            description = "Untimed articles per configuration first, to let the JIT compile (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "End with one line of JSON holding the figures.")
    boolean json;

    /** One configuration's figures. */
    record Figures(String name, int threads, double loadSeconds, double seconds, int articles, long tokens) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    @Override
    public Integer call() {
        if (articles < 1 || runs < 1 || warmup < 0) {
            System.err.println("parallax: --articles and --runs must be at least 1, --warmup at least 0");
            return Parallax.EXIT_USAGE;
        }
        var dir = data.find(FOLDER).map(d -> d.resolve("articles")).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            System.err.println("parallax: " + data.missing(FOLDER + "/articles"));
            return Parallax.EXIT_FATAL;
        }
        List<Article> texts = read(dir.get(), articles);
        if (texts.isEmpty()) {
            System.err.println("parallax: no BASIL articles under " + dir.get());
            return Parallax.EXIT_FATAL;
        }
        long paragraphs = texts.stream().mapToLong(a -> a.body().size()).sum();
        System.err.printf("bench nlp: %d BASIL articles, %d body paragraphs%n", texts.size(), paragraphs);
        long[] tokens = {0};
        CoreNlpAnalyzer tokenizer = new CoreNlpAnalyzer(NlpOptions.TOKENS);
        for (Article a : texts) {
            tokens[0] += countTokens(tokenizer, a);
        }
        List<Figures> figures = new ArrayList<>();
        figures.addAll(measure("parallax-" + nlp.preset.name(), nlp.preset.options, texts, tokens, true));
        figures.addAll(measure("corenlp-default", NlpOptions.CORENLP_DEFAULT, texts, tokens, false));
        print(figures, texts.size(), paragraphs);
        return Parallax.EXIT_OK;
    }

    /** One thread then two, each after its own warm-up; model loading timed apart. */
    private List<Figures> measure(String name, NlpOptions options, List<Article> texts, long[] tokens, boolean understand) {
        List<Figures> out = new ArrayList<>();
        System.gc();
        List<CoreNlpAnalyzer> analyzers = new ArrayList<>();
        for (int threads = 1; threads <= 2; threads++) {
            System.err.printf("bench nlp: loading %s (worker %d)...%n", name, threads);
            long load = System.nanoTime();
            analyzers.add(new CoreNlpAnalyzer(options));
            double loadSeconds = (System.nanoTime() - load) / 1e9;
            List<Consumer<Article>> workers = new ArrayList<>();
            for (CoreNlpAnalyzer analyzer : analyzers) {
                if (understand) {
                    ArticleAnnotator annotator = new ArticleAnnotator(analyzer);
                    workers.add(annotator::annotate);
                } else {
                    workers.add(article -> analyse(analyzer, article));
                }
            }
            System.err.printf("bench nlp: %s, %d thread(s): warm-up%n", name, threads);
            pass(workers, texts.subList(0, Math.min(warmup, texts.size())));
            List<Double> times = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                times.add(pass(workers, texts));
                System.err.printf(Locale.ROOT, "bench nlp: %s, %d thread(s): run %d/%d %.1f s, %.2f articles/s%n",
                        name, threads, r + 1, runs, times.get(r), texts.size() / times.get(r));
            }
            times.sort(Double::compare);
            out.add(new Figures(name, threads, loadSeconds, times.get(times.size() / 2), texts.size(), tokens[0]));
        }
        return out;
    }

    /** Seconds by the wall clock for all articles, shared out among the workers one article at a time. */
    private static double pass(List<Consumer<Article>> workers, List<Article> texts) {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        if (workers.size() == 1) {
            texts.forEach(workers.get(0));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers.size());
            try {
                List<Future<?>> running = new ArrayList<>();
                for (Consumer<Article> w : workers) {
                    running.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                            w.accept(texts.get(i));
                        }
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void analyse(CoreNlpAnalyzer analyzer, Article article) {
        LocalDate reference = article.published() == null ? null : article.published().date();
        for (String paragraph : article.body()) {
            analyzer.analyze(paragraph, reference);
        }
    }

    private static long countTokens(CoreNlpAnalyzer analyzer, Article article) {
        long n = 0;
        for (String paragraph : article.body()) {
            NlpParagraph p = analyzer.analyze(paragraph, null);
            for (NlpSentence s : p.sentences()) {
                n += s.tokens().size();
            }
        }
        return n;
    }

    /** The first {@code limit} articles by path: body paragraphs (their sentences joined by a space) and date. */
    static List<Article> read(Path dir, int limit) {
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().limit(limit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Article> out = new ArrayList<>();
        for (Path f : files) {
            JsonNode root;
            try {
                root = mapper.readTree(f.toFile());
            } catch (IOException e) {
                System.err.println("bench nlp: skipping unreadable " + f + ": " + e.getMessage());
                continue;
            }
            List<String> body = new ArrayList<>();
            for (JsonNode paragraph : root.path("body-paragraphs")) {
                StringBuilder b = new StringBuilder();
                if (paragraph.isArray()) {
                    for (JsonNode sentence : paragraph) {
                        b.append(b.length() == 0 ? "" : " ").append(sentence.asText());
                    }
                } else {
                    b.append(paragraph.asText());
                }
                if (!b.toString().isBlank()) {
                    body.add(b.toString());
                }
            }
            PublicationDate published = null;
            try {
                String date = root.path("date").asText("");
                published = date.isEmpty() ? null : PublicationDate.ofDate(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                published = null; // undated: the annotator estimates a date, as for any undated article
            }
            out.add(new Article(f.getFileName().toString(), "basil", root.path("source").asText(null),
                    root.path("url").asText(null), root.path("title").asText(""), List.of(), published, "en",
                    List.of(), body, List.of(), List.of(), null));
        }
        return out;
    }

    private void print(List<Figures> figures, int n, long paragraphs) {
        PrintStream out = System.out;
        long tokens = figures.get(0).tokens();
        out.printf(Locale.ROOT, "Language analysis speed: %d BASIL articles (%d body paragraphs, %d tokens), "
                + "median of %d timed pass(es) after %d warm-up articles, wall clock, %d cores%n", n, paragraphs, tokens,
                runs, warmup, Runtime.getRuntime().availableProcessors());
        out.println("parallax-*: the understand stage end to end (analysis, mentions, quotes, times); "
                + "corenlp-default: tokenize,ssplit,pos,lemma,ner only analysing the paragraphs\n");
        String format = "%-18s %7s %10s %11s %12s %9s%n";
        out.printf(format, "pipeline", "threads", "articles/s", "tokens/s", "load s/wkr", "vs corenlp");
        for (Figures f : figures) {
            Figures base = baseline(figures, f.threads());
            out.printf(format, f.name(), f.threads(), String.format(Locale.ROOT, "%.2f", f.articlesPerSecond()),
                    String.format(Locale.ROOT, "%.0f", f.tokensPerSecond()),
                    String.format(Locale.ROOT, "%.1f", f.loadSeconds()),
                    String.format(Locale.ROOT, "%.2fx", f.articlesPerSecond() / base.articlesPerSecond()));
        }
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("benchmark", "nlp");
            o.put("articles", n);
            o.put("paragraphs", paragraphs);
            o.put("tokens", tokens);
            o.put("preset", nlp.preset.name());
            o.put("runs", runs);
            ObjectNode all = o.putObject("pipelines");
            for (Figures f : figures) {
                ObjectNode p = all.putObject(f.name() + "-" + f.threads());
                p.put("threads", f.threads());
                p.put("articlesPerSecond", round(f.articlesPerSecond()));
                p.put("tokensPerSecond", Math.round(f.tokensPerSecond()));
                p.put("loadSeconds", round(f.loadSeconds()));
                p.put("ratioToCorenlp", round(f.articlesPerSecond() / baseline(figures, f.threads()).articlesPerSecond()));
            }
            out.println(o);
        }
    }

    private static Figures baseline(List<Figures> figures, int threads) {
        return figures.stream().filter(f -> f.name().equals("corenlp-default") && f.threads() == threads)
                .findFirst().orElseThrow();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
