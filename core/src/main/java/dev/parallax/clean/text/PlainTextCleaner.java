package dev.parallax.clean.text;

import dev.parallax.clean.CleanResult;
import dev.parallax.clean.Cleaner;
import dev.parallax.clean.outlet.OutletDirectory;
import dev.parallax.model.Article;
import dev.parallax.model.Comment;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.SourceDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cleans plain-text articles copied from pages: separates the article from its page furniture,
 * typed and kept in {@link Article#removed()}, and reads the reader comments after it.
 *
 * <p>The whole cleaner reads top to bottom in {@link #clean}: header lines are read first, the rest
 * is cut into units (paragraphs and lines), then the {@link #FILTERS} type the units in this order:
 * <ol>
 *   <li>{@link CommentSectionFilter}: where the reader comments start and end;</li>
 *   <li>{@link LineRuleFilter} with {@link FurnitureRules#STANDARD}: credits, captions ending in a credit,
 *       embed links, footers, promos, related lines and site chrome;</li>
 *   <li>{@link KeyPointsFilter}: key-point bullet lists;</li>
 *   <li>{@link EmbedFilter}: embedded social posts;</li>
 *   <li>{@link RelatedListFilter}: the lists under related-stories headings;</li>
 *   <li>{@link BylineFilter}, {@link DatelineFilter}: bylines and date lines at the top;</li>
 *   <li>{@link HeadlineFilter}: the headline and its repeats;</li>
 *   <li>{@link StandfirstFilter}: the dek between headline and byline;</li>
 *   <li>{@link CaptionFilter}: captions without a credit of their own;</li>
 *   <li>{@link AfterCommentsFilter}: page chrome after the comments.</li>
 * </ol>
 * Every filter returns a new {@link Draft}; none changes shared state. What no filter typed is the body;
 * {@link CommentThreadParser} reads the comments section and {@link Separation} splits body from furniture.
 *
 * <p>Fields prefer the container's hints, then the header lines, then what the text shows: the
 * headline, the byline's names, the first date line (a "Published" one over an "Updated" one),
 * the key points. The outlet is the hint, else the header's, else the URL's outlet in the
 * {@link OutletDirectory}, else a text cue ({@link OutletCues}); unknown stays null. The language
 * is the hint's or the header's, never guessed. Thread-safe and immutable.
 */
public final class PlainTextCleaner implements Cleaner {
    static final List<DraftFilter> FILTERS = List.of(
            new CommentSectionFilter(),
            new LineRuleFilter(FurnitureRules.STANDARD),
            new KeyPointsFilter(),
            new EmbedFilter(),
            new RelatedListFilter(),
            new BylineFilter(),
            new DatelineFilter(),
            new HeadlineFilter(),
            new StandfirstFilter(),
            new CaptionFilter(),
            new AfterCommentsFilter());
    private final OutletDirectory outlets;

    public PlainTextCleaner(OutletDirectory outlets) {
        this.outlets = Objects.requireNonNull(outlets, "outlets");
    }

    @Override
    public CleanResult clean(SourceDocument doc) {
        List<String> lines = List.of(doc.content().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        Header header = HeaderParser.parse(lines);
        DocumentHints hints = doc.hints();
        String knownTitle = first(hints.title(), header.title());
        Draft draft = filtered(Draft.of(Paragraphing.units(lines.subList(header.lineCount(), lines.size())),
                knownTitle));
        String url = first(hints.url(), header.url());
        PublicationDate published = PrintedDates.publicationDate(Arrays.asList(hints.published(),
                header.published()), furniture(draft), url).orElse(null);
        CommentThreadParser.Thread thread = comments(draft, published);
        Separation parts = Separation.of(header, draft, thread);
        if (parts.body().isEmpty()) {
            return CleanResult.rejected(doc.source(), "no-article", "no body text left after removing page furniture");
        }

        String title = knownTitle != null ? knownTitle : headline(draft).orElse(null);
        List<String> authors = !hints.authors().isEmpty() ? hints.authors()
                : !header.authors().isEmpty() ? header.authors() : bylineNames(draft);
        String outlet = first(hints.outlet(), header.outlet());
        if (outlet == null) {
            outlet = outlets.forUrl(url).or(() -> OutletCues.outlet(parts.removed(), outlets)).orElse(null);
        }
        String language = first(hints.language(), header.language());
        return CleanResult.cleaned(new Article(null, doc.source(), outlet, url, title, authors, published, language,
                summary(draft), parts.body(), parts.removed(), thread.comments(), null));
    }

    private static CommentThreadParser.Thread comments(Draft draft, PublicationDate reference) {
        List<String> lines = new ArrayList<>();
        for (int i = draft.commentsFrom(); i < draft.commentsTo(); i++) {
            if (draft.kind(i).isEmpty()) {
                lines.add(draft.text(i));
            }
        }
        return CommentThreadParser.parse(lines, reference);
    }

    private static Optional<String> headline(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.is(i, FurnitureKind.HEADLINE)) {
                return Optional.of(draft.text(i));
            }
        }
        return Optional.empty();
    }

    private static List<String> bylineNames(Draft draft) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            if (draft.is(i, FurnitureKind.BYLINE)) {
                BylineParser.byline(draft.text(i)).ifPresent(n -> n.stream().filter(x -> !names.contains(x)).forEach(names::add));
            }
        }
        return names;
    }

    private static Draft filtered(Draft draft) {
        for (DraftFilter filter : FILTERS) {
            draft = filter.apply(draft);
        }
        return draft;
    }

    /** The lines the filters marked as furniture, in order. */
    private static List<Furniture> furniture(Draft draft) {
        List<Furniture> furniture = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            int line = i;
            draft.kind(i).ifPresent(kind -> furniture.add(new Furniture(kind, draft.text(line))));
        }
        return furniture;
    }

    private static List<String> summary(Draft draft) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            if (draft.is(i, FurnitureKind.SUMMARY) && !KeyPointsFilter.HEADING.matcher(draft.text(i)).matches()) {
                items.add(KeyPointsFilter.item(draft.text(i)));
            }
        }
        return items;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
}
