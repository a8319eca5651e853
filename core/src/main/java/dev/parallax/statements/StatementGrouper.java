package dev.parallax.statements;

import dev.parallax.model.Article;
import dev.parallax.model.DiffOp;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Statement;
import dev.parallax.model.StatementVariant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups quotes into {@link Statement}s: the variants under which outlets carry one thing a speaker said.
 *
 * <p>Rules:
 * <ul>
 *   <li><b>One speaker.</b> Quotes join only when their speakers are the same: the same entity id; or,
 *       unresolved, the same name as written, else the same definite description ("the ministry"),
 *       compared ignoring case, punctuation and a leading article. Indefinite descriptions ("a senior
 *       official") and quotes without any speaker are never grouped: they may be anyone.</li>
 *   <li><b>Same meaning.</b> {@link QuoteSimilarity#score} (excerpt containment, stem overlap, trigram
 *       overlap). Candidate pairs share at least one content stem.</li>
 *   <li><b>Reference-guarded single link.</b> Pairs are taken best score first (ties by input order);
 *       two groups merge only when their reference variants (each group's longest) also say the same
 *       thing, so a one-word excerpt cannot chain two different remarks into one.</li>
 *   <li><b>One article, different remarks.</b> Two quotes of one article are never in one statement
 *       unless one wholly contains the other ({@link QuoteSimilarity#contains}): an article quotes
 *       each remark it reports once, and repeats a phrase only as an excerpt of a longer quote.</li>
 * </ul>
 * The reference variant is the longest (most words; ties: the first in input order): it carries the most
 * context, and diffs of excerpts against it read as plain deletions. The earliest variant is the one whose
 * article was published first (compared at the precision both dates have: instant, local time, day;
 * undated articles last; ties by input order). Statement ids are {@code s1}, {@code s2} … in order of
 * their first quote. Deterministic; stateless and thread-safe.
 */
public final class StatementGrouper {

    /** The statements of these quotes, each quote in exactly one; input order is significant for ties and ids. */
    public List<Statement> group(List<AttributedQuote> quotes) {
        if (quotes == null) {
            throw new IllegalArgumentException("quotes is required");
        }
        int n = quotes.size();
        List<Wording> wordings = new ArrayList<>(n);
        quotes.forEach(q -> wordings.add(Wording.of(q.quote().text())));
        Clusters clusters = new Clusters(quotes, wordings);
        for (List<Integer> same : bySpeaker(quotes).values()) {
            for (Pair p : pairs(same, wordings)) {
                clusters.tryMerge(p.a, p.b);
            }
        }
        List<Statement> out = new ArrayList<>();
        for (List<Integer> members : clusters.groups()) {
            out.add(statement("s" + (out.size() + 1), members, quotes, wordings));
        }
        return out;
    }

    private static Map<String, List<Integer>> bySpeaker(List<AttributedQuote> quotes) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            String key = speakerKey(quotes.get(i));
            if (key != null) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    /** The key two quotes by the same speaker share, or null when the speaker may be anyone. */
    static String speakerKey(AttributedQuote q) {
        if (q.speakerEntity() != null) {
            return "entity:" + q.speakerEntity();
        }
        String name = normalName(q.quote().speakerName());
        if (!name.isEmpty()) {
            return "name:" + name;
        }
        List<String> words = Wording.words(q.quote().speakerDescription());
        if (words.isEmpty() || Set.of("a", "an", "one", "some", "several", "two", "three", "many", "other")
                .contains(words.get(0))) {
            return null;
        }
        return "desc:" + normalName(q.quote().speakerDescription());
    }

    private static String normalName(String name) {
        List<String> words = new ArrayList<>(Wording.words(name));
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    private record Pair(int a, int b, double score) {
    }

    private static List<Pair> pairs(List<Integer> members, List<Wording> wordings) {
        Map<String, List<Integer>> postings = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (int i : members) {
            Set<Integer> candidates = new java.util.TreeSet<>();
            for (String stem : Set.copyOf(wordings.get(i).stems())) {
                List<Integer> seen = postings.computeIfAbsent(stem, k -> new ArrayList<>());
                candidates.addAll(seen);
                seen.add(i);
            }
            for (int j : candidates) {
                double s = QuoteSimilarity.score(wordings.get(j), wordings.get(i));
                if (s >= 0) {
                    pairs.add(new Pair(j, i, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        return pairs;
    }

    /** Union of quote indices into groups, with the merge guards. */
    private static final class Clusters {
        private final List<AttributedQuote> quotes;
        private final List<Wording> wordings;
        private final int[] root;
        private final Map<Integer, List<Integer>> members = new HashMap<>();

        Clusters(List<AttributedQuote> quotes, List<Wording> wordings) {
            this.quotes = quotes;
            this.wordings = wordings;
            this.root = new int[quotes.size()];
            for (int i = 0; i < root.length; i++) {
                root[i] = i;
                members.put(i, new ArrayList<>(List.of(i)));
            }
        }

        void tryMerge(int a, int b) {
            int ra = root[a];
            int rb = root[b];
            if (ra == rb) {
                return;
            }
            List<Integer> ma = members.get(ra);
            List<Integer> mb = members.get(rb);
            if (QuoteSimilarity.score(wordings.get(reference(ma, wordings)), wordings.get(reference(mb, wordings))) < 0) {
                return;
            }
            for (int x : ma) {
                for (int y : mb) {
                    if (sameArticle(x, y) && !QuoteSimilarity.contains(wordings.get(x), wordings.get(y))) {
                        return;
                    }
                }
            }
            int keep = Math.min(ra, rb);
            int drop = Math.max(ra, rb);
            List<Integer> merged = new ArrayList<>(members.remove(drop));
            merged.addAll(members.get(keep));
            merged.sort(null);
            members.put(keep, merged);
            merged.forEach(i -> root[i] = keep);
        }

        private boolean sameArticle(int x, int y) {
            Article ax = quotes.get(x).article();
            Article ay = quotes.get(y).article();
            return ax == ay || (ax.id() != null && ax.id().equals(ay.id()));
        }

        List<List<Integer>> groups() {
            return members.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        }
    }

    /** The longest member (most words; ties: the first). */
    private static int reference(List<Integer> members, List<Wording> wordings) {
        int best = members.get(0);
        for (int i : members) {
            if (wordings.get(i).words().size() > wordings.get(best).words().size()) {
                best = i;
            }
        }
        return best;
    }

    private static Statement statement(String id, List<Integer> members, List<AttributedQuote> quotes,
                                       List<Wording> wordings) {
        int reference = reference(members, wordings);
        int earliest = members.get(0);
        for (int i : members) {
            if (PublishedOrder.before(quotes.get(i).article().published(), quotes.get(earliest).article().published())) {
                earliest = i;
            }
        }
        String referenceText = quotes.get(reference).quote().text();
        List<StatementVariant> variants = new ArrayList<>();
        List<String> quoteIds = new ArrayList<>();
        for (int i : members) {
            AttributedQuote q = quotes.get(i);
            List<DiffOp> diff = WordDiff.diff(referenceText, q.quote().text());
            variants.add(new StatementVariant(q.quote().id(), q.article().id(), q.article().outlet(), q.quote().text(), diff));
            quoteIds.add(q.quote().id());
        }
        AttributedQuote first = quotes.get(members.get(0));
        return new Statement(id, first.speakerEntity(), first.displayName(), quoteIds,
                quotes.get(earliest).quote().id(), quotes.get(earliest).article().outlet(),
                quotes.get(reference).quote().id(), variants);
    }

    /** Publication order at the precision two dates share. */
    static final class PublishedOrder {
        private PublishedOrder() {
        }

        /** True when {@code a} was published strictly before {@code b}; an undated article is never before. */
        static boolean before(PublicationDate a, PublicationDate b) {
            if (a == null) {
                return false;
            }
            if (b == null) {
                return true;
            }
            if (a.offsetDateTime() != null && b.offsetDateTime() != null) {
                return a.offsetDateTime().toInstant().isBefore(b.offsetDateTime().toInstant());
            }
            if (a.dateTime() != null && b.dateTime() != null) {
                return a.dateTime().isBefore(b.dateTime());
            }
            return a.date().isBefore(b.date());
        }
    }
}
