package dev.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character encodings of markup: what a byte-order mark or an HTML/XML document declares, label
 * resolution the way browsers do it (WHATWG: {@code iso-8859-1} means windows-1252), and strict
 * UTF-8 decoding that says where it fails.
 */
final class Charsets {
    /**
     * How far into a page a charset declaration is looked for (it must also come before
     * {@code <body}): pages with large inline scripts declare it late, and browsers honour it
     * there too.
     */
    static final int PRESCAN_BYTES = 512 * 1024;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Pattern BODY = Pattern.compile("<body[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private static final Map<String, String> BROWSER_LABELS = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"), Map.entry("latin-1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("iso-8859-9", "windows-1254"), Map.entry("iso-8859-11", "x-windows-874"),
            Map.entry("tis-620", "x-windows-874"), Map.entry("gb2312", "GBK"), Map.entry("gb_2312-80", "GBK"),
            Map.entry("ks_c_5601-1987", "EUC-KR"), Map.entry("utf8", "UTF-8"),
            // a page that can be scanned as ASCII is not UTF-16, whatever it says
            Map.entry("utf-16", "UTF-8"), Map.entry("utf-16le", "UTF-8"), Map.entry("utf-16be", "UTF-8"));

    private Charsets() {
    }

    /** The charset a byte-order mark announces, if the bytes start with one. */
    static Optional<Charset> fromBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** The length of the byte-order mark {@code bytes} start with, or 0. */
    static int bomLength(byte[] bytes) {
        Optional<Charset> bom = fromBom(bytes);
        if (bom.isEmpty()) {
            return 0;
        }
        return bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /**
     * The charset an HTML or XHTML page declares before its {@code <body} and within its first
     * {@value #PRESCAN_BYTES} bytes: an XML declaration's encoding, {@code <meta charset>} or an
     * http-equiv Content-Type. Labels that name no charset this JVM knows count as no declaration.
     */
    static Optional<Charset> declaredInMarkup(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher body = BODY.matcher(head);
        if (body.find()) {
            head = head.substring(0, body.start());
        }
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            Optional<Charset> charset = resolve(xml.group(1));
            if (charset.isPresent()) {
                return charset;
            }
        }
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Matcher charset = META_CHARSET.matcher(meta.group());
            if (charset.find()) {
                Optional<Charset> resolved = resolve(charset.group(1));
                if (resolved.isPresent()) {
                    return resolved;
                }
            }
        }
        return Optional.empty();
    }

    /** A charset label resolved as browsers resolve it; empty for an unknown label. */
    static Optional<Charset> resolve(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String name = label.trim().toLowerCase(Locale.ROOT);
        name = BROWSER_LABELS.getOrDefault(name, name);
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** The offset of the first byte in {@code bytes[from..]} that is not valid UTF-8, or -1. */
    static long firstInvalidUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /** Decodes bytes that are known to be valid in {@code charset}; malformed input is replaced. */
    static String decode(byte[] bytes, int from, Charset charset) {
        return new String(bytes, from, bytes.length - from, charset);
    }
}
