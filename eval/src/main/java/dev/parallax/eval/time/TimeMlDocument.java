package dev.parallax.eval.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A TimeML document reduced to what task A needs: the plain text of its {@code TEXT} element, its
 * creation date (DCT) and the gold time expressions in that text (the DCT itself excluded, as the
 * official scorer does).
 */
public record TimeMlDocument(String id, LocalDate creationDate, String text, List<Timex> timexes) {
    public TimeMlDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
    }
}
