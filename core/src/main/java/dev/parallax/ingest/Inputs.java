package dev.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Bounded reading and size labels shared by the readers. */
final class Inputs {
    private static final int CHUNK = 64 * 1024;

    private Inputs() {
    }

    /**
     * Reads the rest of {@code in}, or returns null as soon as more than {@code limit} bytes come:
     * never holds more than {@code limit} plus one chunk in memory.
     */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit + 1, CHUNK));
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) >= 0) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /** {@code 512 bytes}, {@code 12.5 KB}, {@code 32 MB}: binary units, one decimal where it helps. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }

    /** The detail of a {@code too-large} problem. */
    static String overLimit(String what, long limit) {
        return what + " is over the " + size(limit) + " document limit";
    }

    /** An exception message as one short line. */
    static String oneLine(Throwable e) {
        return oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** A message as one short line. */
    static String oneLine(String message) {
        String line = message.replaceAll("\\s+", " ").trim();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
