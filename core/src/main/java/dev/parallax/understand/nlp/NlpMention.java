package dev.parallax.understand.nlp;

/**
 * A named-entity or time mention found by the analyzer.
 *
 * @param type       PERSON, ORGANIZATION, LOCATION, MISC, DATE, TIME, DURATION, SET, NUMBER, …
 * @param begin      character offset in the paragraph
 * @param end        character offset in the paragraph (exclusive)
 * @param timexType  TIMEX3 type for time mentions (DATE, TIME, DURATION, SET), else null
 * @param timexValue TIMEX3 value the analyzer resolved for time mentions, else null
 */
public record NlpMention(String text, String type, int begin, int end, String timexType, String timexValue) {
}
