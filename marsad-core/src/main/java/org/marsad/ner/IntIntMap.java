package org.marsad.ner;

/**
 * Open-addressing int → non-negative int map (linear probing). Key and value share one long slot
 * so a lookup touches one cache line. Keys are well-mixed hashes ({@link Hashing}), so their low bits
 * index the table directly.
 */
final class IntIntMap {
    private long[] slots;
    private int size;
    private int mask;

    IntIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        slots = new long[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** Removes every key; a map grown past a few thousand keys starts small again. */
    void clear() {
        if (slots.length > 8192) {
            slots = new long[256];
            mask = slots.length - 1;
        } else {
            java.util.Arrays.fill(slots, 0L);
        }
        size = 0;
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(int key, int missing) {
        int i = key & mask;
        long s;
        while ((s = slots[i]) != 0) {
            if ((int) (s >>> 32) == key) {
                return (int) s - 1;
            }
            i = (i + 1) & mask;
        }
        return missing;
    }

    void put(int key, int value) {
        if (value < 0 || value == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("value out of range: " + value);
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        long slot = ((long) key << 32) | (value + 1L);
        int i = key & mask;
        long s;
        while ((s = slots[i]) != 0) {
            if ((int) (s >>> 32) == key) {
                slots[i] = slot;
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = slot;
        size++;
    }

    /** The value of {@code key}, adding {@code next} for it when absent. */
    int getOrPut(int key, int next) {
        int v = get(key, -1);
        if (v >= 0) {
            return v;
        }
        put(key, next);
        return next;
    }

    /** Keys and values, in slot order, as two arrays of {@link #size()}. */
    int[][] entries() {
        int[] k = new int[size];
        int[] v = new int[size];
        int n = 0;
        for (long s : slots) {
            if (s != 0) {
                k[n] = (int) (s >>> 32);
                v[n++] = (int) s - 1;
            }
        }
        return new int[][] {k, v};
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        size = 0;
        for (long s : old) {
            if (s != 0) {
                put((int) (s >>> 32), (int) s - 1);
            }
        }
    }
}
