/**
 * Timelines: what happened in a story, in the order it happened. {@link dev.parallax.timeline.TimelineBuilder}
 * places the sentences that carry a resolved date and the statements of each story thread (or lone event)
 * at the date of the happening, merging the same happening reported by several articles into one
 * {@link dev.parallax.model.TimelineEntry}.
 */
package dev.parallax.timeline;
