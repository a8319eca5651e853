package dev.parallax.eval.quotes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnnotatorAgreementTest {
    // "Mayor Ruiz said the bridge would reopen in May. Critics called it a fantasy."
    //  0         1         2         3         4         5         6         7
    //  0123456789012345678901234567890123456789012345678901234567890123456789012345
    private static final String TEXT = "Mayor Ruiz said the bridge would reopen in May. Critics called it a fantasy.";

    @Test
    void laterAnnotatorsAreScoredAgainstTheFirstOnlyWhereSeveralAnnotated(@TempDir Path dir) throws IOException {
        Path text = Files.createDirectories(dir.resolve("data/train/text"));
        Path anns = Files.createDirectories(dir.resolve("data/train/attributions"));
        Files.writeString(text.resolve("wire_1.txt"), TEXT);
        Files.writeString(text.resolve("wire_2.txt"), TEXT);
        // the first annotator: two attributions, both with sources
        Files.writeString(anns.resolve("wire_1_a1.ann"), String.join("\n",
                "T1\tSource 0 10\tMayor Ruiz", "T2\tContent 16 46\tthe bridge would reopen in May",
                "E1\tAttribution:T9 Source:T1 Content:T2",
                "T3\tSource 48 55\tCritics", "T4\tContent 63 75\tit a fantasy",
                "E2\tAttribution:T8 Source:T3 Content:T4", ""));
        // the second: the same first content with another source, and nothing for the critics
        Files.writeString(anns.resolve("wire_1_b2.ann"), String.join("\n",
                "T1\tSource 6 10\tRuiz", "T2\tContent 16 46\tthe bridge would reopen in May",
                "E1\tAttribution:T9 Source:T1 Content:T2", ""));
        // the third: only the critics, whose content reaches over "called" (still half of the longer)
        Files.writeString(anns.resolve("wire_1_c3.ann"), String.join("\n",
                "T3\tSource 0 10\tMayor Ruiz", "T4\tContent 56 75\tcalled it a fantasy",
                "E2\tAttribution:T8 Source:T3 Content:T4", ""));
        // an article only one person annotated is no part of the agreement
        Files.writeString(anns.resolve("wire_2_a1.ann"), "T2\tContent 16 46\tx\nE1\tAttribution:T9 Content:T2\n");

        List<PolnearReader.MultiplyAnnotated> all = PolnearReader.readAllAnnotators(dir, "train");
        assertEquals(2, all.size());
        assertEquals(List.of("a1", "b2", "c3"), all.get(0).annotators());
        assertEquals(1, AnnotatorAgreement.multiplyAnnotated(all).size());

        AnnotatorAgreement.Result result = AnnotatorAgreement.score(all);
        assertEquals(1, result.articles());
        assertEquals(2, result.pairs());
        AttributionScorer.Counts c = result.main();
        assertEquals(4, c.gold(), "the first annotator's two attributions, once per later annotator");
        assertEquals(2, c.predicted());
        assertEquals(2, c.matched());
        // b2's source overlaps a1's; c3 names the mayor for the critics' words
        assertEquals(2, c.speakerEligible());
        assertEquals(1, c.speakerCorrect());
        assertEquals(1, result.counts().get(AttributionScorer.Rule.EXACT).matched(),
                "only b2's content has exactly the first annotator's letters");
    }
}
