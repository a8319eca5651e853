package dev.parallax.group;

import dev.parallax.model.Event;
import dev.parallax.model.StoryThread;

import java.util.List;

/** The group stage: places articles into events as they arrive and links events into story threads. */
public interface Grouper {
    /** Places one article (its id not seen before) and explains the placement. Never throws for odd text. */
    Placement place(ArticleFeatures article);

    /** The events so far, in order of opening. */
    List<Event> events();

    /** The threads that link two or more events, in order of creation. */
    List<StoryThread> threads();
}
