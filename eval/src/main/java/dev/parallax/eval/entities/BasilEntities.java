package dev.parallax.eval.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.eval.basil.BasilFiles;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.resolve.EntityResolver;
import dev.parallax.resolve.Resolution;
import dev.parallax.resolve.Romanization;
import dev.parallax.understand.entities.EntityAnnotator;
import dev.parallax.understand.nlp.CoreNlpAnalyzer;
import dev.parallax.understand.nlp.NlpOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A measured check of entities on BASIL (300 articles: 100 events, each told by Fox News, the New York
 * Times and HuffPost), against each article's {@code main-entities} field. It annotates every body with
 * CoreNLP, resolves all 300 articles together, and reports:
 * <ul>
 *   <li>recall: the share of main entities named by some entity found in their article (its canonical
 *       name or an alias equals the main entity, or for names of two or more words, first and last word
 *       agree); given for all main entities and for person-like ones (capitalised words only);</li>
 *   <li>how many person-like main entities are named in their article only by a surname ("Mr. Obama"),
 *       which by design stays an entity of that article;</li>
 *   <li>cross-outlet consistency: for a main entity found in two or three articles of one event, the
 *       share of article pairs that resolved it to the same entity id.</li>
 * </ul>
 * Usage: {@code BasilEntities <basil-dir> [limit-of-articles]}. Needs about 2 GB of heap.
 */
public final class BasilEntities {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Item(String event, List<String> mainEntities, Article article) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BasilEntities <basil-dir> [limit]");
            System.exit(2);
        }
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<Item> items = read(Path.of(args[0]), limit);
        EntityAnnotator annotator = new EntityAnnotator(new CoreNlpAnalyzer(NlpOptions.ENTITIES));
        List<AnnotatedArticle> annotated = new ArrayList<>();
        long start = System.nanoTime();
        for (Item item : items) {
            annotated.add(annotator.annotate(item.article()));
        }
        long annotateMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        Resolution resolution = new EntityResolver().resolve(annotated);
        long resolveMs = (System.nanoTime() - start) / 1_000_000;
        report(items, annotated, resolution, annotateMs, resolveMs);
    }

    private static void report(List<Item> items, List<AnnotatedArticle> annotated, Resolution resolution,
                               long annotateMs, long resolveMs) {
        int all = 0;
        int found = 0;
        int persons = 0;
        int personsFound = 0;
        int personsBySurname = 0;
        Map<String, List<String>> idsByEventEntity = new LinkedHashMap<>();
        List<String> missed = new ArrayList<>();
        int mentions = 0;
        for (int a = 0; a < items.size(); a++) {
            Item item = items.get(a);
            List<Entity> inArticle = entitiesOf(resolution, a, annotated.get(a).mentions().size());
            mentions += annotated.get(a).mentions().size();
            for (String main : item.mainEntities()) {
                boolean person = personLike(main);
                all++;
                persons += person ? 1 : 0;
                Entity match = inArticle.stream().filter(e -> names(e, main)).findFirst().orElse(null);
                if (match != null) {
                    found++;
                    personsFound += person ? 1 : 0;
                    idsByEventEntity.computeIfAbsent(item.event() + "\t" + norm(main), k -> new ArrayList<>())
                            .add(match.id());
                } else if (person && inArticle.stream().anyMatch(e -> namesBySurname(e, main))) {
                    personsBySurname++;
                } else if (person && missed.size() < 15) {
                    missed.add(main + " (" + item.article().outlet() + ", " + item.article().id() + ")");
                }
            }
        }
        int pairs = 0;
        int samePairs = 0;
        List<String> split = new ArrayList<>();
        for (List<String> ids : idsByEventEntity.values()) {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    pairs++;
                    boolean same = ids.get(i).equals(ids.get(j));
                    samePairs += same ? 1 : 0;
                    if (!same && split.size() < 20) {
                        split.add(nameOf(resolution, ids.get(i)) + " ≠ " + nameOf(resolution, ids.get(j)));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "BASIL entities: %d articles, %d mentions, %d entities (annotate %d ms, resolve %d ms)%n",
                items.size(), mentions, resolution.entities().size(), annotateMs, resolveMs);
        System.out.printf(Locale.ROOT, "main-entities recall: %d/%d = %.3f; person-like: %d/%d = %.3f%n",
                found, all, ratio(found, all), personsFound, persons, ratio(personsFound, persons));
        System.out.printf(Locale.ROOT, "person-like named only by a surname entity of the article (\"Mr. Obama\"): %d; "
                + "recall counting them: %.3f%n", personsBySurname, ratio(personsFound + personsBySurname, persons));
        System.out.printf(Locale.ROOT, "cross-outlet consistency (same id for a main entity across an event's articles): %d/%d pairs = %.3f%n",
                samePairs, pairs, ratio(samePairs, pairs));
        System.out.println("some missed person-like main entities: " + missed);
        System.out.println("some split pairs: " + split);
        long personMentions = annotated.stream().flatMap(a -> a.mentions().stream())
                .filter(m -> m.type() == EntityType.PERSON).count();
        List<String> roles = annotated.stream().flatMap(a -> a.mentions().stream())
                .filter(m -> m.role() != null).map(m -> m.role() + " | " + m.text()).toList();
        System.out.printf(Locale.ROOT, "person mentions with a role: %d/%d; every 25th: %s%n", roles.size(),
                personMentions, everyNth(roles, 25));
    }

    private static List<Entity> entitiesOf(Resolution r, int article, int mentions) {
        Set<String> ids = new LinkedHashSet<>();
        for (int m = 0; m < mentions; m++) {
            r.entityOf(article, m).ifPresent(ids::add);
        }
        List<Entity> out = new ArrayList<>();
        for (String id : ids) {
            r.entity(id).ifPresent(out::add);
        }
        return out;
    }

    /** True when the entity's name or an alias is the main entity, or agrees on first and last word. */
    static boolean names(Entity e, String main) {
        String target = norm(main);
        List<String> forms = new ArrayList<>(e.aliases());
        forms.add(e.name());
        for (String f : forms) {
            String n = norm(f);
            if (n.equals(target)) {
                return true;
            }
            String[] a = n.split(" ");
            String[] b = target.split(" ");
            if (a.length >= 2 && b.length >= 2 && a[0].equals(b[0]) && a[a.length - 1].equals(b[b.length - 1])) {
                return true;
            }
        }
        return false;
    }

    /** True when a single-name entity's name is the main entity's last word ("Obama" for "Barack Obama"). */
    static boolean namesBySurname(Entity e, String main) {
        String[] words = norm(main).split(" ");
        return !e.name().contains(" ") && norm(e.name()).equals(words[words.length - 1]);
    }

    static boolean personLike(String main) {
        String[] words = main.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return !main.matches(".*\\b(Democrats|Republicans|Lawmakers|Department|Party|Administration|Campaign|"
                + "Committee|Court|House|Senate|Congress|News|Times|Post|Members|administration|campaign)\\b.*");
    }

    private static String norm(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.strip().split("\\s+")) {
            String l = Romanization.light(w);
            if (!l.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(l);
            }
        }
        return out.toString();
    }

    private static String nameOf(Resolution r, String id) {
        return r.entity(id).map(e -> e.name() + " " + e.aliases()).orElse(id);
    }

    private static List<String> everyNth(List<String> list, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += n) {
            out.add(list.get(i));
        }
        return out;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static List<Item> read(Path dir, int limit) throws IOException {
        List<Item> items = new ArrayList<>();
        for (Path f : BasilFiles.articles(dir)) {
            if (items.size() >= limit) {
                break;
            }
            JsonNode o = MAPPER.readTree(f.toFile());
            List<String> body = new ArrayList<>();
            for (List<String> sentences : BasilFiles.paragraphs(o)) {
                String text = String.join(" ", sentences.stream().map(String::strip).toList()).strip();
                if (!text.isEmpty()) {
                    body.add(text);
                }
            }
            List<String> main = new ArrayList<>();
            o.path("main-entities").forEach(n -> main.add(n.asText()));
            Article article = new Article(o.path("uuid").asText(), f.toString(), o.path("source").asText(),
                    o.path("url").asText(null), o.path("title").asText(null), List.of(), null, "en", List.of(),
                    body, List.of(), List.of(), null);
            items.add(new Item(o.path("triplet-uuid").asText(), main, article));
        }
        return items;
    }
}
