package dev.parallax.group;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * An inverted index from int keys (hashed terms) to int event ids, in insertion order. Lists are
 * compacted as they are read: ids the caller declares gone (evicted events) are dropped in place,
 * so a list holds only events still inside the time window. Keys map to lists by open addressing,
 * with no boxing. Not thread-safe.
 */
final class PostingIndex {
    private static final int EMPTY = -1;

    private int[] keys;
    private int[] slotOfKey;
    private int used;
    private int[][] lists;
    private int[] sizes;
    private int listCount;

    PostingIndex() {
        keys = new int[1 << 12];
        slotOfKey = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        lists = new int[1 << 10][];
        sizes = new int[lists.length];
    }

    void add(int key, int id) {
        int list = listOf(key, true);
        int[] values = lists[list];
        if (sizes[list] == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
            lists[list] = values;
        }
        values[sizes[list]++] = id;
    }

    /** The live ids under key, after dropping those {@code alive} rejects; valid until the next call. */
    int[] read(int key, IntPredicate alive, int[] sizeOut) {
        int list = listOf(key, false);
        if (list < 0) {
            sizeOut[0] = 0;
            return null;
        }
        sizeOut[0] = compact(list, alive);
        return lists[list];
    }

    /** Compacts every list (a periodic sweep for lists nobody reads), shrinking their arrays. */
    void sweep(IntPredicate alive) {
        for (int list = 0; list < listCount; list++) {
            int n = compact(list, alive);
            if (lists[list].length > 4 && n < lists[list].length / 4) {
                lists[list] = Arrays.copyOf(lists[list], Math.max(2, n * 2));
            }
        }
    }

    private int compact(int list, IntPredicate alive) {
        int[] values = lists[list];
        int n = sizes[list];
        int w = 0;
        for (int r = 0; r < n; r++) {
            int id = values[r];
            if (alive.test(id)) {
                values[w++] = id;
            }
        }
        sizes[list] = w;
        return w;
    }

    private int listOf(int key, boolean create) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return slotOfKey[i];
            }
            i = (i + 1) & mask;
        }
        if (!create) {
            return -1;
        }
        if (listCount == lists.length) {
            lists = Arrays.copyOf(lists, lists.length * 2);
            sizes = Arrays.copyOf(sizes, sizes.length * 2);
        }
        lists[listCount] = new int[2];
        keys[i] = key;
        slotOfKey[i] = listCount;
        used++;
        if (used * 2 > keys.length) {
            rehash();
        }
        return listCount++;
    }

    private void rehash() {
        int[] oldKeys = keys;
        int[] oldSlots = slotOfKey;
        keys = new int[oldKeys.length * 2];
        slotOfKey = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slotOfKey[i] = oldSlots[j];
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
