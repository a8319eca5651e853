package dev.parallax.group;

import dev.parallax.model.Event;
import dev.parallax.model.StoryThread;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * Online, incremental event grouping with story threads. Each new article is placed as it arrives,
 * at a cost independent of the archive's size:
 * <ol>
 *   <li>its headline and lede become a vector of its {@code topTerms} most distinctive terms and
 *       {@code topEntities} entity keys (TF-IDF, document frequencies counted incrementally in a hashed
 *       table, IDF frozen into the vector when the article arrives);</li>
 *   <li>candidate events come from an inverted index over those keys, restricted to events dated
 *       within {@code eventWindowDays} of the article; an undated article is searched without the window,
 *       among the events still held (those of the last three event windows); the {@code candidates}
 *       events sharing the most distinctive weight are scored in full;</li>
 *   <li>similarity = (1 − entityWeight) · cosine(terms) + entityWeight · cosine(entity keys); the score
 *       mixes the similarity to the event's centroid with that to its least similar member
 *       ({@code memberWeight}), plus a bonus for dates close to the event's ({@code dateBonus}); the
 *       article joins the best event at or above {@code joinThreshold}, else opens a new one. Ties go to
 *       the earlier event.</li>
 * </ol>
 * A new event (and again once it has three articles) looks for an earlier event within
 * {@code threadWindowDays} whose centroid similarity reaches {@code threadThreshold}: the two are
 * linked into one story thread, not merged.
 *
 * <p>Memory: events older than the windows (behind the latest date seen) are frozen — centroids and
 * member vectors dropped, postings removed as lists are read and in a periodic sweep — so the index
 * holds only the window, and per-article state is a few ints plus its id. Deterministic: the same
 * articles in the same order give the same events and threads (no hash-order iteration, no
 * randomness). Not thread-safe. {@link #recluster} is the batch entry point for archives.
 */
public final class OnlineGrouper implements Grouper {
    /** Member vectors kept per event (the first ones) for the weakest-member similarity. */
    public static final int MEMBERS_KEPT = 16;
    /** Candidates (best by centroid score) also compared with the event's members. */
    private static final int MEMBER_CHECKED = 4;
    static final int NO_DAY = Integer.MIN_VALUE;
    private static final int MAX_INDEXED_KEYS = 120;
    private static final int INDEXED_PER_ARTICLE = 20;
    private static final int THREAD_KEYS = 24;
    private static final int EXPLAIN_TERMS = 8;
    private static final int EXPLAIN_ENTITIES = 6;
    private static final int SWEEP_EVERY_DAYS = 30;

    final GroupingOptions options;
    private final TextAnalyzer analyzer;
    final HashedVocabulary vocabulary;
    private final boolean countFrequencies;
    private final boolean evict;

    private final List<String> articleIds = new ArrayList<>();
    private final IntList articleEvent = new IntList(1024);

    final List<EventState> events = new ArrayList<>();
    final List<IntList> threads = new ArrayList<>();
    final PostingIndex eventIndex = new PostingIndex();
    final PostingIndex threadIndex = new PostingIndex();
    IntList active = new IntList(1024);

    int watermark = NO_DAY;
    int lastSweep = NO_DAY;
    private float[] accumulator = new float[1024];
    private final IntList touched = new IntList(256);
    private final int[] sizeOut = new int[1];

    public OnlineGrouper(GroupingOptions options) {
        this(options, new HashedVocabulary(options.vocabularyBits()), true);
    }

    /** A grouper over this vocabulary; {@code online} counts frequencies as articles arrive and evicts old events. */
    OnlineGrouper(GroupingOptions options, HashedVocabulary vocabulary, boolean online) {
        this.options = Objects.requireNonNull(options, "options");
        this.analyzer = new TextAnalyzer(options.maxBodyWords());
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.countFrequencies = online;
        this.evict = online;
    }

    /**
     * The grouper's state, to be {@linkplain #restore restored} by a later run that goes on placing articles
     * exactly as this one would have: document frequencies, events (centroids and kept members of those still
     * in the windows; dates, titles and threads of all), threads and the index. The list of placed articles
     * is not part of it: the caller stores each {@link Placement}. A grouper made by {@link #recluster}
     * is restored as an online one (it counts frequencies and evicts from then on).
     */
    public byte[] snapshot() {
        return GrouperSnapshot.write(this);
    }

    /**
     * A grouper in the state {@link #snapshot} saved. Its {@link #events()} and {@link #assignments()} cover only
     * articles placed after the restore; use {@link #event} and {@link #threadOf} for stored events.
     *
     * @throws IllegalArgumentException when the bytes are not a snapshot, or were made with other options
     */
    public static OnlineGrouper restore(byte[] snapshot, GroupingOptions options) {
        return GrouperSnapshot.read(snapshot, options);
    }

    /** Whether an event with this id exists. */
    public boolean hasEvent(String eventId) {
        int i = eventIndexOf(eventId);
        return i >= 0 && i < events.size();
    }

    /** The event with this id and the given members (stored by the caller), or empty when there is none. */
    public Optional<Event> event(String eventId, List<String> memberIds) {
        if (!hasEvent(eventId)) {
            return Optional.empty();
        }
        EventState e = events.get(eventIndexOf(eventId));
        return Optional.of(new Event(eventId, e.title, memberIds,
                e.minDay == NO_DAY ? null : LocalDate.ofEpochDay(e.minDay)));
    }

    /** The thread an event now belongs to (threads grow as later events link), or empty while it stands alone. */
    public Optional<StoryThread> threadOf(String eventId) {
        if (!hasEvent(eventId)) {
            return Optional.empty();
        }
        int t = events.get(eventIndexOf(eventId)).thread;
        return t < 0 ? Optional.empty() : Optional.of(thread(t));
    }

    private static int eventIndexOf(String eventId) {
        if (eventId == null || eventId.length() < 2 || eventId.charAt(0) != 'e') {
            return -1;
        }
        try {
            return Integer.parseInt(eventId, 1, eventId.length(), 10) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Batch grouping of an archive (order-independent within the windows, unlike the online path): document
     * frequencies are counted over all articles; each article's {@value AverageLinkClustering#NEIGHBOURS} most
     * similar articles dated within {@code eventWindowDays} (undated articles meet all) are found through an
     * inverted index; clusters are merged by average link while their average pairwise similarity (the same
     * score as online, article against article, with the date bonus) reaches {@code batchThreshold}. The
     * articles are then replayed in date order (undated last) into the events those clusters define, so
     * threads, dates estimated for undated articles and later online placement work as usual. Nothing is
     * evicted: memory grows with the archive (use it for archives that fit, the online path for streams).
     * The same list gives the same result.
     */
    public static OnlineGrouper recluster(List<ArticleFeatures> articles, GroupingOptions options) {
        return recluster(articles, options, p -> { });
    }

    /** {@link #recluster(List, GroupingOptions)}, handing each article's placement to {@code placed} as it is replayed. */
    public static OnlineGrouper recluster(List<ArticleFeatures> articles, GroupingOptions options,
                                          Consumer<Placement> placed) {
        OnlineGrouper grouper = new OnlineGrouper(options, new HashedVocabulary(options.vocabularyBits()), false);
        Batch batch = grouper.cluster(articles, true, true);
        int n = articles.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> articles.get(i).date(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        int[] eventOfLabel = new int[n];
        Arrays.fill(eventOfLabel, -1);
        for (int i : order) {
            grouper.advance(batch.days[i]);
            int label = batch.label[i];
            placed.accept(grouper.commitTo(eventOfLabel[label], articles.get(i), batch, i));
            eventOfLabel[label] = grouper.lastEvent();
        }
        return grouper;
    }

    @Override
    public Placement place(ArticleFeatures article) {
        Objects.requireNonNull(article, "article");
        Keys keys = keys(analyzer, vocabulary, article);
        if (countFrequencies) {
            int[] distinct = distinct(keys);
            vocabulary.countDocument(distinct, distinct.length);
        }
        SparseVector terms = vector(keys.termSlots, keys.termWeights, keys.termWords, keys.terms, options.topTerms());
        SparseVector entities = vector(keys.entitySlots, keys.entityWeights, keys.entityWords, keys.entities,
                options.topEntities());
        int day = article.date() == null ? NO_DAY : (int) article.date().toEpochDay();
        advance(day);

        double[] best = best(terms, entities, day);
        int event = (int) best[0];
        Explanation bestWhy = event < 0 ? Explanation.none() : explain(terms, entities, events.get(event), best[1]);
        boolean opened = event < 0 || best[1] < options.joinThreshold();
        return commit(article, terms, entities, day, opened ? -1 : event, bestWhy);
    }

    /**
     * Places a run of articles, as {@code analyze} does with the articles of one run: dated ones one by one in
     * date order ({@link #place}); then the undated ones together. Undated articles have no time window and
     * no date to tell two similar happenings apart, and single-pass placement makes their grouping depend on
     * their order. A date estimated from the text counts as none here: texts name many dates besides the
     * happening's, and measured on ECB+ such estimates split events more than they separate them (they are
     * kept as the articles' dates all the same). So undated articles are first clustered among themselves as
     * {@link #recluster} does (frequencies counted for all of them, average link), and each cluster then joins
     * the event most of its members would join (one that existed before the undated articles, at or above
     * {@code joinThreshold}; ties to the earlier), or opens a new one. The same run in the same order gives the
     * same result.
     *
     * @return the placements, in the order the articles were committed: dated ones by date (ties in the order
     *         given), then undated ones in the order given
     */
    public List<Placement> placeAll(List<ArticleFeatures> articles) {
        List<ArticleFeatures> dated = new ArrayList<>();
        List<ArticleFeatures> undated = new ArrayList<>();
        for (ArticleFeatures a : articles) {
            (a.date() == null || a.dateEstimated() ? undated : dated).add(a);
        }
        dated.sort(Comparator.comparing(ArticleFeatures::date));
        List<Placement> out = new ArrayList<>(articles.size());
        for (ArticleFeatures a : dated) {
            out.add(place(a));
        }
        if (!undated.isEmpty()) {
            placeTogether(undated, out);
        }
        return out;
    }

    private void placeTogether(List<ArticleFeatures> articles, List<Placement> out) {
        int n = articles.size();
        Batch batch = cluster(articles, countFrequencies, false);
        int[] label = batch.label;
        // every member votes for the event it would join; all vote before any cluster is committed, so only
        // events that existed before these undated articles are candidates
        int clusters = 0;
        for (int l : label) {
            clusters = Math.max(clusters, l + 1);
        }
        TreeMap<Integer, Integer>[] votes = newVoteTables(clusters);
        for (int i = 0; i < n; i++) {
            double[] best = best(batch.terms[i], batch.entities[i], NO_DAY);
            if (best[0] >= 0 && best[1] >= options.joinThreshold()) {
                votes[label[i]].merge((int) best[0], 1, Integer::sum);
            }
        }
        int[] target = new int[clusters];
        for (int c = 0; c < clusters; c++) {
            target[c] = -1;
            int most = 0;
            for (Map.Entry<Integer, Integer> v : votes[c].entrySet()) { // ascending event id: ties to the earlier
                if (v.getValue() > most) {
                    most = v.getValue();
                    target[c] = v.getKey();
                }
            }
        }
        for (int i = 0; i < n; i++) {
            out.add(commitTo(target[label[i]], articles.get(i), batch, i));
            target[label[i]] = lastEvent();
        }
    }

    /** Article vectors of a batch, their days ({@code NO_DAY} when undated or not used) and cluster labels. */
    private record Batch(SparseVector[] terms, SparseVector[] entities, int[] days, int[] label) {
    }

    /**
     * Clusters a batch by average link ({@link AverageLinkClustering}): keys counted into the document
     * frequencies first when {@code count}, then each article's vectors, then labels. With {@code useDates},
     * articles are compared within the event window with the date bonus; without, all meet as if undated.
     */
    private Batch cluster(List<ArticleFeatures> articles, boolean count, boolean useDates) {
        int n = articles.size();
        List<Keys> allKeys = new ArrayList<>(n);
        for (ArticleFeatures a : articles) {
            Keys keys = keys(analyzer, vocabulary, a);
            allKeys.add(keys);
            if (count) {
                int[] distinct = distinct(keys);
                vocabulary.countDocument(distinct, distinct.length);
            }
        }
        SparseVector[] terms = new SparseVector[n];
        SparseVector[] entities = new SparseVector[n];
        int[] days = new int[n];
        int[][] indexKeys = new int[n][];
        for (int i = 0; i < n; i++) {
            Keys k = allKeys.get(i);
            allKeys.set(i, null);
            terms[i] = vector(k.termSlots, k.termWeights, k.termWords, k.terms, options.topTerms());
            entities[i] = vector(k.entitySlots, k.entityWeights, k.entityWords, k.entities, options.topEntities());
            LocalDate date = useDates ? articles.get(i).date() : null;
            days[i] = date == null ? NO_DAY : (int) date.toEpochDay();
            indexKeys[i] = indexKeys(terms[i], entities[i]);
        }
        int[] label = AverageLinkClustering.cluster(indexKeys, days, options.eventWindowDays(), (i, j) -> {
            boolean withEntities = entities[i].size() > 0 && entities[j].size() > 0;
            double s = combine(terms[i].dot(terms[j]), entities[i].dot(entities[j]), withEntities);
            if (days[i] != NO_DAY && days[j] != NO_DAY) {
                s += options.dateBonus() * Math.max(0, 1 - Math.abs(days[i] - days[j])
                        / (double) options.eventWindowDays());
            }
            return s;
        }, options.batchThreshold());
        return new Batch(terms, entities, days, label);
    }

    /** Commits article i of a batch to event {@code target} (a new one when negative), explaining the choice. */
    private Placement commitTo(int target, ArticleFeatures article, Batch batch, int i) {
        SparseVector t = batch.terms[i];
        SparseVector e = batch.entities[i];
        Explanation why = target < 0 ? Explanation.none()
                : explain(t, e, events.get(target), score(t, e, events.get(target)));
        return commit(article, t, e, batch.days[i], target, why);
    }

    /** The event (0-based) the last committed article went to. */
    private int lastEvent() {
        return articleEvent.get(articleEvent.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static TreeMap<Integer, Integer>[] newVoteTables(int n) {
        TreeMap<Integer, Integer>[] out = new TreeMap[n];
        for (int i = 0; i < n; i++) {
            out[i] = new TreeMap<>();
        }
        return out;
    }

    /** The index keys of an article for batch neighbour search: its top terms and entity keys. */
    private static int[] indexKeys(SparseVector terms, SparseVector entities) {
        SparseVector t = terms.top(INDEXED_PER_ARTICLE);
        SparseVector e = entities.top(INDEXED_PER_ARTICLE / 2);
        int[] keys = new int[t.size() + e.size()];
        for (int j = 0; j < t.size(); j++) {
            keys[j] = key(t.slots[j], 0);
        }
        for (int j = 0; j < e.size(); j++) {
            keys[t.size() + j] = key(e.slots[j], 1);
        }
        return keys;
    }

    /**
     * The best event for these vectors: {event, score}, event −1 when there is no candidate. Centroid score for
     * every candidate, then the weakest-member term for the best few.
     */
    private double[] best(SparseVector terms, SparseVector entities, int day) {
        int[] found = candidates(terms, entities, day, options.eventWindowDays(), eventIndex, this::liveForEvents,
                options.candidates());
        long[] byCentroid = new long[found.length];
        double[] centroidScore = new double[found.length];
        for (int i = 0; i < found.length; i++) {
            EventState e = events.get(found[i]);
            centroidScore[i] = centroidScore(terms, entities, e) + dateBonus(day, e);
            byCentroid[i] = ((long) Float.floatToIntBits((float) Math.max(0, centroidScore[i])) << 32) | (0x7FFFFFFFL - i);
        }
        Arrays.sort(byCentroid);
        int best = -1;
        double bestScore = -1;
        for (int r = 0; r < Math.min(MEMBER_CHECKED, found.length); r++) {
            int i = (int) (0x7FFFFFFFL - (byCentroid[found.length - 1 - r] & 0xFFFFFFFFL));
            EventState e = events.get(found[i]);
            double score = centroidScore[i] + options.memberWeight() * (weakestMember(terms, entities, e)
                    - centroidScore(terms, entities, e));
            if (score > bestScore || (score == bestScore && found[i] < best)) {
                best = found[i];
                bestScore = score;
            }
        }
        return new double[] {best, bestScore};
    }

    /** Adds the article to event {@code target} (or a new event when negative) and links threads. */
    private Placement commit(ArticleFeatures article, SparseVector terms, SparseVector entities, int day, int target,
                             Explanation why) {
        boolean opened = target < 0;
        EventState event;
        if (opened) {
            event = new EventState(events.size(), article.title());
            events.add(event);
            active.add(event.id);
        } else {
            event = events.get(target);
        }
        articleIds.add(article.id());
        articleEvent.add(event.id);
        event.add(day, terms, entities, options.centroidTerms());
        index(event, terms, entities);
        if (event.size == 1 || event.size == 3) {
            linkThread(event);
        }

        LocalDate date = article.date();
        boolean estimated = article.dateEstimated();
        if (date == null && event.datedCount > 0) {
            date = LocalDate.ofEpochDay(event.meanDay());
            estimated = true;
        }
        return new Placement(article.id(), eventId(event.id), opened,
                event.thread < 0 ? null : threadId(event.thread), date, estimated, why);
    }

    /**
     * The events so far, in order of opening, with the articles placed by this instance as members (after a
     * {@link #restore}, earlier members are the caller's to keep).
     */
    @Override
    public List<Event> events() {
        List<List<String>> members = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            members.add(new ArrayList<>());
        }
        for (int a = 0; a < articleIds.size(); a++) {
            members.get(articleEvent.get(a)).add(articleIds.get(a));
        }
        List<Event> out = new ArrayList<>(events.size());
        for (EventState e : events) {
            out.add(new Event(eventId(e.id), e.title, members.get(e.id),
                    e.minDay == NO_DAY ? null : LocalDate.ofEpochDay(e.minDay)));
        }
        return out;
    }

    @Override
    public List<StoryThread> threads() {
        List<StoryThread> out = new ArrayList<>(threads.size());
        for (int t = 0; t < threads.size(); t++) {
            out.add(thread(t));
        }
        return out;
    }

    private StoryThread thread(int t) {
        IntList ids = threads.get(t);
        List<String> eventIds = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            eventIds.add(eventId(ids.get(i)));
        }
        return new StoryThread(threadId(t), events.get(ids.get(0)).title, eventIds);
    }

    /** The event index (0-based, in order of opening) of each placed article, in order of placement. */
    public int[] assignments() {
        int[] out = new int[articleEvent.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = articleEvent.get(i);
        }
        return out;
    }

    /** The ids of placed articles, in order of placement (parallel to {@link #assignments()}). */
    public List<String> articleIds() {
        return List.copyOf(articleIds);
    }

    public int eventCount() {
        return events.size();
    }

    private static String eventId(int index) {
        return "e" + (index + 1);
    }

    private static String threadId(int index) {
        return "t" + (index + 1);
    }

    // ---- features ----

    /** Raw keys of one article: hashed slots, weights (term counts) and words. */
    private static final class Keys {
        int[] termSlots;
        float[] termWeights;
        String[] termWords;
        int terms;
        int[] entitySlots;
        float[] entityWeights;
        String[] entityWords;
        int entities;
    }

    private static Keys keys(TextAnalyzer analyzer, HashedVocabulary vocabulary, ArticleFeatures a) {
        boolean derive = a.entityKeys().isEmpty();
        TextAnalyzer.Analysis analysis = analyzer.analyse(a.title(), a.body(), derive);
        Keys k = new Keys();
        k.terms = analysis.terms().size();
        k.termSlots = new int[k.terms];
        k.termWeights = new float[k.terms];
        k.termWords = new String[k.terms];
        int i = 0;
        for (Map.Entry<String, Float> e : analysis.terms().entrySet()) {
            k.termWords[i] = e.getKey();
            k.termSlots[i] = vocabulary.slot(e.getKey(), HashedVocabulary.TERM_SEED);
            k.termWeights[i++] = e.getValue();
        }
        List<String> names = new ArrayList<>();
        List<Float> counts = new ArrayList<>();
        if (derive) {
            for (Map.Entry<String, Float> e : analysis.entities().entrySet()) {
                names.add(e.getKey());
                counts.add(e.getValue());
            }
        } else {
            java.util.LinkedHashMap<String, Float> given = new java.util.LinkedHashMap<>();
            for (String key : a.entityKeys()) {
                if (key != null && !key.isBlank()) {
                    given.merge(TextAnalyzer.normaliseKey(key), 1f, Float::sum);
                }
            }
            for (Map.Entry<String, Float> e : given.entrySet()) {
                names.add(e.getKey());
                counts.add(e.getValue());
            }
        }
        k.entities = names.size();
        k.entitySlots = new int[k.entities];
        k.entityWeights = new float[k.entities];
        k.entityWords = names.toArray(new String[0]);
        for (int j = 0; j < k.entities; j++) {
            k.entitySlots[j] = vocabulary.slot(names.get(j), HashedVocabulary.ENTITY_SEED);
            k.entityWeights[j] = counts.get(j);
        }
        return k;
    }

    /** Distinct slots of terms and entities (entity slots offset so the two never meet in the counts). */
    private static int[] distinct(Keys k) {
        int[] all = new int[k.terms + k.entities];
        System.arraycopy(k.termSlots, 0, all, 0, k.terms);
        System.arraycopy(k.entitySlots, 0, all, k.terms, k.entities);
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[n++] = all[i];
            }
        }
        return Arrays.copyOf(all, n);
    }

    private SparseVector vector(int[] slots, float[] counts, String[] words, int n, int k) {
        if (n == 0) {
            return SparseVector.EMPTY;
        }
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) ((1 + Math.log(counts[i])) * vocabulary.idf(slots[i]));
        }
        return SparseVector.top(slots, w, words, n, k);
    }

    // ---- retrieval and scoring ----

    /**
     * Events sharing keys with the vectors in the index, dated within the window: the {@code max} with the
     * most shared weight, in event order.
     */
    private int[] candidates(SparseVector terms, SparseVector entities, int day, int window, PostingIndex index,
                             IntPredicate live, int max) {
        touched.truncate(0);
        if (accumulator.length < events.size()) {
            accumulator = Arrays.copyOf(accumulator, Math.max(events.size(), accumulator.length * 2));
        }
        double textWeight = 1 - options.entityWeight();
        accumulate(terms, textWeight, day, 0, window, index, live);
        accumulate(entities, options.entityWeight(), day, 1, window, index, live);
        int n = touched.size();
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            int e = touched.get(i);
            // higher accumulated weight first; ties to the earlier event
            order[i] = ((long) Float.floatToIntBits(accumulator[e]) << 32) | (0x7FFFFFFFL - e);
            accumulator[e] = 0;
        }
        Arrays.sort(order);
        int keep = Math.min(max, n);
        int[] out = new int[keep];
        for (int i = 0; i < keep; i++) {
            out[i] = (int) (0x7FFFFFFFL - (order[n - 1 - i] & 0xFFFFFFFFL));
        }
        Arrays.sort(out);
        return out;
    }

    private void accumulate(SparseVector v, double weight, int day, int space, int window, PostingIndex index,
                            IntPredicate live) {
        for (int i = 0; i < v.size(); i++) {
            int[] list = index.read(key(v.slots[i], space), live, sizeOut);
            int n = sizeOut[0];
            float w = (float) (v.weights[i] * weight);
            if (w <= 0) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                int e = list[j];
                if (!inWindow(events.get(e), day, window)) {
                    continue;
                }
                if (accumulator[e] == 0) {
                    touched.add(e);
                }
                accumulator[e] += w;
            }
        }
    }

    private static int key(int slot, int space) {
        return (slot << 1) | space;
    }

    private boolean liveForEvents(int e) {
        return !events.get(e).frozen;
    }

    private boolean liveForThreads(int e) {
        return !events.get(e).threadFrozen;
    }

    private static boolean inWindow(EventState e, int day, int window) {
        if (day == NO_DAY || e.datedCount == 0) {
            return true;
        }
        return day >= e.minDay - window && day <= e.maxDay + window;
    }

    private double score(SparseVector terms, SparseVector entities, EventState e) {
        double centroid = centroidScore(terms, entities, e);
        return centroid + options.memberWeight() * (weakestMember(terms, entities, e) - centroid);
    }

    private double centroidScore(SparseVector terms, SparseVector entities, EventState e) {
        double text = e.termNorm == 0 ? 0 : terms.dot(e.terms) / e.termNorm;
        double entity = e.entityNorm == 0 || entities.size() == 0 ? 0 : entities.dot(e.entities) / e.entityNorm;
        return combine(text, entity, entities.size() > 0);
    }

    /** Similarity to the least similar kept member, or the centroid score when none is kept. */
    private double weakestMember(SparseVector terms, SparseVector entities, EventState e) {
        if (options.memberWeight() == 0 || e.memberTerms == null || e.memberTerms.isEmpty()) {
            return centroidScore(terms, entities, e);
        }
        double min = Double.MAX_VALUE;
        for (int i = 0; i < e.memberTerms.size(); i++) {
            double t = terms.dot(e.memberTerms.get(i));
            double en = entities.dot(e.memberEntities.get(i));
            min = Math.min(min, combine(t, en, entities.size() > 0 && e.memberEntities.get(i).size() > 0));
        }
        return min;
    }

    private double combine(double text, double entity, boolean hasEntities) {
        return hasEntities ? (1 - options.entityWeight()) * text + options.entityWeight() * entity : text;
    }

    private double dateBonus(int day, EventState e) {
        if (day == NO_DAY || e.datedCount == 0 || options.dateBonus() == 0) {
            return 0;
        }
        double distance = Math.abs(day - e.meanDay());
        return options.dateBonus() * Math.max(0, 1 - distance / options.eventWindowDays());
    }

    private Explanation explain(SparseVector terms, SparseVector entities, EventState e, double score) {
        double text = e.termNorm == 0 ? 0 : terms.dot(e.terms) / e.termNorm;
        double entity = e.entityNorm == 0 || entities.size() == 0 ? 0 : entities.dot(e.entities) / e.entityNorm;
        return new Explanation(score, text, entity,
                shared(entities, e.entities, EXPLAIN_ENTITIES), shared(terms, e.terms, EXPLAIN_TERMS), eventId(e.id));
    }

    private static List<String> shared(SparseVector article, SparseVector event, int max) {
        int n = article.size();
        long[] order = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            float c = article.weights[i] * event.weightOf(article.slots[i]);
            if (c > 0) {
                order[m++] = ((long) Float.floatToIntBits(c) << 32) | i;
            }
        }
        Arrays.sort(order, 0, m);
        List<String> out = new ArrayList<>();
        for (int i = m - 1; i >= 0 && out.size() < max; i--) {
            String word = article.words[(int) order[i]];
            if (word != null) {
                out.add(word);
            }
        }
        return out;
    }

    // ---- indexing, threads and eviction ----

    private void index(EventState e, SparseVector terms, SparseVector entities) {
        indexVector(e, terms.top(INDEXED_PER_ARTICLE), 0);
        indexVector(e, entities.top(INDEXED_PER_ARTICLE / 2), 1);
    }

    private void indexVector(EventState e, SparseVector v, int space) {
        for (int i = 0; i < v.size() && e.indexed.size() < MAX_INDEXED_KEYS; i++) {
            int k = key(v.slots[i], space);
            if (!e.indexed.contains(k)) {
                e.indexed.add(k);
                eventIndex.add(k, e.id);
            }
        }
    }

    private void linkThread(EventState e) {
        if (e.thread >= 0 && threads.get(e.thread).size() > 1 && e.size > 1) {
            return;
        }
        int day = e.datedCount == 0 ? NO_DAY : e.meanDay();
        SparseVector keyTerms = e.terms.top(THREAD_KEYS / 2);
        SparseVector keyEntities = e.entities.top(THREAD_KEYS / 2);
        int best = -1;
        double bestScore = -1;
        for (int other : candidates(keyTerms, keyEntities, day, options.threadWindowDays(), threadIndex,
                this::liveForThreads, options.candidates())) {
            EventState o = events.get(other);
            if (other == e.id || o.threadFrozen || (e.thread >= 0 && o.thread == e.thread)) {
                continue;
            }
            double s = similarity(e, o);
            if (s > bestScore) {
                best = other;
                bestScore = s;
            }
        }
        if (best >= 0 && bestScore >= options.threadThreshold() && e.thread < 0) {
            EventState o = events.get(best);
            if (o.thread < 0) {
                o.thread = threads.size();
                IntList members = new IntList(4);
                members.add(o.id);
                threads.add(members);
            }
            e.thread = o.thread;
            threads.get(o.thread).add(e.id);
        }
        indexForThreads(e, keyTerms, 0);
        indexForThreads(e, keyEntities, 1);
    }

    private void indexForThreads(EventState e, SparseVector v, int space) {
        for (int i = 0; i < v.size(); i++) {
            int k = key(v.slots[i], space);
            if (!e.threadIndexed.contains(k)) {
                e.threadIndexed.add(k);
                threadIndex.add(k, e.id);
            }
        }
    }

    private double similarity(EventState a, EventState b) {
        double tn = a.termNorm * b.termNorm;
        double en = a.entityNorm * b.entityNorm;
        double text = tn == 0 ? 0 : a.terms.dot(b.terms) / tn;
        if (en == 0) {
            return text;
        }
        double entity = a.entities.dot(b.entities) / en;
        return (1 - options.entityWeight()) * text + options.entityWeight() * entity;
    }

    /** Moves the latest date seen forward and freezes events that fell out of both windows. */
    private void advance(int day) {
        if (!evict || day == NO_DAY || (watermark != NO_DAY && day <= watermark)) {
            return;
        }
        watermark = day;
        int eventHorizon = watermark - 3 * options.eventWindowDays();
        int threadHorizon = watermark - options.threadWindowDays() - options.eventWindowDays();
        IntList kept = new IntList(active.size());
        for (int i = 0; i < active.size(); i++) {
            EventState e = events.get(active.get(i));
            if (e.datedCount > 0 && e.maxDay < eventHorizon && !e.frozen) {
                e.frozen = true;
                e.indexed = new IntList(1);
                e.memberTerms = null;
                e.memberEntities = null;
            }
            if (e.datedCount > 0 && e.maxDay < threadHorizon) {
                e.freezeForThreads();
            } else {
                kept.add(e.id);
            }
        }
        active = kept;
        if (lastSweep == NO_DAY) {
            lastSweep = day;
        } else if (day - lastSweep >= SWEEP_EVERY_DAYS) {
            lastSweep = day;
            eventIndex.sweep(this::liveForEvents);
            threadIndex.sweep(this::liveForThreads);
        }
    }
}
