package dev.parallax.understand.time;

import dev.parallax.understand.nlp.NlpMention;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.nlp.NlpSentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of a paragraph: {@link TimeRecognizer}'s rules first, then, for an analysed
 * paragraph, the analyzer's own time mentions (SUTime) where no rule matched, their values cleaned to TIMEX3
 * form. For an analysed paragraph, a rule's match inside a name the analyzer found ("USA Today", "The Sunday
 * Times") is dropped. Thread-safe.
 */
public final class TimeFinder {
    /** Analyzer mentions too vague or too often wrong to keep on their own. */
    private static final Set<String> UNTRUSTED = Set.of("time", "once", "the day", "day", "night", "the time",
            "previously", "the year", "year", "the week", "week", "soon", "future", "current", "shortly", "recent",
            "present", "past", "the past");

    /** Mention types that name something: a time rule matching inside one reads part of a name. */
    private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private static final Pattern UNTRUSTED_TEXT = Pattern.compile(
            "(?i).*(?:years?[- ]old|quarterly|annual|\\bsec\\b).*|.{0,2}");

    private final TimeRecognizer recognizer = new TimeRecognizer();

    /** Rules only: no language model needed. */
    public List<FoundTime> find(String paragraph, LocalDate reference) {
        return recognizer.find(paragraph, reference);
    }

    /** Rules, completed by the analyzer's time mentions that no rule covers. */
    public List<FoundTime> find(NlpParagraph paragraph, LocalDate reference) {
        List<FoundTime> found = new ArrayList<>(recognizer.find(paragraph.text(), reference));
        for (NlpSentence sentence : paragraph.sentences()) {
            for (NlpMention m : sentence.mentions()) {
                if (NAMES.contains(m.type())) {
                    // "USA Today", "The Sunday Times", "Monday Night Football": a name, not a date
                    found.removeIf(f -> f.begin() >= m.begin() && f.end() <= m.end());
                }
            }
        }
        for (NlpSentence sentence : paragraph.sentences()) {
            for (NlpMention m : sentence.mentions()) {
                if (m.timexType() == null || !trusted(m)
                        || found.stream().anyMatch(f -> f.begin() < m.end() && m.begin() < f.end())) {
                    continue;
                }
                found.add(new FoundTime(m.begin(), m.end(), paragraph.text().substring(m.begin(), m.end()),
                        m.timexType(), SuTimeValues.clean(m.timexValue())));
            }
        }
        found.sort(Comparator.comparingInt(FoundTime::begin));
        return found;
    }

    /** Whether an analyzer mention is worth keeping where no rule matched: not an age, a bare vague word or a clock fragment. */
    private static boolean trusted(NlpMention m) {
        String text = m.text().toLowerCase(Locale.ROOT);
        String value = m.timexValue() == null ? "" : m.timexValue();
        return !UNTRUSTED.contains(text) && !UNTRUSTED_TEXT.matcher(text).matches() && !value.contains("XX:XX")
                && !value.startsWith("0");
    }
}
