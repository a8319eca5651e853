package dev.parallax.understand.quotes;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.understand.Annotator;
import dev.parallax.understand.nlp.LanguageAnalyzer;
import dev.parallax.understand.nlp.NlpParagraph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The quotes part of the understand stage: analyses each body paragraph with a {@link LanguageAnalyzer}
 * (parts of speech and entities needed) and turns what {@link QuoteFinder} finds into {@link Quote} records
 * with ids {@code <articleId>-q<N>} (N from 1, in reading order). A quote running over several paragraphs
 * gives one record per paragraph, with the same speaker.
 *
 * <p>Some of what the finder reports, as PolNeAR annotates it, nobody said, and is left out: reported contents
 * with no source at all (the question in "Asked about the strike, Lind said …", put by someone the article
 * does not name); non-responses whose only content is the request ("did not respond to a request for
 * comment") and refusals to speak ("declined to comment"); reports of a statement that is a quote of its own
 * ("“…,” Cruz said, according to The Hill" gives Cruz's quote, not a quote of The Hill); and statements
 * someone only can or might make ("Her office can order companies to …").
 *
 * <p>Reads {@link Article#body()} only, never furniture or comments. Not thread-safe when the analyzer is not:
 * one per worker.
 */
public final class QuoteAnnotator implements Annotator {
    /** A modal of possibility, in lower case ("May" is a month), with no comma around it (not an aside's). */
    private static final Pattern POSSIBILITY = Pattern.compile(
            "^[^,]*\\b(?:can|could|may|might|cannot|can't|can\u2019t|couldn't|couldn\u2019t)\\b[^,]*$");
    private final LanguageAnalyzer analyzer;
    private final QuoteFinder finder;

    public QuoteAnnotator(LanguageAnalyzer analyzer, QuoteFinder finder) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        LocalDate date = article.published() == null ? null : article.published().date();
        List<NlpParagraph> analysed = new ArrayList<>();
        for (String paragraph : article.body()) {
            analysed.add(analyzer.analyze(paragraph, date));
        }
        return new AnnotatedArticle(article, List.of(), quotes(article, analysed), List.of());
    }

    /** The quote records for an article whose body is already analysed. */
    public List<Quote> quotes(Article article, List<NlpParagraph> body) {
        return records(article, body, finder.find(body, article.outlet()));
    }

    /**
     * As {@link #quotes}, for a body whose time tokens are already tagged with the article's time expressions
     * ({@link dev.parallax.understand.time.TimeMarks#markFound}).
     */
    public List<Quote> quotesInMarked(Article article, List<NlpParagraph> marked) {
        return records(article, marked, finder.findInMarked(marked, article.outlet()));
    }

    /**
     * Whether a reported statement is only one its speaker can or might make: a modal of possibility between the
     * speaker and the content ("Her office can order companies to change their practices", "Critics could argue
     * that …").
     */
    static boolean onlyPossible(FoundQuote q, List<NlpParagraph> body) {
        Span mention = q.speakerMention();
        Span first = q.first();
        if (mention == null || mention.paragraph() != first.paragraph() || mention.end() > first.start()
                || first.start() - mention.end() > 60 || first.paragraph() >= body.size()) {
            return false;
        }
        String between = body.get(first.paragraph()).text().substring(mention.end(), first.start());
        return POSSIBILITY.matcher(between).find();
    }

    /**
     * Whether q's content holds another attribution whole, with the mention of its speaker: a report of a
     * statement ("“…,” Cruz said, according to The Hill", "The Post reported that Lind said …"), whose
     * statement is already a quote of its own speaker.
     */
    static boolean reportsAnother(FoundQuote q, List<FoundQuote> found) {
        for (FoundQuote other : found) {
            if (other != q && other.speakerMention() != null && within(other.speakerMention(), q.content())
                    && other.content().stream().allMatch(piece -> within(piece, q.content()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Span inner, List<Span> pieces) {
        for (Span p : pieces) {
            if (p.paragraph() == inner.paragraph() && p.start() <= inner.start() && inner.end() <= p.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<Quote> records(Article article, List<NlpParagraph> body, List<FoundQuote> found) {
        String id = article.id() == null ? "article" : article.id();
        List<Quote> out = new ArrayList<>();
        for (FoundQuote q : found) {
            if (q.speakerName() == null && q.speakerDescription() == null && !q.direct()) {
                continue; // "Asked about the strike, …": a question put by someone unnamed says nothing itself
            }
            if (!q.direct() && q.speakerName() == null && "you".equalsIgnoreCase(q.speakerDescription())) {
                continue; // "you'll find a wide choice", "If you're wondering whether …": the reader, no source
            }
            if (!q.direct() && ContentBoundaries.isNonStatement(q.cue(), q.text())) {
                continue; // "did not respond to a request for comment", "declined to comment": no statement
            }
            if (!q.direct() && onlyPossible(q, body)) {
                continue; // "Her office can order companies to …": what someone may say, not what was said
            }
            if (reportsAnother(q, found)) {
                continue; // "“…,” Cruz said, according to The Hill.": the statement is Cruz's, found on its own
            }
            List<Span> pieces = q.content();
            int i = 0;
            while (i < pieces.size()) {
                int j = i;
                while (j + 1 < pieces.size() && pieces.get(j + 1).paragraph() == pieces.get(i).paragraph()) {
                    j++;
                }
                Span first = pieces.get(i);
                Span span = new Span(first.paragraph(), first.start(), pieces.get(j).end());
                String text = pieces.size() == 1 ? q.text() : ArticleReading.textOf(body, pieces.subList(i, j + 1));
                out.add(new Quote(id + "-q" + (out.size() + 1), article.id(), text, q.speakerName(),
                        q.speakerDescription(), q.cue(), q.direct(), span));
                i = j + 1;
            }
        }
        return out;
    }
}
