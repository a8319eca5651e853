/**
 * Entity mentions of one article: turns the analyzer's PERSON, ORGANIZATION and LOCATION mentions
 * of each body paragraph into {@link dev.parallax.model.Mention} records
 * ({@link dev.parallax.understand.entities.MentionFinder}), with the honorific kept in the mention as
 * written ("Mr Scholz") and the role or title written with a person attached: pre-modifying titles
 * ("Foreign Minister Ana Petrova"), appositions after ("Petrova, the country's interior minister,")
 * and before the name ("the army chief, General Ivan Sokol,"). Descriptions alone ("the ministry")
 * are not entity names. Per article, no state, no CoreNLP import.
 */
package dev.parallax.understand.entities;
