package dev.parallax.pipeline;

import dev.parallax.archive.Archive;
import dev.parallax.clean.CleanResult;
import dev.parallax.clean.Cleaner;
import dev.parallax.identify.ArticleIds;
import dev.parallax.identify.Fingerprint;
import dev.parallax.ingest.DocumentSink;
import dev.parallax.ingest.Ingestor;
import dev.parallax.group.ArticleFeatures;
import dev.parallax.group.GroupingOptions;
import dev.parallax.group.OnlineGrouper;
import dev.parallax.group.Placement;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.Mention;
import dev.parallax.model.StoryThread;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Statement;
import dev.parallax.model.TimelineEntry;
import dev.parallax.statements.AttributedQuote;
import dev.parallax.statements.StatementGrouper;
import dev.parallax.statements.Speakers;
import dev.parallax.timeline.TimelineBuilder;
import dev.parallax.resolve.EntityResolver;
import dev.parallax.resolve.Resolution;
import dev.parallax.understand.Annotator;
import dev.parallax.model.Problem;
import dev.parallax.model.SourceDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one place the stages are wired: ingest → clean → identify → archive ({@link #run}), then
 * understand → resolve → group → statements and timeline ({@link #analyze}). Used alike by the
 * CLI, the server and cluster jobs. Readable top to bottom in {@link #run}.
 *
 * <p>Articles are stored in batches of {@link #COMMIT_EVERY} and at the end of every input file,
 * each batch atomically, so killing the process loses at most the batch under way.
 */
public final class Pipeline {
    public static final int COMMIT_EVERY = 200;

    private final Ingestor ingestor;
    private final Cleaner cleaner;
    private final Archive archive;

    public Pipeline(Ingestor ingestor, Cleaner cleaner, Archive archive) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.archive = Objects.requireNonNull(archive, "archive");
    }

    /** Reads, cleans, identifies and stores every article of the inputs. Never throws for bad input. */
    public BatchReport run(List<Path> inputs, ProgressListener progress) {
        Run run = new Run(progress);
        List<Path> files = ingestor.expand(inputs, run::problem);
        progress.started(files.size());
        for (Path file : files) {
            int before = run.documents;
            ingestor.read(file, run);
            run.flush();
            progress.fileDone(file, run.documents - before);
        }
        BatchReport report = new BatchReport(files.size(), run.documents, run.added, run.alreadyStored,
                run.duplicates, new ArrayList<>(run.batchIds), run.problems);
        progress.finished(report);
        return report;
    }

    /** Cleans and identifies one document without storing it (the {@code extract} command). */
    public CleanResult clean(SourceDocument document) {
        CleanResult result = cleaner.clean(document);
        if (result instanceof CleanResult.Cleaned cleaned) {
            Article a = cleaned.article();
            return CleanResult.cleaned(a.withIdentity(ArticleIds.idOf(a), null));
        }
        return result;
    }

    /**
     * The stages after storage, over stored articles: understand (annotations are stored under the
     * annotator's version and reused), resolve entities and link quote speakers to them, then place
     * the articles into events and threads, then match statements and build the timeline.
     *
     * <p>Grouping goes on from where earlier runs left it: the grouper's state and each article's
     * placement are kept in the archive under the understanding's grouping name, so articles analysed
     * today join events stored last week, at a cost that does not grow with the archive. New dated
     * articles are placed oldest first, ties in batch order; undated ones are then clustered together
     * and join or open events as clusters ({@link OnlineGrouper#placeAll}); articles placed before keep
     * their event. The analysis covers the stories of the batch: its articles first, then the
     * stored articles of the events they are in and of the other events of those events' threads.
     *
     * @throws IllegalStateException when the stored grouping cannot be continued (made with other
     *                               options or damaged): {@link #recluster} re-groups the archive
     */
    public Analysis analyze(List<String> ids, Understanding understanding, ProgressListener progress) {
        List<Article> articles = archive.getAll(ids);
        List<Problem> problems = new ArrayList<>();
        List<AnnotatedArticle> annotated = understand(articles, understanding, progress, problems);

        progress.stageStarted("group", annotated.size());
        String grouping = understanding.grouping();
        Optional<Archive.GroupingState> stored = archive.groupingState(grouping);
        OnlineGrouper grouper = restore(stored);
        Map<String, Placement> placed = new LinkedHashMap<>(
                archive.placements(grouping, annotated.stream().map(a -> a.article().id()).toList()));
        List<AnnotatedArticle> unplaced = annotated.stream().filter(a -> !placed.containsKey(a.article().id())).toList();
        if (!unplaced.isEmpty()) {
            List<Placement> added = place(grouper, unplaced);
            archive.putGrouping(grouping, stored.map(Archive.GroupingState::revision).orElse(0L), grouper.snapshot(),
                    added, false);
            added.forEach(p -> placed.put(p.articleId(), p));
        }
        progress.stageFinished("group");

        List<String> eventIds = storyEvents(grouper, annotated.stream().map(a -> placed.get(a.article().id()).eventId()).toList());
        Map<String, List<String>> members = new LinkedHashMap<>();
        Set<String> inScope = new LinkedHashSet<>();
        annotated.forEach(a -> inScope.add(a.article().id()));
        for (String eventId : eventIds) {
            List<String> m = archive.eventMembers(grouping, eventId);
            members.put(eventId, m);
            inScope.addAll(m);
        }
        List<String> earlierIds = inScope.stream().filter(id -> !placed.containsKey(id)).toList();
        if (!earlierIds.isEmpty()) {
            List<AnnotatedArticle> earlier = understand(archive.getAll(earlierIds), understanding, progress, problems);
            placed.putAll(archive.placements(grouping, earlierIds));
            annotated = new ArrayList<>(annotated);
            annotated.addAll(earlier);
        }
        problems.forEach(progress::problem);
        return analysis(annotated, grouper, eventIds, members, placed, problems, progress);
    }

    /**
     * Re-groups every stored article in batch ({@link OnlineGrouper#recluster}: document frequencies from
     * the whole archive, average-link clustering within the time windows), replacing the stored grouping of
     * this understanding. Memory grows with the archive; later {@link #analyze} runs go on online from it.
     *
     * @return the analysis of the whole archive
     */
    public Analysis recluster(Understanding understanding, ProgressListener progress) {
        long basedOn = archive.groupingState(understanding.grouping()).map(Archive.GroupingState::revision).orElse(0L);
        List<Article> articles = archive.all();
        List<Problem> problems = new ArrayList<>();
        List<AnnotatedArticle> annotated = understand(articles, understanding, progress, problems);
        problems.forEach(progress::problem);

        progress.stageStarted("group", annotated.size());
        Map<String, Placement> placed = new LinkedHashMap<>();
        OnlineGrouper batch = OnlineGrouper.recluster(features(annotated), GroupingOptions.defaults(),
                p -> placed.put(p.articleId(), p));
        List<String> order = batch.articleIds();
        int[] events = batch.assignments();
        archive.putGrouping(understanding.grouping(), basedOn, batch.snapshot(), placed.values(), true);
        progress.stageFinished("group");

        Map<String, List<String>> members = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            members.computeIfAbsent("e" + (events[i] + 1), k -> new ArrayList<>()).add(order.get(i));
        }
        List<String> eventIds = batch.events().stream().map(Event::id).toList();
        return analysis(annotated, batch, eventIds, members, placed, problems, progress);
    }

    /**
     * Places one run's articles ({@link OnlineGrouper#placeAll}): dated ones oldest first, ties in the order
     * given; then the undated ones, clustered together before they join or open events.
     */
    private static List<Placement> place(OnlineGrouper grouper, List<AnnotatedArticle> articles) {
        return grouper.placeAll(features(articles));
    }

    /** The grouper's view of articles, with entity keys resolved across them. */
    private static List<ArticleFeatures> features(List<AnnotatedArticle> articles) {
        Resolution resolution = new EntityResolver().resolve(articles);
        List<ArticleFeatures> features = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            features.add(features(i, articles.get(i), resolution));
        }
        return features;
    }

    /** The events of the batch and the other events of their threads, in order of opening. */
    private static List<String> storyEvents(OnlineGrouper grouper, List<String> batchEvents) {
        Set<String> out = new LinkedHashSet<>(batchEvents);
        for (String e : batchEvents) {
            grouper.threadOf(e).ifPresent(t -> out.addAll(t.eventIds()));
        }
        return out.stream().sorted(Comparator.comparingInt(Pipeline::eventNumber)).toList();
    }

    private static int eventNumber(String eventId) {
        return Integer.parseInt(eventId.substring(1));
    }

    /** The grouper as earlier runs left it, or a new one. */
    private static OnlineGrouper restore(Optional<Archive.GroupingState> state) {
        if (state.isEmpty()) {
            return new OnlineGrouper(GroupingOptions.defaults());
        }
        try {
            return OnlineGrouper.restore(state.get().state(), GroupingOptions.defaults());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the stored event grouping cannot be continued: " + e.getMessage()
                    + " (run `parallax recluster` on this store to re-group it)", e);
        }
    }

    /** Resolution, statements and timeline over grouped articles: the analysis of their stories. */
    private static Analysis analysis(List<AnnotatedArticle> annotated, OnlineGrouper grouper, List<String> eventIds,
                                     Map<String, List<String>> members, Map<String, Placement> placed,
                                     List<Problem> problems, ProgressListener progress) {
        progress.stageStarted("resolve", annotated.size());
        Resolution resolution = new EntityResolver().resolve(annotated);
        List<AttributedQuote> attributed = Speakers.attribute(annotated, resolution);
        Map<String, String> quoteSpeakers = new LinkedHashMap<>();
        attributed.stream().filter(q -> q.speakerEntity() != null)
                .forEach(q -> quoteSpeakers.put(q.quote().id(), q.speakerEntity()));
        progress.stageFinished("resolve");

        List<Event> events = new ArrayList<>();
        Map<String, StoryThread> threads = new LinkedHashMap<>();
        for (String id : eventIds) {
            grouper.event(id, members.getOrDefault(id, List.of())).ifPresent(events::add);
            grouper.threadOf(id).ifPresent(t -> threads.putIfAbsent(t.id(), t));
        }
        List<Placement> placements = new ArrayList<>();
        List<AnnotatedArticle> dated = new ArrayList<>();
        for (AnnotatedArticle a : annotated) {
            Placement p = placed.get(a.article().id());
            Placement current = new Placement(p.articleId(), p.eventId(), p.opened(),
                    grouper.threadOf(p.eventId()).map(StoryThread::id).orElse(null), p.date(), p.dateEstimated(),
                    p.explanation());
            placements.add(current);
            dated.add(withEventDate(a, current));
        }

        progress.stageStarted("statements", attributed.size());
        List<Statement> statements = new StatementGrouper().group(attributed);
        List<StoryThread> threadList = List.copyOf(threads.values());
        List<TimelineEntry> timeline = new TimelineBuilder().build(dated, events, threadList, statements);
        progress.stageFinished("statements");
        return new Analysis(dated, resolution.entities(), quoteSpeakers, events, threadList, placements, statements,
                timeline, problems);
    }

    /** An article still undated after understanding takes the date of the event it joined, marked as estimated. */
    private static AnnotatedArticle withEventDate(AnnotatedArticle a, Placement p) {
        if (a.article().published() != null || p.date() == null) {
            return a;
        }
        Article estimated = a.article().withPublished(PublicationDate.ofDate(p.date()).asEstimated());
        return new AnnotatedArticle(estimated, a.mentions(), a.quotes(), a.timeExpressions());
    }

    /** The grouper's view of an article: its resolved entity ids, or its mention texts where unresolved. */
    private static ArticleFeatures features(int index, AnnotatedArticle a, Resolution resolution) {
        ArticleFeatures plain = ArticleFeatures.of(a);
        List<String> keys = new ArrayList<>();
        for (int m = 0; m < a.mentions().size(); m++) {
            Mention mention = a.mentions().get(m);
            keys.add(resolution.entityOf(index, m).orElse(ArticleFeatures.mentionKey(mention)));
        }
        return new ArticleFeatures(plain.id(), plain.date(), plain.dateEstimated(), plain.title(), plain.body(), keys);
    }

    /** Annotations for every article: stored ones reused, the rest made by the workers in parallel and stored. */
    private List<AnnotatedArticle> understand(List<Article> articles, Understanding understanding,
                                              ProgressListener progress, List<Problem> problems) {
        Map<String, AnnotatedArticle> done = new LinkedHashMap<>(
                archive.annotations(articles.stream().map(Article::id).toList(), understanding.version()));
        List<Article> todo = articles.stream().filter(a -> !done.containsKey(a.id())).toList();
        progress.stageStarted("understand", todo.size());
        if (!todo.isEmpty()) {
            ThreadLocal<Annotator> annotator = ThreadLocal.withInitial(understanding.annotators());
            ExecutorService workers = Executors.newFixedThreadPool(Math.min(understanding.workers(), todo.size()), r -> {
                Thread t = new Thread(r, "parallax-understand");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<AnnotatedArticle>> futures = new ArrayList<>();
                for (Article a : todo) {
                    futures.add(workers.submit(() -> annotator.get().annotate(a)));
                }
                List<AnnotatedArticle> pending = new ArrayList<>();
                for (int i = 0; i < todo.size(); i++) {
                    Article article = todo.get(i);
                    try {
                        AnnotatedArticle result = futures.get(i).get();
                        pending.add(result);
                        done.put(article.id(), result);
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause() == null ? e : e.getCause();
                        problems.add(new Problem(article.source(), "understand-failed",
                                cause.getClass().getSimpleName() + ": " + cause.getMessage()));
                        done.put(article.id(), new AnnotatedArticle(article, List.of(), List.of(), List.of()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while annotating", e);
                    }
                    if (pending.size() >= 20) {
                        archive.putAnnotations(pending, understanding.version());
                        pending.clear();
                    }
                    progress.stageProgress("understand", i + 1, todo.size());
                }
                archive.putAnnotations(pending, understanding.version());
            } finally {
                workers.shutdownNow();
            }
        }
        progress.stageFinished("understand");
        List<AnnotatedArticle> out = new ArrayList<>();
        articles.forEach(a -> out.add(done.get(a.id())));
        return out;
    }

    /** The state of one run: a document sink that cleans, identifies and buffers articles for the archive. */
    private final class Run implements DocumentSink {
        private final ProgressListener progress;
        private final Map<String, Archive.Entry> pending = new LinkedHashMap<>();
        private final Set<String> batchIds = new LinkedHashSet<>();
        private final List<Problem> problems = new ArrayList<>();
        private int documents;
        private int added;
        private int alreadyStored;
        private int duplicates;

        Run(ProgressListener progress) {
            this.progress = progress;
        }

        @Override
        public void accept(SourceDocument document) {
            documents++;
            CleanResult result = clean(document);
            if (result instanceof CleanResult.Rejected rejected) {
                problem(rejected.problem());
                return;
            }
            Article article = ((CleanResult.Cleaned) result).article();
            String id = article.id();
            if (!batchIds.add(id)) {
                return; // the same content twice in one batch
            }
            if (!archive.existing(List.of(id)).isEmpty()) {
                alreadyStored++;
                return;
            }
            Fingerprint fingerprint = Fingerprint.of(article.body());
            String duplicateOf = fingerprint == null ? null : nearDuplicateOf(fingerprint).orElse(null);
            if (duplicateOf != null) {
                duplicates++;
            }
            pending.put(id, new Archive.Entry(article.withIdentity(id, duplicateOf), fingerprint));
            if (pending.size() >= COMMIT_EVERY) {
                flush();
            }
        }

        private Optional<String> nearDuplicateOf(Fingerprint fingerprint) {
            for (Archive.Entry entry : pending.values()) {
                if (entry.fingerprint() != null && entry.fingerprint().isNear(fingerprint)) {
                    String earlier = entry.article().duplicateOf();
                    return Optional.of(earlier != null ? earlier : entry.article().id());
                }
            }
            return archive.nearDuplicateOf(fingerprint);
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
            progress.problem(problem);
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            added += archive.putAll(pending.values()).size();
            pending.clear();
        }
    }
}
