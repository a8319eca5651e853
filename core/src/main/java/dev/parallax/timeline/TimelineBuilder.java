package dev.parallax.timeline;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.model.Statement;
import dev.parallax.model.StatementVariant;
import dev.parallax.model.StoryThread;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.TimelineEntry;
import dev.parallax.statements.QuoteSimilarity;
import dev.parallax.statements.Wording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the timeline of each story: dated entries ordered by when the happening took place, not by when
 * it was reported.
 *
 * <p>A story is a thread (all its events together) or, for an event in no thread, the event. Entries:
 * <ul>
 *   <li><b>Happenings</b>: each body sentence of a member article with a usable time expression
 *       ({@link HappeningDate}) becomes an entry at that date ("on Thursday" → 2024-05-02: "Vennholt
 *       resigned on Thursday."); with several, the most specific wins (a day over a month over a year),
 *       ties the first. Sentences that carry a quote are left to the statements.</li>
 *   <li><b>Statements</b>: each statement becomes one entry, {@code Speaker: "reference words"}, dated when
 *       it was said: the earliest usable time expression in a variant's sentence outside the quote itself
 *       ("said on Monday"), else the earliest publication day of its articles; a statement with neither is
 *       left out. It belongs to the story of its earliest-listed variant's article that has an event.</li>
 * </ul>
 * Happenings of one story with the same date value and the same content ({@link #sameHappening}: the
 * statement measures of {@link QuoteSimilarity}, or three shared content stems at a stem Dice of 0.5) are
 * one entry listing every reporting article, the first-seen sentence as its text. (On BASIL's first 150
 * articles, rules-only time expressions, same-date cross-outlet sentence pairs: the statement measures join
 * 28; the looser rule 8 more, 7 of them read by hand as the same happening; at Dice 0.4 it joined 42 more,
 * about a quarter of them different happenings of the same day.) Within a story,
 * entries are ordered by the first day their date covers, ties in order of first appearance (articles in
 * input order, sentences in text order, statements after happenings). Stories come in order of their
 * first event. Articles in no event are not on any timeline. Deterministic; stateless and thread-safe.
 */
public final class TimelineBuilder {
    /** Content stems two sentences of one date must share to be one happening (besides the statement measures). */
    static final int HAPPENING_SHARED = 3;
    /** Stem Dice two sentences of one date need to be one happening (besides the statement measures). */
    static final double HAPPENING_DICE = 0.5;

    /** The timeline entries of every story, story after story. */
    public List<TimelineEntry> build(List<AnnotatedArticle> articles, List<Event> events, List<StoryThread> threads,
                                     List<Statement> statements) {
        if (articles == null || events == null || threads == null || statements == null) {
            throw new IllegalArgumentException("articles, events, threads and statements are required");
        }
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        articles.forEach(a -> {
            if (a.article().id() != null) {
                byId.putIfAbsent(a.article().id(), a);
            }
        });
        Map<String, String> threadOfEvent = new HashMap<>();
        threads.forEach(t -> t.eventIds().forEach(e -> threadOfEvent.putIfAbsent(e, t.id())));
        Map<String, String> eventOfArticle = new HashMap<>();
        Map<String, Story> stories = new LinkedHashMap<>();
        for (Event e : events) {
            e.articleIds().forEach(a -> eventOfArticle.putIfAbsent(a, e.id()));
            String thread = threadOfEvent.get(e.id());
            stories.computeIfAbsent(thread != null ? thread : e.id(), k -> new Story(thread));
        }
        for (AnnotatedArticle a : byId.values()) {
            String event = eventOfArticle.get(a.article().id());
            if (event != null) {
                Story story = stories.get(storyKey(event, threadOfEvent));
                happenings(a, event, story);
            }
        }
        for (Statement s : statements) {
            statementEntry(s, byId, eventOfArticle, threadOfEvent, stories);
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (Story story : stories.values()) {
            story.entries.stream()
                    .sorted(Comparator.comparing((Draft d) -> d.date.start()))
                    .forEach(d -> out.add(new TimelineEntry(d.date.value(), d.text, d.articles.get(0), d.articles,
                            d.event, story.thread, d.statement)));
        }
        return out;
    }

    private static String storyKey(String event, Map<String, String> threadOfEvent) {
        String thread = threadOfEvent.get(event);
        return thread != null ? thread : event;
    }

    private static void happenings(AnnotatedArticle a, String event, Story story) {
        Article article = a.article();
        for (int p = 0; p < article.body().size(); p++) {
            String paragraph = article.body().get(p);
            for (int[] s : Sentences.spans(paragraph)) {
                if (hasQuote(a, p, s)) {
                    continue;
                }
                HappeningDate date = best(a, p, s[0], s[1], null);
                if (date != null) {
                    story.addHappening(date, paragraph.substring(s[0], s[1]), article.id(), event);
                }
            }
        }
    }

    private static boolean hasQuote(AnnotatedArticle a, int paragraph, int[] s) {
        for (Quote q : a.quotes()) {
            Span span = q.span();
            if (span != null && span.paragraph() == paragraph && span.start() < s[1] && span.end() > s[0]) {
                return true;
            }
        }
        return false;
    }

    /** The most specific usable date among the time expressions inside [start, end), outside {@code skip}. */
    private static HappeningDate best(AnnotatedArticle a, int paragraph, int start, int end, Span skip) {
        HappeningDate best = null;
        for (TimeExpression t : a.timeExpressions()) {
            Span span = t.span();
            if (span == null || span.paragraph() != paragraph || span.start() < start || span.end() > end) {
                continue;
            }
            if (skip != null && span.start() < skip.end() && span.end() > skip.start()) {
                continue;
            }
            HappeningDate d = HappeningDate.of(t, a.article().published());
            if (d != null && (best == null || d.precision() > best.precision())) {
                best = d;
            }
        }
        return best;
    }

    private static void statementEntry(Statement s, Map<String, AnnotatedArticle> byId,
                                       Map<String, String> eventOfArticle, Map<String, String> threadOfEvent,
                                       Map<String, Story> stories) {
        HappeningDate said = null;
        HappeningDate published = null;
        String event = null;
        List<String> articles = new ArrayList<>();
        String reference = null;
        for (StatementVariant v : s.variants()) {
            if (v.quoteId() != null && v.quoteId().equals(s.referenceQuoteId())) {
                reference = v.text();
            }
            AnnotatedArticle a = byId.get(v.articleId());
            if (a == null) {
                continue;
            }
            if (!articles.contains(v.articleId())) {
                articles.add(v.articleId());
            }
            if (event == null) {
                event = eventOfArticle.get(v.articleId());
            }
            HappeningDate d = saidIn(a, v.quoteId());
            if (d != null && (said == null || d.start().isBefore(said.start()))) {
                said = d;
            }
            if (a.article().published() != null) {
                HappeningDate p = HappeningDate.day(a.article().published().date());
                if (published == null || p.start().isBefore(published.start())) {
                    published = p;
                }
            }
        }
        HappeningDate date = said != null ? said : published;
        if (event == null || date == null || articles.isEmpty()) {
            return;
        }
        String words = "\"" + nested(reference != null ? reference : s.variants().get(0).text()) + "\"";
        String text = s.speakerName() != null ? s.speakerName() + ": " + words : words;
        stories.get(storyKey(event, threadOfEvent)).entries.add(new Draft(date, text, articles, event, s.id()));
    }

    /** Quotation marks inside the quoted words become single ones: "the vote 'changes nothing'". */
    private static String nested(String words) {
        return words.replace('"', '\'').replace('\u201C', '\u2018').replace('\u201D', '\u2019');
    }

    /**
     * When a quote was said: among the time expressions of its sentence outside the quote, the one nearest the
     * quote (ties: the more specific). Expressions that bound another span of time ("minister since 2019",
     * "until May"), expressions in a relative aside that does not hold the quote ("the figures, which were
     * forecast in January,") and dates after the article's publication say when other things happen, not when
     * the words were said, and are skipped.
     */
    private static HappeningDate saidIn(AnnotatedArticle a, String quoteId) {
        for (Quote q : a.quotes()) {
            if (q.id() != null && q.id().equals(quoteId) && q.span() != null
                    && q.span().paragraph() < a.article().body().size()) {
                Span span = q.span();
                String paragraph = a.article().body().get(span.paragraph());
                for (int[] s : Sentences.spans(paragraph)) {
                    if (s[0] <= span.start() && span.start() < s[1]) {
                        return nearest(a, paragraph, span, s[0], Math.max(s[1], span.end()));
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static final Pattern BOUNDING = Pattern.compile(
            "(?i)\\b(?:since|until|till|before|after|from|through|throughout|by|for|between)\\s+$");

    private static final Pattern RELATIVE_OPENER = Pattern.compile(",\\s+(?:which|who|whose|whom)\\b");

    /**
     * Whether a time expression stands in a relative clause set off by commas that does not hold the quote: in
     * "It recommended that the figures, which were forecast in January, be released later", January dates the
     * forecast, not the recommending.
     */
    static boolean inRelativeAside(String paragraph, int sentenceStart, Span time, Span quote) {
        Matcher m = RELATIVE_OPENER.matcher(paragraph);
        m.region(sentenceStart, time.start());
        int opened = -1;
        while (m.find()) {
            opened = m.start();
        }
        if (opened < 0 || paragraph.substring(opened + 1, time.start()).contains(",")) {
            return false;
        }
        int closed = paragraph.indexOf(',', time.end());
        int end = closed < 0 ? paragraph.length() : closed;
        return !(quote.start() < end && quote.end() > opened);
    }

    private static HappeningDate nearest(AnnotatedArticle a, String paragraph, Span quote, int start, int end) {
        HappeningDate best = null;
        int bestGap = Integer.MAX_VALUE;
        LocalDate published = a.article().published() == null ? null : a.article().published().date();
        for (TimeExpression t : a.timeExpressions()) {
            Span span = t.span();
            if (span == null || span.paragraph() != quote.paragraph() || span.start() < start || span.end() > end
                    || (span.start() < quote.end() && span.end() > quote.start())) {
                continue;
            }
            if (BOUNDING.matcher(paragraph.substring(Math.max(0, span.start() - 12), span.start())).find()
                    || inRelativeAside(paragraph, start, span, quote)) {
                continue;
            }
            HappeningDate d = HappeningDate.of(t, a.article().published());
            if (d == null || (published != null && d.start().isAfter(published))) {
                continue;
            }
            int gap = span.end() <= quote.start() ? quote.start() - span.end() : span.start() - quote.end();
            if (best == null || gap < bestGap || (gap == bestGap && d.precision() > best.precision())) {
                best = d;
                bestGap = gap;
            }
        }
        return best;
    }

    /** One story's entries while they are built. */
    private static final class Story {
        final String thread;
        final List<Draft> entries = new ArrayList<>();

        Story(String thread) {
            this.thread = thread;
        }

        void addHappening(HappeningDate date, String text, String article, String event) {
            Wording wording = Wording.of(text);
            for (Draft d : entries) {
                if (d.statement == null && d.date.value().equals(date.value())
                        && sameHappening(d.wording, wording)) {
                    if (!d.articles.contains(article)) {
                        d.articles.add(article);
                    }
                    return;
                }
            }
            entries.add(new Draft(date, text, new ArrayList<>(List.of(article)), event, null));
        }
    }

    /**
     * Two sentences of one date report the same happening when they say the same thing by the statement
     * measures, or share at least {@value #HAPPENING_SHARED} content stems with a stem Dice of at least
     * {@value #HAPPENING_DICE}: the shared date already narrows them down, and outlets word the same
     * happening more freely than a quote.
     */
    static boolean sameHappening(Wording a, Wording b) {
        if (QuoteSimilarity.score(a, b) >= 0) {
            return true;
        }
        return QuoteSimilarity.sharedStems(a, b) >= HAPPENING_SHARED && QuoteSimilarity.stemDice(a, b) >= HAPPENING_DICE;
    }

    private static final class Draft {
        final HappeningDate date;
        final String text;
        final Wording wording;
        final List<String> articles;
        final String event;
        final String statement;

        Draft(HappeningDate date, String text, List<String> articles, String event, String statement) {
            this.date = date;
            this.text = text;
            this.wording = Wording.of(text);
            this.articles = articles;
            this.event = event;
            this.statement = statement;
        }
    }
}
