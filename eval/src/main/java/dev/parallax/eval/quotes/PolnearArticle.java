package dev.parallax.eval.quotes;

import java.util.List;

/**
 * One PolNeAR article: its raw text and one annotator's attributions.
 *
 * @param name      the file name without extension
 * @param annotator the annotator id whose file was read
 */
public record PolnearArticle(String name, String annotator, String text, List<Attribution> gold) {
    public PolnearArticle {
        gold = List.copyOf(gold);
    }
}
