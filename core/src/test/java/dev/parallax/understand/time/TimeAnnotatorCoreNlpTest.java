package dev.parallax.understand.time;

import dev.parallax.model.Article;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.TimeExpression;
import dev.parallax.understand.nlp.CoreNlpAnalyzer;
import dev.parallax.understand.nlp.NlpOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one test class that loads CoreNLP: rules and SUTime mentions together. */
class TimeAnnotatorCoreNlpTest {
    private static TimeAnnotator annotator;

    @BeforeAll
    static void loadModels() {
        annotator = TimeAnnotator.with(new CoreNlpAnalyzer(NlpOptions.ENTITIES));
    }

    private static List<TimeExpression> times(LocalDate published, String paragraph) {
        Article a = new Article("a1", "test.html", null, null, null, List.of(), PublicationDate.ofDate(published),
                "en", List.of(), List.of(paragraph), List.of(), List.of(), null);
        return annotator.annotate(a);
    }

    @Test
    void rulesFixSuTimesMonthAndWeekdayResolution() {
        List<TimeExpression> t = times(LocalDate.of(2024, 10, 15),
                "The talks collapsed in March, and the envoy left on Thursday.");
        assertEquals("2024-03", t.get(0).value());
        assertEquals("2024-10-10", t.get(1).value());
    }

    @Test
    void suTimeMentionsFillWhatNoRuleReads() {
        List<TimeExpression> t = times(LocalDate.of(2024, 5, 3),
                "The festival runs over the Easter weekend, organisers said on Friday.");
        assertTrue(t.stream().anyMatch(x -> x.text().equals("Friday") && x.value().equals("2024-05-03")));
        assertTrue(t.size() >= 1);
    }
}
