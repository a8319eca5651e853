package dev.parallax.group;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The binary form of an {@link OnlineGrouper}'s state (gzipped {@link DataOutputStream}): a magic word and
 * format version, the options it was made with (a grouper restored under other options would place
 * articles inconsistently, so that is refused), the non-zero document frequencies, the events, threads,
 * the list of events still in the windows and the eviction clock. The posting indexes are rebuilt from
 * each event's indexed keys, which gives the same candidates (their order within a list never decides).
 */
final class GrouperSnapshot {
    private static final int MAGIC = 0x50584753; // "PXGS"
    private static final int VERSION = 1;

    private GrouperSnapshot() {
    }

    /** gzip at the fastest level: the state is mostly floats, which compress little at any level. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(java.io.OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    static byte[] write(OnlineGrouper g) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FastGzip(bytes), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(g.options.toString());
            writeVocabulary(out, g.vocabulary);
            out.writeInt(g.watermark);
            out.writeInt(g.lastSweep);
            out.writeInt(g.events.size());
            for (EventState e : g.events) {
                writeEvent(out, e);
            }
            out.writeInt(g.threads.size());
            for (IntList t : g.threads) {
                writeInts(out, t);
            }
            writeInts(out, g.active);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write grouping state", e); // in memory: not expected
        }
        return bytes.toByteArray();
    }

    static OnlineGrouper read(byte[] snapshot, GroupingOptions options) {
        byte[] raw;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(snapshot), 1 << 16)) {
            raw = gzip.readAllBytes(); // whole first, so the CRC is checked before anything is believed
        } catch (ZipException | EOFException e) {
            throw new IllegalArgumentException("the grouping state is damaged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read grouping state", e);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a grouping state");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("grouping state format " + version + " is not supported (this build reads "
                        + VERSION + "); re-group the archive");
            }
            String madeWith = in.readUTF();
            if (!madeWith.equals(options.toString())) {
                throw new IllegalArgumentException("the grouping state was made with other options (" + madeWith
                        + "); re-group the archive");
            }
            OnlineGrouper g = new OnlineGrouper(options, readVocabulary(in, options.vocabularyBits()), true);
            g.watermark = in.readInt();
            g.lastSweep = in.readInt();
            int events = count(in, 40);
            for (int i = 0; i < events; i++) {
                EventState e = readEvent(in, i);
                g.events.add(e);
                for (int k = 0; k < e.indexed.size(); k++) {
                    g.eventIndex.add(e.indexed.get(k), e.id);
                }
                for (int k = 0; k < e.threadIndexed.size(); k++) {
                    g.threadIndex.add(e.threadIndexed.get(k), e.id);
                }
            }
            int threads = count(in, 4);
            for (int t = 0; t < threads; t++) {
                g.threads.add(readInts(in));
            }
            g.active = readInts(in);
            checkReferences(g);
            if (in.read() != -1) {
                throw new IllegalArgumentException("the grouping state is damaged: data after its end");
            }
            return g;
        } catch (EOFException e) {
            throw new IllegalArgumentException("the grouping state is damaged: it ends early", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read grouping state", e);
        }
    }

    /** Event and thread numbers must point inside the state (a damaged one could otherwise fail much later). */
    private static void checkReferences(OnlineGrouper g) {
        int events = g.events.size();
        for (EventState e : g.events) {
            if (e.thread < -1 || e.thread >= g.threads.size()) {
                throw new IllegalArgumentException("the grouping state is damaged: event " + e.id + " has thread " + e.thread);
            }
        }
        List<IntList> lists = new ArrayList<>(g.threads);
        lists.add(g.active);
        for (IntList list : lists) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) < 0 || list.get(i) >= events) {
                    throw new IllegalArgumentException("the grouping state is damaged: event " + list.get(i)
                            + " does not exist");
                }
            }
        }
    }

    /** A count read from the state, checked against the bytes left ({@code bytesEach} per item). */
    private static int count(DataInputStream in, int bytesEach) throws IOException {
        int n = in.readInt();
        if (n < 0 || (long) n * bytesEach > in.available()) {
            throw new IllegalArgumentException("the grouping state is damaged: a count of " + n + " overruns it");
        }
        return n;
    }

    private static void writeVocabulary(DataOutputStream out, HashedVocabulary v) throws IOException {
        int[] df = v.documentFrequency;
        int nonZero = 0;
        for (int f : df) {
            if (f != 0) {
                nonZero++;
            }
        }
        out.writeInt(v.documents);
        out.writeInt(nonZero);
        for (int slot = 0; slot < df.length; slot++) {
            if (df[slot] != 0) {
                out.writeInt(slot);
                out.writeInt(df[slot]);
            }
        }
    }

    private static HashedVocabulary readVocabulary(DataInputStream in, int bits) throws IOException {
        HashedVocabulary v = new HashedVocabulary(bits);
        v.documents = in.readInt();
        int nonZero = count(in, 8);
        for (int i = 0; i < nonZero; i++) {
            int slot = in.readInt();
            if (slot < 0 || slot >= v.documentFrequency.length) {
                throw new IllegalArgumentException("the grouping state is damaged: slot " + slot + " out of range");
            }
            v.documentFrequency[slot] = in.readInt();
        }
        return v;
    }

    private static void writeEvent(DataOutputStream out, EventState e) throws IOException {
        out.writeBoolean(e.title != null);
        if (e.title != null) {
            writeLongString(out, e.title);
        }
        out.writeInt(e.size);
        out.writeInt(e.minDay);
        out.writeInt(e.maxDay);
        out.writeLong(e.sumDay);
        out.writeInt(e.datedCount);
        out.writeInt(e.thread);
        out.writeBoolean(e.frozen);
        out.writeBoolean(e.threadFrozen);
        writeVector(out, e.terms);
        writeVector(out, e.entities);
        boolean members = e.memberTerms != null;
        out.writeBoolean(members);
        if (members) {
            out.writeInt(e.memberTerms.size());
            for (int i = 0; i < e.memberTerms.size(); i++) {
                writeVector(out, e.memberTerms.get(i));
                writeVector(out, e.memberEntities.get(i));
            }
        }
        writeInts(out, e.indexed);
        writeInts(out, e.threadIndexed);
    }

    private static EventState readEvent(DataInputStream in, int id) throws IOException {
        EventState e = new EventState(id, in.readBoolean() ? readLongString(in) : null);
        e.size = in.readInt();
        e.minDay = in.readInt();
        e.maxDay = in.readInt();
        e.sumDay = in.readLong();
        e.datedCount = in.readInt();
        e.thread = in.readInt();
        e.frozen = in.readBoolean();
        e.threadFrozen = in.readBoolean();
        e.terms = readVector(in);
        e.entities = readVector(in);
        e.termNorm = e.terms.norm();
        e.entityNorm = e.entities.norm();
        if (in.readBoolean()) {
            int n = count(in, 8);
            e.memberTerms = new ArrayList<>(n);
            e.memberEntities = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                e.memberTerms.add(readVector(in));
                e.memberEntities.add(readVector(in));
            }
        } else {
            e.memberTerms = null;
            e.memberEntities = null;
        }
        e.indexed = readInts(in);
        e.threadIndexed = readInts(in);
        return e;
    }

    private static void writeVector(DataOutputStream out, SparseVector v) throws IOException {
        out.writeInt(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.writeInt(v.slots[i]);
            out.writeFloat(v.weights[i]);
        }
    }

    private static SparseVector readVector(DataInputStream in) throws IOException {
        int n = count(in, 8);
        if (n == 0) {
            return SparseVector.EMPTY;
        }
        int[] slots = new int[n];
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            slots[i] = in.readInt();
            weights[i] = in.readFloat();
        }
        return new SparseVector(slots, weights, null);
    }

    private static void writeInts(DataOutputStream out, IntList list) throws IOException {
        out.writeInt(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.writeInt(list.get(i));
        }
    }

    private static IntList readInts(DataInputStream in) throws IOException {
        int n = count(in, 4);
        IntList list = new IntList(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readInt());
        }
        return list;
    }

    /** A string of any length ({@code writeUTF} stops at 64 KB of UTF-8, and a headline may be anything). */
    private static void writeLongString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readLongString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[count(in, 1)];
        in.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }
}
