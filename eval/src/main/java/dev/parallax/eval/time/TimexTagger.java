package dev.parallax.eval.time;

import java.time.LocalDate;
import java.util.List;

/** A system under test: finds and normalises the time expressions of one paragraph. */
@FunctionalInterface
public interface TimexTagger {
    /**
     * @param paragraph    one paragraph of a document's text
     * @param creationDate the document creation date, the anchor for relative expressions
     * @return time expressions with extents relative to {@code paragraph}
     */
    List<Timex> tag(String paragraph, LocalDate creationDate);
}
