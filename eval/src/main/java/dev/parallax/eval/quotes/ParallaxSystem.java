package dev.parallax.eval.quotes;

import dev.parallax.model.Span;
import dev.parallax.understand.nlp.LanguageAnalyzer;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.quotes.FoundQuote;
import dev.parallax.understand.quotes.QuoteFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parallax's quote finder on a raw article: each non-blank line is a body paragraph (PolNeAR's layout),
 * analysed on its own, and the finder's spans are mapped back to whole-text offsets.
 */
public final class ParallaxSystem implements AttributionSystem {
    private final LanguageAnalyzer analyzer;
    private final QuoteFinder finder;

    public ParallaxSystem(LanguageAnalyzer analyzer, QuoteFinder finder) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    @Override
    public String name() {
        return "parallax";
    }

    @Override
    public List<Attribution> attribute(String text) {
        List<Integer> offsets = new ArrayList<>();
        List<NlpParagraph> paragraphs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            if (!text.substring(i, end).isBlank()) {
                offsets.add(i);
                paragraphs.add(analyzer.analyze(text.substring(i, end), null));
            }
            i = end + 1;
        }
        List<Attribution> out = new ArrayList<>();
        for (FoundQuote q : finder.find(paragraphs)) {
            List<int[]> pieces = new ArrayList<>();
            for (Span s : q.content()) {
                int base = offsets.get(s.paragraph());
                pieces.add(new int[] {base + s.start(), base + s.end()});
            }
            CharSpans source = null;
            if (q.speakerMention() != null) {
                int base = offsets.get(q.speakerMention().paragraph());
                source = new CharSpans(text, List.of(new int[] {base + q.speakerMention().start(),
                        base + q.speakerMention().end()}));
            }
            String speaker = q.speakerName() != null ? q.speakerName() : q.speakerDescription();
            out.add(new Attribution(new CharSpans(text, pieces), source, speaker, q.cue()));
        }
        return out;
    }
}
