/**
 * Stage 5, group: articles reporting the same happening become one {@link dev.parallax.model.Event},
 * whatever the outlet, wording or headline; events of one developing story are linked into a
 * {@link dev.parallax.model.StoryThread} (linked, not merged).
 *
 * <p>Contract: the {@link dev.parallax.group.Grouper} takes a small
 * {@link dev.parallax.group.ArticleFeatures} record per article (id, date or null, headline, body,
 * entity keys — derived from capitalised word sequences when none are given, so grouping runs without
 * NER) and places it online, as it arrives, at a cost that does not grow with the archive; each
 * {@link dev.parallax.group.Placement} carries an {@link dev.parallax.group.Explanation}: the score and
 * the entity keys and terms the article shares with its event. An undated article takes the date of
 * the event it joins, marked estimated. Same input in the same order gives the same result.
 * {@link dev.parallax.group.OnlineGrouper#recluster} groups a whole archive in batch (average-link
 * clustering within date windows). Settings are typed ({@link dev.parallax.group.GroupingOptions},
 * preset {@code defaults()}); odd text never throws, caller mistakes throw IllegalArgumentException.
 */
package dev.parallax.group;
