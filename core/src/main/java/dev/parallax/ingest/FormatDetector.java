package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an input's format from its first bytes (already decompressed), never from its name:
 * WARC starts with {@code WARC/}; a feed's root element is {@code rss}, {@code feed} or
 * {@code rdf:RDF} after an optional byte-order mark, XML declaration, comments and doctype; JSON
 * Lines starts with <code>{</code> and its first line is a JSON object; HTML has a doctype, an
 * {@code html}, {@code head} or {@code body} tag, starts with an HTML element or has several
 * common HTML tags; anything else that is text is plain text. Also tells what is not usable:
 * empty, binary (a known signature, an early NUL byte, many control bytes), or a format Parallax
 * does not read (XML that is not a feed, such as TimeML or a sitemap; JSON that is not JSON
 * Lines). Stateless.
 */
final class FormatDetector {
    /** How much of an input the detector looks at. */
    static final int SNIFF_BYTES = 64 * 1024;

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern PROLOG_ITEM = Pattern.compile(
            "\\A(?:\\s+|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ROOT = Pattern.compile("\\A<([A-Za-z][\\w:.-]*)");
    private static final Pattern ANY_TAG = Pattern.compile("</?[A-Za-z][\\w:.-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern HTML_DOCTYPE = Pattern.compile("<!DOCTYPE\\s+html", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_SKELETON = Pattern.compile("<(?:html|head|body)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:p|div|br|span|a|h[1-6]|article|section|ul|ol|li|table|tr|td|img|meta|title|script|style|link|em"
                    + "|strong|b|i|blockquote|figure|figcaption|header|footer|nav|main|aside|time|iframe|form|noscript)"
                    + "(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> HTML_ROOTS = java.util.Set.of("html", "head", "body", "p", "div",
            "article", "section", "main", "header", "span", "h1", "h2", "h3", "table", "ul", "ol", "meta", "title",
            "link", "script", "style", "figure", "blockquote", "a", "img", "br", "nav", "form", "iframe", "noscript");

    private FormatDetector() {
    }

    /** What the detector found: a format, or the reason the input is unusable. */
    record Detection(InputFormat format, String reason, String detail) {
        static Detection of(InputFormat format) {
            return new Detection(format, null, null);
        }

        static Detection rejected(String reason, String detail) {
            return new Detection(null, reason, detail);
        }

        boolean accepted() {
            return format != null;
        }
    }

    /**
     * @param head     the first bytes of the input (at most {@link #SNIFF_BYTES})
     * @param complete whether {@code head} is the whole input
     */
    static Detection detect(byte[] head, boolean complete) {
        if (head.length == 0) {
            return Detection.rejected("empty", "0 bytes");
        }
        if (startsWithAscii(head, "WARC/")) {
            return Detection.of(InputFormat.WARC); // records may hold any bytes: not a text check
        }
        String magic = BinaryMagic.name(head);
        if (magic != null) {
            return Detection.rejected("binary", "not text: looks like " + magic);
        }
        int bom = Charsets.bomLength(head);
        if (bom == 3 || bom == 0) {
            String binary = binaryEvidence(head, bom);
            if (binary != null) {
                return Detection.rejected("binary", binary);
            }
        }
        String text = new String(head, bom, head.length - bom,
                bom == 2 ? Charsets.fromBom(head).orElseThrow() : StandardCharsets.UTF_8);
        String trimmed = text.strip();
        if (trimmed.isEmpty() && complete) {
            return Detection.rejected("empty", "only whitespace");
        }
        if (trimmed.startsWith("{")) {
            return jsonLines(head, bom);
        }
        if (trimmed.startsWith("<")) {
            return markup(trimmed);
        }
        return looksLikeHtml(trimmed) ? Detection.of(InputFormat.HTML) : Detection.of(InputFormat.TEXT);
    }

    private static boolean startsWithAscii(byte[] head, String prefix) {
        if (head.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Detection markup(String text) {
        String rest = text;
        boolean xmlDeclaration = rest.startsWith("<?xml");
        Matcher item = PROLOG_ITEM.matcher(rest);
        while (item.lookingAt()) {
            if (HTML_DOCTYPE.matcher(item.group()).lookingAt()) {
                return Detection.of(InputFormat.HTML);
            }
            rest = rest.substring(item.end());
            item = PROLOG_ITEM.matcher(rest);
        }
        Matcher root = ROOT.matcher(rest);
        if (root.lookingAt()) {
            String name = root.group(1);
            String local = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
            if (name.equals("rss") || name.equals("feed") || local.equals("RDF") || name.endsWith(":feed")) {
                return Detection.of(InputFormat.FEED);
            }
            if (HTML_ROOTS.contains(name.toLowerCase(Locale.ROOT))) {
                return Detection.of(InputFormat.HTML);
            }
            if (xmlDeclaration || (looksLikeXml(rest) && !looksLikeHtml(rest))) {
                return Detection.rejected("unsupported", "XML with root element <" + name + ">, not an RSS, Atom or RDF feed");
            }
        }
        return looksLikeHtml(text) ? Detection.of(InputFormat.HTML) : Detection.of(InputFormat.TEXT);
    }

    /** An element that is not HTML with more elements after it: XML such as TimeML or NAF. */
    private static boolean looksLikeXml(String rest) {
        Matcher tag = ANY_TAG.matcher(rest);
        int tags = 0;
        while (tag.find()) {
            if (++tags >= 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeHtml(String text) {
        if (HTML_DOCTYPE.matcher(text).find() || HTML_SKELETON.matcher(text).find()) {
            return true;
        }
        Matcher tag = HTML_TAG.matcher(text);
        int tags = 0;
        while (tag.find()) {
            if (++tags >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * JSON Lines when the first line is a JSON object; a first line longer than the sniffed head
     * counts when what was seen of it is a valid start of one.
     */
    private static Detection jsonLines(byte[] head, int bom) {
        int start = bom;
        while (start < head.length && Character.isWhitespace(head[start])) {
            start++;
        }
        int end = start;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        boolean lineComplete = end < head.length;
        try (JsonParser parser = JSON.createParser(head, start, end - start)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return notJsonLines();
            }
            parser.skipChildren();
            return parser.nextToken() == null ? Detection.of(InputFormat.JSON_LINES) : notJsonLines();
        } catch (JsonEOFException e) {
            return lineComplete ? notJsonLines() : Detection.of(InputFormat.JSON_LINES);
        } catch (IOException e) {
            return notJsonLines();
        }
    }

    private static Detection notJsonLines() {
        return Detection.rejected("unsupported", "JSON, but its first line is not a JSON object (JSON Lines expected)");
    }

    /**
     * Why the head is binary rather than text, or null: a NUL byte in the first KB, or more than
     * one byte in twenty a control byte (a stray NUL deep in a saved page does not count).
     */
    private static String binaryEvidence(byte[] head, int from) {
        int controls = 0;
        for (int i = from; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b == 0 && i < 1024) {
                return "not text: NUL byte at offset " + i;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        int length = head.length - from;
        if (controls > 8 && controls * 20 > length) {
            return "not text: " + controls + " control bytes in the first " + Inputs.size(length);
        }
        return null;
    }

    /** Signatures of common binary files, to name them in problems. */
    private static final class BinaryMagic {
        private BinaryMagic() {
        }

        static String name(byte[] h) {
            if (startsWith(h, 0x89, 'P', 'N', 'G')) {
                return "a PNG image";
            }
            if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
                return "a JPEG image";
            }
            if (startsWith(h, 'G', 'I', 'F', '8')) {
                return "a GIF image";
            }
            if (startsWith(h, '%', 'P', 'D', 'F', '-')) {
                return "a PDF document";
            }
            if (startsWith(h, 'P', 'K', 3, 4)) {
                return "a ZIP archive (or an Office document)";
            }
            if (startsWith(h, 0xFD, '7', 'z', 'X', 'Z', 0)) {
                return "an xz archive";
            }
            if (startsWith(h, 0x28, 0xB5, 0x2F, 0xFD)) {
                return "a zstd archive";
            }
            if (startsWith(h, 'B', 'Z', 'h') && h.length > 9 && h[4] == 0x31 && h[5] == 0x41 && h[6] == 0x59) {
                return "a bzip2 archive";
            }
            if (startsWith(h, 0x1F, 0x8B)) {
                return "gzip inside gzip";
            }
            return null;
        }

        private static boolean startsWith(byte[] h, int... signature) {
            if (h.length < signature.length) {
                return false;
            }
            for (int i = 0; i < signature.length; i++) {
                if ((h[i] & 0xff) != signature[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
