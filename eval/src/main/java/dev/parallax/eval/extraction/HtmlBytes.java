package dev.parallax.eval.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Decodes a saved web page's bytes to text the way trafilatura's {@code decode_file} settles on an
 * encoding: gzip is undone; bytes that are valid UTF-8 are UTF-8; otherwise the charset the page
 * declares (BOM or {@code <meta charset>}) if Java knows it, else windows-1252. Malformed bytes
 * become U+FFFD; decoding never fails.
 */
final class HtmlBytes {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private HtmlBytes() {
    }

    static String decode(byte[] bytes) {
        byte[] raw = gunzipIfCompressed(bytes);
        if (raw.length >= 3 && (raw[0] & 0xff) == 0xEF && (raw[1] & 0xff) == 0xBB && (raw[2] & 0xff) == 0xBF) {
            return new String(raw, 3, raw.length - 3, StandardCharsets.UTF_8);
        }
        if (raw.length >= 2 && (raw[0] & 0xff) == 0xFF && (raw[1] & 0xff) == 0xFE) {
            return new String(raw, 2, raw.length - 2, StandardCharsets.UTF_16LE);
        }
        if (raw.length >= 2 && (raw[0] & 0xff) == 0xFE && (raw[1] & 0xff) == 0xFF) {
            return new String(raw, 2, raw.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(raw, declared(raw));
        }
    }

    private static Charset declared(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
                return FALLBACK; // as browsers (and the WHATWG encoding standard) read them
            }
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                return FALLBACK;
            }
        }
        return FALLBACK;
    }

    private static byte[] gunzipIfCompressed(byte[] bytes) {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt gzip data: " + e.getMessage(), e);
        }
    }
}
