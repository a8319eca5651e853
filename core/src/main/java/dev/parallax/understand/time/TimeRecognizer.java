package dev.parallax.understand.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based finder and normaliser of time expressions in one paragraph (HeidelTime-style): every rule of
 * {@link TimeRules} is matched, each match is resolved against the reference date in the tense of the words
 * around it, and the longest matches win where they overlap. Thread-safe; needs no language model.
 */
public final class TimeRecognizer {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]*\\s+(?=[\"“‘(]?[A-Z0-9])");

    /** A deadline or start just before an expression points forward: "by February", "effective Feb. 1". */
    private static final Pattern FUTURE_PREPOSITION = Pattern.compile(
            "(?i)\\b(?:by|through|until|till|effective|starting|beginning)\\s+$");

    /** A sentence opening with a deadline ("By March, …", "Until 2019, …"). */
    private static final Pattern OPENING_DEADLINE = Pattern.compile("(?i)\\s*[\"“‘(]?(?:by|until|till|through)\\s");

    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d(?![\\d-])");
    private static final Pattern AT = Pattern.compile(",?\\s+at\\s+");

    private final List<TimeRule> rules;

    public TimeRecognizer() {
        this(TimeRules.english());
    }

    TimeRecognizer(List<TimeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The time expressions of {@code paragraph}, in text order, resolved against {@code reference}. */
    public List<FoundTime> find(String paragraph, LocalDate reference) {
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(reference, "reference");
        List<FoundTime> candidates = new ArrayList<>();
        for (TimeRule rule : rules) {
            Matcher m = rule.pattern().matcher(paragraph);
            while (m.find()) {
                int begin = hasExtentGroup(m) && m.start("x") >= 0 ? m.start("x") : m.start();
                int end = hasExtentGroup(m) && m.start("x") >= 0 ? m.end("x") : m.end();
                Tense tense = tenseAround(paragraph, m.start(), m.end());
                TimeRule.Resolved r = rule.resolution().resolve(m, reference, tense);
                if (r != null && end > begin && !isTitleMidSentence(paragraph, begin)) {
                    candidates.add(new FoundTime(begin, end, paragraph.substring(begin, end), r.type(), r.value()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((FoundTime f) -> f.end() - f.begin()).reversed()
                .thenComparingInt(FoundTime::begin));
        List<FoundTime> chosen = new ArrayList<>();
        for (FoundTime c : candidates) {
            if (chosen.stream().noneMatch(o -> o.begin() < c.end() && c.begin() < o.end())) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(FoundTime::begin));
        return anchorClockTimes(paragraph, chosen, reference);
    }

    /**
     * "Sunday night at 8 PM": a clock time after a day and "at" is on that day. TimeML annotates the two apart
     * (TempEval-3 does), so they stay two expressions; the clock time takes the day's date instead of the
     * reference's.
     */
    private static List<FoundTime> anchorClockTimes(String paragraph, List<FoundTime> found, LocalDate reference) {
        List<FoundTime> out = new ArrayList<>(found);
        String onReference = reference + "T";
        for (int i = 1; i < out.size(); i++) {
            FoundTime day = out.get(i - 1);
            FoundTime clock = out.get(i);
            if (clock.value() != null && clock.value().startsWith(onReference) && day.value() != null
                    && DAY_VALUE.matcher(day.value()).lookingAt()
                    && AT.matcher(paragraph.substring(day.end(), clock.begin())).matches()) {
                String value = day.value().substring(0, 10) + clock.value().substring(onReference.length() - 1);
                out.set(i, new FoundTime(clock.begin(), clock.end(), clock.text(), clock.type(), value));
            }
        }
        return out;
    }

    /** Resolves one expression given on its own (a comment's "3 days ago"), or null when no rule reads all of it. */
    public FoundTime resolve(String expression, LocalDate reference) {
        String text = expression.strip();
        List<FoundTime> found = find(text, reference);
        if (found.size() == 1 && found.get(0).begin() == 0 && found.get(0).end() == text.length()) {
            return found.get(0);
        }
        return null;
    }

    /**
     * Whether the match is "Today" written with a capital in the middle of a sentence: the title of a paper or a
     * programme ("told USA Today", "on the BBC's Today programme"), not the day.
     */
    private static boolean isTitleMidSentence(String paragraph, int begin) {
        if (!paragraph.startsWith("Today", begin)) {
            return false;
        }
        int k = begin - 1;
        while (k >= 0 && Character.isWhitespace(paragraph.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char before = paragraph.charAt(k);
        return Character.isLetterOrDigit(before) || before == ',' || before == ';' || before == '\''
                || before == '\u2019';
    }

    private static boolean hasExtentGroup(Matcher m) {
        return m.pattern().pattern().contains("(?<x>");
    }

    /**
     * The tense around {@code [begin, end)} in its sentence: FUTURE right after a deadline preposition ("by 2030",
     * "effective Feb. 1") unless the deadline opens a sentence told in the past ("By March, it was over"),
     * else as {@link Tense#around} reads the sentence.
     */
    static Tense tenseAround(String paragraph, int begin, int end) {
        boolean deadline = FUTURE_PREPOSITION.matcher(paragraph.substring(Math.max(0, begin - 12), begin)).find();
        int start = 0;
        int stop = paragraph.length();
        Matcher s = SENTENCE_END.matcher(paragraph);
        while (s.find()) {
            if (s.end() <= begin) {
                start = s.end();
            } else if (s.start() >= end) {
                stop = s.start() + 1;
                break;
            }
        }
        String sentence = paragraph.substring(start, stop);
        Tense around = Tense.around(sentence, begin - start, end - start);
        if (deadline && !(around.isPast() && OPENING_DEADLINE.matcher(sentence).lookingAt()
                && Tense.of(sentence.substring(end - start)).isPast())) {
            return Tense.FUTURE; // "ready by February"; but "By the end of March, it was over" looks back
        }
        return around;
    }
}
