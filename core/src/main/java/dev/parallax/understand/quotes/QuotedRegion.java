package dev.parallax.understand.quotes;

/**
 * The inside of one pair of quotation marks within one paragraph (marks excluded). A quote that runs over
 * several paragraphs is several regions with the same {@link #group()}.
 *
 * @param paragraph index of the paragraph
 * @param start     first character inside the opening mark; 0 for a paragraph that continues a quotation
 *                  but lost its opening mark
 * @param end       end of the quoted text (exclusive): the closing mark, or the end of the paragraph
 * @param group     the same for every piece of one quotation
 * @param closed    true when a closing mark ends this piece
 */
public record QuotedRegion(int paragraph, int start, int end, int group, boolean closed) {
    public QuotedRegion {
        if (paragraph < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad region " + paragraph + " [" + start + ", " + end + ")");
        }
    }

    boolean contains(int paragraphIndex, int offset) {
        return paragraph == paragraphIndex && offset >= start && offset < end;
    }
}
