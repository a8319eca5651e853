package dev.parallax.understand.time;

import dev.parallax.model.TimeExpression;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.nlp.NlpSentence;
import dev.parallax.understand.nlp.NlpToken;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks the tokens of an analysed paragraph that lie inside a time expression ("on Thursday evening", "two
 * days after", "last week") with its TIMEX3 type as their entity tag, where the analyzer left them untagged:
 * the expressions Parallax's own rules find, or those the time stage already found for the paragraph. The
 * fast preset runs no SUTime, so without this the later readers of the analysis (the quote finder) would see
 * no times at all. Tags the analyzer gave are kept. Stateless.
 */
public final class TimeMarks {
    private static final TimeRecognizer RULES = new TimeRecognizer();
    private static final LocalDate ANY_DAY = LocalDate.of(2017, 9, 3);

    private TimeMarks() {
    }

    /** Each paragraph {@linkplain #mark(NlpParagraph) marked}. */
    public static List<NlpParagraph> mark(List<NlpParagraph> paragraphs) {
        return paragraphs.stream().map(TimeMarks::mark).toList();
    }

    /** The paragraph with its time tokens tagged; the same paragraph when nothing changes. */
    public static NlpParagraph mark(NlpParagraph paragraph) {
        return mark(paragraph, RULES.find(paragraph.text(), ANY_DAY)); // the spans, whatever the day they name
    }

    /**
     * The paragraph with the tokens of these time expressions (the time stage's, for this paragraph) tagged, so
     * that a caller who has them does not run the rules a second time.
     */
    public static NlpParagraph markFound(NlpParagraph paragraph, List<TimeExpression> times) {
        List<FoundTime> found = new ArrayList<>();
        for (TimeExpression t : times) {
            if (t.span() != null) {
                found.add(new FoundTime(t.span().start(), t.span().end(), t.text(), t.type(), t.value()));
            }
        }
        return mark(paragraph, found);
    }

    private static NlpParagraph mark(NlpParagraph paragraph, List<FoundTime> found) {
        if (found.isEmpty()) {
            return paragraph;
        }
        boolean changed = false;
        List<NlpSentence> sentences = new ArrayList<>();
        for (NlpSentence s : paragraph.sentences()) {
            List<NlpToken> tokens = new ArrayList<>();
            for (NlpToken t : s.tokens()) {
                String type = "O".equals(t.ner()) ? typeAt(found, t) : null;
                if (type != null) {
                    tokens.add(new NlpToken(t.word(), t.tag(), t.lemma(), type, t.begin(), t.end()));
                    changed = true;
                } else {
                    tokens.add(t);
                }
            }
            sentences.add(new NlpSentence(s.begin(), s.end(), tokens, s.mentions()));
        }
        return changed ? new NlpParagraph(paragraph.text(), sentences) : paragraph;
    }

    private static String typeAt(List<FoundTime> found, NlpToken t) {
        for (FoundTime f : found) {
            if (t.begin() >= f.begin() && t.end() <= f.end()) {
                return f.type();
            }
        }
        return null;
    }
}
