package dev.parallax.eval.time;

import dev.parallax.understand.nlp.LanguageAnalyzer;
import dev.parallax.understand.nlp.NlpMention;
import dev.parallax.understand.nlp.NlpSentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The baseline: CoreNLP's own time expressions (SUTime inside its entity tagger) with the values it
 * resolves itself against the document date, taken as they are.
 */
public final class SuTimeTagger implements TimexTagger {
    private final LanguageAnalyzer analyzer;

    public SuTimeTagger(LanguageAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    @Override
    public List<Timex> tag(String paragraph, LocalDate creationDate) {
        List<Timex> found = new ArrayList<>();
        for (NlpSentence sentence : analyzer.analyze(paragraph, creationDate).sentences()) {
            for (NlpMention m : sentence.mentions()) {
                if (m.timexType() != null) {
                    found.add(new Timex(m.begin(), m.end(), paragraph.substring(m.begin(), m.end()),
                            m.timexType(), m.timexValue()));
                }
            }
        }
        return found;
    }
}
