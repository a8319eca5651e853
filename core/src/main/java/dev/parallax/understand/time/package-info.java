/**
 * Time expressions: finding them in body paragraphs and resolving them, TIMEX3-style, against the article's
 * publication date the way a news reader does ("on Thursday" in past-tense news is the latest Thursday on or
 * before the date; "in March" in an October article is the March before).
 *
 * <ul>
 *   <li>{@link dev.parallax.understand.time.TimeRecognizer}: rule-based finder and normaliser (the rules are data
 *       in {@code TimeRules}); needs no language model.</li>
 *   <li>{@link dev.parallax.understand.time.TimeFinder}: the rules, completed by the analyzer's time mentions
 *       (SUTime) where no rule matched.</li>
 *   <li>{@link dev.parallax.understand.time.TimeAnnotator}: an article's {@link dev.parallax.model.TimeExpression}s,
 *       paragraph by paragraph, never across paragraphs.</li>
 *   <li>{@link dev.parallax.understand.time.PublicationDateEstimator}: a date for undated articles, marked
 *       estimated.</li>
 *   <li>{@link dev.parallax.understand.time.CommentTimes}: a reader comment's posted time ("3 days ago").</li>
 * </ul>
 */
package dev.parallax.understand.time;
