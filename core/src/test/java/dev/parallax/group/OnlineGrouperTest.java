package dev.parallax.group;

import dev.parallax.model.Event;
import dev.parallax.model.StoryThread;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnlineGrouperTest {

    private static List<Placement> placeAll(Grouper grouper, List<ArticleFeatures> articles) {
        List<Placement> out = new ArrayList<>();
        for (ArticleFeatures a : articles) {
            out.add(grouper.place(a));
        }
        return out;
    }

    @Test
    void threeOutletsReportingOnePressConferenceBecomeOneEvent() {
        OnlineGrouper grouper = new OnlineGrouper(GroupingOptions.defaults());
        List<Placement> placed = placeAll(grouper, GroupFixtures.load("press-herald", "press-courier", "press-wire"));

        assertTrue(placed.get(0).opened());
        assertEquals(placed.get(0).eventId(), placed.get(1).eventId());
        assertEquals(placed.get(0).eventId(), placed.get(2).eventId());
        List<Event> events = grouper.events();
        assertEquals(1, events.size());
        assertEquals(List.of("herald-1", "courier-7", "wire-22"), events.get(0).articleIds());
        assertEquals(LocalDate.of(2025, 5, 12), events.get(0).date());
    }

    @Test
    void placementExplainsItselfWithSharedEntitiesAndTerms() {
        OnlineGrouper grouper = new OnlineGrouper(GroupingOptions.defaults());
        placeAll(grouper, GroupFixtures.load("press-herald", "ferry-strike"));
        Placement joined = grouper.place(GroupFixtures.load("press-courier"));

        Explanation why = joined.explanation();
        assertFalse(joined.opened());
        assertEquals(joined.eventId(), why.candidateEvent());
        assertTrue(why.score() >= GroupingOptions.defaults().joinThreshold(), "score " + why.score());
        assertTrue(why.sharedEntities().contains("elena varga"), why.sharedEntities().toString());
        assertTrue(why.sharedTerms().contains("lead"), why.sharedTerms().toString());
    }

    @Test
    void twoUnrelatedHappeningsOnTheSameDayStayApart() {
        OnlineGrouper grouper = new OnlineGrouper(GroupingOptions.defaults());
        List<Placement> placed = placeAll(grouper, GroupFixtures.load("press-herald", "ferry-strike", "press-courier"));

        assertNotEquals(placed.get(0).eventId(), placed.get(1).eventId());
        assertTrue(placed.get(1).opened());
        assertEquals(placed.get(0).eventId(), placed.get(2).eventId());
        assertEquals(2, grouper.events().size());
        assertTrue(grouper.threads().isEmpty());
    }

    @Test
    void twoEventsAMonthApartOnOneQuestionBecomeOneThreadOfTwoEvents() {
        OnlineGrouper grouper = new OnlineGrouper(GroupingOptions.defaults());
        List<Placement> placed = placeAll(grouper, GroupFixtures.load("press-herald", "press-courier", "ferry-strike",
                "press-wire", "denial", "denial-2"));

        String may = placed.get(0).eventId();
        String june = placed.get(4).eventId();
        assertNotEquals(may, june);
        assertEquals(june, placed.get(5).eventId());
        assertEquals(3, grouper.events().size());
        List<StoryThread> threads = grouper.threads();
        assertEquals(1, threads.size());
        assertEquals(List.of(may, june), threads.get(0).eventIds());
        assertEquals(threads.get(0).id(), placed.get(5).threadId());
        assertNull(placed.get(2).threadId());
    }

    @Test
    void aWarningInMayAndARulingInNovemberOnTheSameQuestionAreLinkedIntoOneThread() {
        OnlineGrouper grouper = new OnlineGrouper(GroupingOptions.defaults());
        List<Placement> placed = placeAll(grouper, GroupFixtures.load("press-herald", "press-courier", "ferry-strike",
                "denial", "ruling"));

        String may = placed.get(0).eventId();
        String november = placed.get(4).eventId();
        assertTrue(placed.get(4).opened(), "six months later is a new event");
        StoryThread thread = grouper.threadOf(november).orElseThrow();
        assertTrue(thread.eventIds().containsAll(List.of(may, november)), thread.toString());
        assertTrue(grouper.threadOf(placed.get(2).eventId()).isEmpty(), "the ferry strike stays alone");
    }

    @Test
    void undatedArticleJoinsItsEventAndTakesItsEstimatedDate() {
        OnlineGrouper grouper = new OnlineGrouper(GroupingOptions.defaults());
        List<Placement> placed = placeAll(grouper, GroupFixtures.load("press-herald", "ferry-strike", "press-wire",
                "press-undated"));

        Placement undated = placed.get(3);
        assertEquals(placed.get(0).eventId(), undated.eventId());
        assertFalse(undated.opened());
        assertTrue(undated.dateEstimated());
        assertEquals(LocalDate.of(2025, 5, 12), undated.date());
    }

    @Test
    void sameArticlesInTheSameOrderGiveIdenticalResults() {
        List<ArticleFeatures> articles = GroupFixtures.load("press-herald", "ferry-strike", "press-courier",
                "press-undated", "denial", "press-wire", "denial-2");
        OnlineGrouper first = new OnlineGrouper(GroupingOptions.defaults());
        OnlineGrouper second = new OnlineGrouper(GroupingOptions.defaults());

        assertEquals(placeAll(first, articles), placeAll(second, articles));
        assertEquals(first.events(), second.events());
        assertEquals(first.threads(), second.threads());
    }

    @Test
    void reclusterPutsUndatedArticlesAfterDatedOnesAndGroupsTheArchive() {
        List<ArticleFeatures> articles = GroupFixtures.load("press-undated", "denial-2", "press-herald",
                "ferry-strike", "press-courier", "denial", "press-wire");
        OnlineGrouper grouper = OnlineGrouper.recluster(articles, GroupingOptions.defaults());

        List<Event> events = grouper.events();
        assertEquals(3, events.size());
        assertEquals(List.of("herald-1", "courier-7", "wire-22", "blog-3"), events.get(0).articleIds());
        assertEquals(1, grouper.threads().size());
        assertEquals(events, OnlineGrouper.recluster(articles, GroupingOptions.defaults()).events());
    }

    @Test
    void givenEntityKeysAreUsedInsteadOfDerivedOnes() {
        OnlineGrouper grouper = new OnlineGrouper(GroupingOptions.defaults());
        ArticleFeatures a = new ArticleFeatures("a", LocalDate.of(2025, 1, 2), false, "Talks resume",
                List.of("Negotiators met again after a pause of two weeks."), List.of("org:q42", "person:q7"));
        ArticleFeatures b = new ArticleFeatures("b", LocalDate.of(2025, 1, 2), false, "Negotiations restart",
                List.of("The negotiators returned to the table after a pause of two weeks."),
                List.of("org:q42", "person:q7"));
        grouper.place(a);
        Placement p = grouper.place(b);

        assertFalse(p.opened());
        assertEquals(List.of("org:q42", "person:q7"), p.explanation().sharedEntities().stream().sorted().toList());
    }

    /** A stream over more than a year, so that events are evicted before and after the snapshot. */
    private static List<ArticleFeatures> longStream() {
        java.util.Random random = new java.util.Random(7);
        String[] topics = {"harbour strike", "court ruling", "grain export", "bridge collapse", "election recount",
                "vaccine trial", "pipeline leak", "museum theft", "drought relief", "rail merger"};
        String[] people = {"Elena Varga", "Tomas Berg", "Ana Ruiz", "Kofi Mensah", "Lena Holm", "Ivo Marek"};
        List<ArticleFeatures> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 400; i++) {
            int topic = random.nextInt(topics.length);
            int episode = random.nextInt(3);
            String person = people[(topic + episode) % people.length];
            LocalDate date = random.nextInt(10) == 0 ? null : start.plusDays(i + random.nextInt(3));
            String title = person + " on the " + topics[topic] + " " + (episode + 1);
            List<String> body = List.of(person + " spoke about the " + topics[topic] + " in episode " + episode
                    + " while officials from district " + (topic * 3 + episode) + " listened.",
                    "The " + topics[topic] + " drew comment number " + random.nextInt(50) + " from residents.");
            out.add(new ArticleFeatures("a" + i, date, false, title, body,
                    List.of("person:" + person.toLowerCase(), "topic:" + topic)));
        }
        return out;
    }

    @Test
    void restoredGrouperPlacesLaterArticlesExactlyAsOneThatNeverStopped() {
        List<ArticleFeatures> articles = longStream();
        OnlineGrouper continuous = new OnlineGrouper(GroupingOptions.defaults());
        List<Placement> expected = placeAll(continuous, articles);

        OnlineGrouper firstRun = new OnlineGrouper(GroupingOptions.defaults());
        placeAll(firstRun, articles.subList(0, 250));
        OnlineGrouper secondRun = OnlineGrouper.restore(firstRun.snapshot(), GroupingOptions.defaults());
        List<Placement> later = placeAll(secondRun, articles.subList(250, articles.size()));

        assertEquals(expected.subList(250, expected.size()), later);
        assertEquals(continuous.eventCount(), secondRun.eventCount());
        for (Event e : continuous.events()) {
            assertEquals(continuous.threadOf(e.id()), secondRun.threadOf(e.id()), e.id());
            assertEquals(java.util.Optional.of(e), secondRun.event(e.id(), e.articleIds()));
        }
    }

    @Test
    void restoreRefusesStateMadeWithOtherOptionsOrDamaged() {
        OnlineGrouper grouper = new OnlineGrouper(GroupingOptions.defaults());
        placeAll(grouper, GroupFixtures.load("press-herald", "ferry-strike"));
        byte[] state = grouper.snapshot();

        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> OnlineGrouper.restore(state, GroupingOptions.defaults().withJoinThreshold(0.5)));
        assertTrue(other.getMessage().contains("other options"), other.getMessage());
        byte[] cut = java.util.Arrays.copyOf(state, state.length / 2);
        assertThrows(IllegalArgumentException.class, () -> OnlineGrouper.restore(cut, GroupingOptions.defaults()));
        assertThrows(IllegalArgumentException.class,
                () -> OnlineGrouper.restore("not a state".getBytes(), GroupingOptions.defaults()));
        for (int at = 12; at < state.length; at += Math.max(1, state.length / 40)) {
            byte[] flipped = state.clone();
            flipped[at] ^= 0x5A;
            assertThrows(IllegalArgumentException.class, () -> OnlineGrouper.restore(flipped, GroupingOptions.defaults()),
                    "a byte changed at " + at);
        }
    }

    @Test
    void reclusteredArchiveGoesOnOnlineAfterRestore() {
        List<ArticleFeatures> articles = GroupFixtures.load("press-herald", "ferry-strike", "denial", "press-wire");
        OnlineGrouper batch = OnlineGrouper.recluster(articles, GroupingOptions.defaults());
        OnlineGrouper restored = OnlineGrouper.restore(batch.snapshot(), GroupingOptions.defaults());

        Placement courier = restored.place(GroupFixtures.load("press-courier"));

        assertFalse(courier.opened());
        String heraldEvent = batch.events().stream().filter(e -> e.articleIds().contains("herald-1"))
                .findFirst().orElseThrow().id();
        assertEquals(heraldEvent, courier.eventId());
        assertTrue(restored.event("e99", List.of()).isEmpty());
    }

    private static List<ArticleFeatures> undated(List<ArticleFeatures> articles) {
        return articles.stream().map(a -> new ArticleFeatures(a.id(), null, false, a.title(), a.body(), a.entityKeys()))
                .toList();
    }

    @Test
    void aRunOfUndatedArticlesIsClusteredTogetherAsTheBatchPathWould() {
        List<ArticleFeatures> articles = undated(GroupFixtures.load("press-herald", "ferry-strike", "denial",
                "press-courier", "denial-2", "press-wire"));
        OnlineGrouper run = new OnlineGrouper(GroupingOptions.defaults());
        List<Placement> placed = run.placeAll(articles);

        assertEquals(articles.size(), placed.size());
        assertEquals(OnlineGrouper.recluster(articles, GroupingOptions.defaults()).events(), run.events());
        OnlineGrouper again = new OnlineGrouper(GroupingOptions.defaults());
        assertEquals(placed, again.placeAll(articles));
    }

    @Test
    void undatedArticlesOfALaterRunJoinTheEventMostOfThemPointTo() {
        OnlineGrouper grouper = new OnlineGrouper(GroupingOptions.defaults());
        List<Placement> first = grouper.placeAll(GroupFixtures.load("press-herald", "ferry-strike"));
        List<Placement> later = grouper.placeAll(undated(GroupFixtures.load("press-courier", "press-wire")));

        String herald = first.get(0).eventId();
        assertEquals(List.of(herald, herald), later.stream().map(Placement::eventId).toList());
        assertTrue(later.stream().noneMatch(Placement::opened));
        assertEquals(LocalDate.of(2025, 5, 12), later.get(0).date(), "the date estimated from the event");
        assertTrue(later.get(0).dateEstimated());
        assertFalse(later.get(0).explanation().sharedTerms().isEmpty());
    }

    @Test
    void datedArticlesOfARunArePlacedOneByOneInDateOrder() {
        List<ArticleFeatures> articles = GroupFixtures.load("denial-2", "press-wire", "press-herald", "ferry-strike");
        OnlineGrouper run = new OnlineGrouper(GroupingOptions.defaults());
        OnlineGrouper single = new OnlineGrouper(GroupingOptions.defaults());
        List<ArticleFeatures> byDate = new ArrayList<>(articles);
        byDate.sort(java.util.Comparator.comparing(ArticleFeatures::date));

        assertEquals(placeAll(single, byDate), run.placeAll(articles));
    }

    @Test
    void optionsRejectAThreadWindowShorterThanTheEventWindow() {
        assertThrows(IllegalArgumentException.class, () -> new GroupingOptions(7, 3, 40, 20, 80, 20, 400, 0.3,
                0.25, 0.4, 0.5, 0.15, 0.0, 22));
    }
}
