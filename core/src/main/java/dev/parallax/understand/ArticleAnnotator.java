package dev.parallax.understand;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Mention;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.TimeExpression;
import dev.parallax.understand.entities.MentionFinder;
import dev.parallax.understand.nlp.LanguageAnalyzer;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.quotes.QuoteAnnotator;
import dev.parallax.understand.quotes.QuoteFinder;
import dev.parallax.understand.time.PublicationDateEstimator;
import dev.parallax.understand.time.TimeAnnotator;
import dev.parallax.understand.time.TimeMarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The understand stage as one annotator: each body paragraph is analysed once (never text running
 * across paragraphs or furniture), then entity mentions, quotes and time expressions are read from
 * that one analysis. An undated article gets a publication date estimated from its content, marked
 * as estimated, and its times are resolved against that. Articles in a language other than English get no
 * annotations ({@link #reads}).
 *
 * <p>Not thread-safe (its analyzer is not): build one per worker.
 */
public final class ArticleAnnotator implements Annotator {
    /** Names this annotator's output in the store; bump when its results change so stored annotations are redone. */
    public static final String VERSION = "understand-8";

    private final LanguageAnalyzer analyzer;
    private final MentionFinder mentions = new MentionFinder();
    private final QuoteAnnotator quotes;
    private final TimeAnnotator times;

    public ArticleAnnotator(LanguageAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.quotes = new QuoteAnnotator(analyzer, new QuoteFinder());
        this.times = TimeAnnotator.with(analyzer);
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        if (!reads(article.language())) {
            return new AnnotatedArticle(article, List.of(), List.of(), List.of());
        }
        Article dated = article;
        if (article.published() == null) {
            dated = PublicationDateEstimator.estimate(article.body())
                    .map(PublicationDate::asEstimated)
                    .map(article::withPublished)
                    .orElse(article);
        }
        LocalDate reference = dated.published() == null ? null : dated.published().date();
        List<NlpParagraph> analysed = new ArrayList<>();
        for (String paragraph : dated.body()) {
            analysed.add(analyzer.analyze(paragraph, reference));
        }
        List<Mention> found = new ArrayList<>();
        List<TimeExpression> timeExpressions = new ArrayList<>();
        List<NlpParagraph> marked = new ArrayList<>();
        for (int i = 0; i < analysed.size(); i++) {
            found.addAll(mentions.find(i, analysed.get(i)));
            List<TimeExpression> paragraphTimes = times.annotate(dated.id(), i, analysed.get(i), reference);
            timeExpressions.addAll(paragraphTimes);
            // the quote finder reads times as adverbials: it gets them marked, and the rules run once
            marked.add(TimeMarks.markFound(analysed.get(i), paragraphTimes));
        }
        return new AnnotatedArticle(dated, found, quotes.quotesInMarked(dated, marked), timeExpressions);
    }

    /**
     * Whether this stage reads an article in this language: English, or a language nobody stated. The models,
     * cue verbs and time rules are English; on other languages they find colons taken for speakers and names
     * taken for places, so such articles are stored and exported with their clean text and no annotations.
     */
    public static boolean reads(String language) {
        return language == null || language.isBlank() || language.toLowerCase(Locale.ROOT).startsWith("en");
    }
}
