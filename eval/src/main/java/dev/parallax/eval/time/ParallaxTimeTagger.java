package dev.parallax.eval.time;

import dev.parallax.understand.nlp.LanguageAnalyzer;
import dev.parallax.understand.time.FoundTime;
import dev.parallax.understand.time.TimeFinder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Parallax's time expressions ({@link TimeFinder}) as a tagger under test. */
public final class ParallaxTimeTagger implements TimexTagger {
    private final LanguageAnalyzer analyzer;
    private final TimeFinder finder = new TimeFinder();

    private ParallaxTimeTagger(LanguageAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    public static ParallaxTimeTagger of(LanguageAnalyzer analyzer) {
        return new ParallaxTimeTagger(analyzer);
    }

    @Override
    public List<Timex> tag(String paragraph, LocalDate creationDate) {
        return finder.find(analyzer.analyze(paragraph, creationDate), creationDate).stream()
                .map(f -> new Timex(f.begin(), f.end(), f.text(), f.type(), f.value()))
                .toList();
    }
}
