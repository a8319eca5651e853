package dev.parallax.eval.time;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs taggers over TimeML documents paragraph by paragraph (paragraphs are separated by blank lines,
 * as Parallax's articles are) and scores them with {@link TimexScorer}, micro-averaged over documents.
 */
public final class TimeBenchmark {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private final List<TimeMlDocument> documents;

    public TimeBenchmark(List<TimeMlDocument> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no TimeML documents to evaluate");
        }
        this.documents = List.copyOf(documents);
    }

    public List<TimeMlDocument> documents() {
        return documents;
    }

    /** Scores one tagger over every document; {@code progress} hears each document's id as it is done. */
    public TimexScores run(TimexTagger tagger, Consumer<String> progress, List<String> errors) {
        TimexScores total = TimexScores.zero();
        for (TimeMlDocument doc : documents) {
            List<Timex> system = tag(tagger, doc);
            List<String> docErrors = errors == null ? null : new ArrayList<>();
            total = total.plus(TimexScorer.score(doc.timexes(), system, docErrors));
            if (errors != null) {
                docErrors.forEach(e -> errors.add(doc.id() + " " + doc.creationDate() + ": " + e));
            }
            progress.accept(doc.id());
        }
        return total;
    }

    /** The tagger's expressions for a whole document, extents relative to the document's text. */
    static List<Timex> tag(TimexTagger tagger, TimeMlDocument doc) {
        List<Timex> found = new ArrayList<>();
        String text = doc.text();
        for (int[] p : paragraphBounds(text)) {
            for (Timex t : tagger.tag(text.substring(p[0], p[1]), doc.creationDate())) {
                found.add(new Timex(t.begin() + p[0], t.end() + p[0], t.text(), t.type(), t.value()));
            }
        }
        return found;
    }

    /** The paragraphs of a text: runs of lines separated by blank lines. */
    static List<String> paragraphs(String text) {
        return paragraphBounds(text).stream().map(p -> text.substring(p[0], p[1])).toList();
    }

    private static List<int[]> paragraphBounds(String text) {
        List<int[]> bounds = new ArrayList<>();
        Matcher m = BLANK_LINE.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int end = m.find(start) ? m.start() : text.length();
            int next = end < text.length() ? m.end() : text.length();
            if (end > start) {
                bounds.add(new int[] {start, end});
            }
            start = next;
        }
        return bounds;
    }
}
