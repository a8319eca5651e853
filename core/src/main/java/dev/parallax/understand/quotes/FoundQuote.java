package dev.parallax.understand.quotes;

import dev.parallax.model.Span;

import java.util.List;
import java.util.Objects;

/**
 * One attribution the finder found: what was said (one or more pieces, e.g. a quote broken by its
 * attribution or running over paragraphs) and who said it.
 *
 * @param content            the pieces of the content, in reading order, never empty
 * @param text               the content's text, pieces joined with " … "
 * @param speakerName        the speaker resolved to a name (person or organisation), or null
 * @param speakerDescription the speaker as described ("a senior diplomatic source"), or null
 * @param speakerMention     where the speaker is named at the cue ("she", "the ministry"); for a quotation
 *                           given to the previous speaker, the mention that named them; null when unknown
 * @param cue                the cue verb or phrase as written ("said", "told reporters", "according to"), or null
 * @param direct             true for words in quotation marks, false for reported speech
 */
public record FoundQuote(List<Span> content, String text, String speakerName, String speakerDescription,
                         Span speakerMention, String cue, boolean direct) {
    public FoundQuote {
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a quote needs content");
        }
        Objects.requireNonNull(text, "text");
    }

    /**
     * Whether no one is said to have said this: reported content with neither a speaker nor a mention ("Asked
     * about the strike, …", "The House is expected to pass the bill").
     */
    public boolean sourceless() {
        return !direct && speakerName == null && speakerDescription == null && speakerMention == null;
    }

    /** Where the content starts. */
    public Span first() {
        return content.get(0);
    }

    /** The content's last piece. */
    public Span last() {
        return content.get(content.size() - 1);
    }
}
