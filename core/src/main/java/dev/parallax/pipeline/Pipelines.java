package dev.parallax.pipeline;

import dev.parallax.archive.Archive;
import dev.parallax.clean.Cleaner;
import dev.parallax.clean.ContentCleaner;
import dev.parallax.clean.html.HtmlExtractor;
import dev.parallax.clean.outlet.OutletDirectory;
import dev.parallax.clean.text.PlainTextCleaner;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.PublicationDate;
import dev.parallax.understand.ArticleAnnotator;
import dev.parallax.understand.nlp.CoreNlpAnalyzer;
import dev.parallax.understand.nlp.NlpOptions;
import dev.parallax.understand.time.PublicationDateEstimator;

import java.util.List;

/** Named presets of the pipeline and its stages. */
public final class Pipelines {
    private Pipelines() {
    }

    /** The cleaner every preset uses: plain text and HTML, with the built-in outlet directory. */
    public static Cleaner standardCleaner() {
        OutletDirectory outlets = OutletDirectory.builtIn();
        return new ContentCleaner(new PlainTextCleaner(outlets), new HtmlExtractor(outlets));
    }

    /** The standard pipeline over the given archive. */
    public static Pipeline standard(Archive archive, IngestOptions options) {
        return new Pipeline(new Ingestor(options), standardCleaner(), archive);
    }

    /** The full understand stage: CoreNLP entities ({@link NlpOptions#FAST}), times by rules, quotes, resolved dates; one model set per worker. */
    public static Understanding languageModels(int workers) {
        return new Understanding(() -> new ArticleAnnotator(new CoreNlpAnalyzer(NlpOptions.FAST)), workers,
                ArticleAnnotator.VERSION, "language-models");
    }

    /** No language models: articles are only dated (estimated where undated); grouping then works on text alone. */
    public static Understanding textOnly() {
        return new Understanding(() -> article -> new AnnotatedArticle(article.published() != null ? article
                : PublicationDateEstimator.estimate(article.body()).map(PublicationDate::asEstimated)
                        .map(article::withPublished).orElse(article), List.of(), List.of(), List.of()),
                1, "text-only-1", "text-only");
    }
}
