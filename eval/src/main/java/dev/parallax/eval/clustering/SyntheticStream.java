package dev.parallax.eval.clustering;

import dev.parallax.group.ArticleFeatures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic synthetic news stream for the group stage's speed and memory benchmark: the same
 * seed gives the same articles. Nothing is read from disk and no article is kept after it is returned.
 *
 * <p>Model: a vocabulary of {@value #VOCABULARY} made-up words drawn with Zipf's law (exponent 1.0,
 * as in news text), and a pool of {@value #NAMES} two-word capitalised names. Each day
 * {@code articlesPerDay} articles are published on average; every happening (event) picks 8 topic
 * words from the mid-frequency band and 3 names (a third of events continue an earlier story and
 * reuse its names and half its topic words), is covered by 1 to 12 articles (geometric, mean ≈ 3.5)
 * from different outlets dated 0–2 days after it, each using a random 6 of its topic words, one to
 * three of its names, 12-word headlines and {@code bodyWords}-word bodies of 15-word sentences where
 * 30% of words are topic words or names and the rest Zipfian background. Dates run forward from
 * 2015-01-01, so 1M articles at 900 a day span three years.
 */
public final class SyntheticStream {
    public static final int VOCABULARY = 60_000;
    public static final int NAMES = 150_000;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ser", "to", "van", "dre", "nu", "pa", "ri",
            "gol", "be", "sta", "mor", "li", "ten", "qua", "zo", "fi", "har", "ne", "dul", "ven", "cro", "is",
            "ab", "ul", "tre", "om", "sa"};

    private final Random random;
    private final int articlesPerDay;
    private final int bodyWords;
    private final String[] words = new String[VOCABULARY];
    private final double[] zipfCumulative = new double[VOCABULARY];
    private final String[] names = new String[NAMES];
    private final List<int[]> recentStories = new ArrayList<>();
    private final List<ArticleFeatures> pending = new ArrayList<>();
    private final List<Integer> pendingEvent = new ArrayList<>();
    private int produced;
    private int eventCount;
    private int day;
    private int lastEvent = -1;

    public SyntheticStream(long seed, int articlesPerDay, int bodyWords) {
        if (articlesPerDay < 1 || bodyWords < 1) {
            throw new IllegalArgumentException("articlesPerDay and bodyWords must be positive");
        }
        this.random = new Random(seed);
        this.articlesPerDay = articlesPerDay;
        this.bodyWords = bodyWords;
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = word(2 + random.nextInt(3));
            sum += 1.0 / (i + 1);
            zipfCumulative[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            zipfCumulative[i] /= sum;
        }
        for (int i = 0; i < NAMES; i++) {
            names[i] = capital(word(2 + random.nextInt(2))) + " " + capital(word(2 + random.nextInt(2)));
        }
    }

    /** The gold event of the article last returned by {@link #next()}. */
    public int lastEvent() {
        return lastEvent;
    }

    public int produced() {
        return produced;
    }

    /** The next article of the stream. */
    public ArticleFeatures next() {
        while (pending.isEmpty()) {
            spawnEvent();
        }
        ArticleFeatures a = pending.remove(0);
        lastEvent = pendingEvent.remove(0);
        produced++;
        return a;
    }

    private void spawnEvent() {
        int event = eventCount++;
        day = (int) ((long) produced * 1L / articlesPerDay);
        int[] story;
        if (!recentStories.isEmpty() && random.nextInt(3) == 0) {
            int[] earlier = recentStories.get(random.nextInt(recentStories.size()));
            story = earlier.clone();
            for (int i = 3 + 4; i < story.length; i++) {
                story[i] = topicWord();
            }
        } else {
            story = new int[3 + 8];
            for (int i = 0; i < 3; i++) {
                story[i] = random.nextInt(NAMES);
            }
            for (int i = 3; i < story.length; i++) {
                story[i] = topicWord();
            }
        }
        recentStories.add(story);
        if (recentStories.size() > 2000) {
            recentStories.remove(0);
        }
        int articles = 1;
        while (articles < 12 && random.nextDouble() < 0.72) {
            articles++;
        }
        for (int a = 0; a < articles; a++) {
            LocalDate date = LocalDate.of(2015, 1, 1).plusDays(day + random.nextInt(3));
            pending.add(article(event, a, story, date));
            pendingEvent.add(event);
        }
    }

    private ArticleFeatures article(int event, int index, int[] story, LocalDate date) {
        int[] topic = new int[6];
        for (int i = 0; i < topic.length; i++) {
            topic[i] = story[3 + random.nextInt(8)];
        }
        int nameCount = 1 + random.nextInt(3);
        StringBuilder title = new StringBuilder(capital(names[story[random.nextInt(3)]]));
        for (int i = 0; i < 11; i++) {
            title.append(' ').append(random.nextInt(3) == 0 ? words[topic[random.nextInt(6)]] : words[zipf()]);
        }
        List<String> body = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int w = 0; w < bodyWords; w++) {
            boolean sentenceStart = w % 15 == 0;
            String token;
            double r = random.nextDouble();
            if (r < 0.06) {
                token = names[story[random.nextInt(nameCount)]];
            } else if (r < 0.30) {
                token = words[topic[random.nextInt(6)]];
            } else {
                token = words[zipf()];
            }
            if (sentenceStart) {
                if (w > 0) {
                    paragraph.append(". ");
                }
                token = capital(token);
            } else {
                paragraph.append(' ');
            }
            paragraph.append(token);
            if (w % 60 == 59) {
                paragraph.append('.');
                body.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            body.add(paragraph.append('.').toString());
        }
        return new ArticleFeatures("s" + event + "-" + index, date, false, title.toString(), body, List.of());
    }

    private int topicWord() {
        return 300 + random.nextInt(VOCABULARY - 300);
    }

    private int zipf() {
        double u = random.nextDouble();
        int lo = 0;
        int hi = VOCABULARY - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipfCumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private String word(int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
