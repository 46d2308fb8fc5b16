package org.marsad.ner;

/** Open-addressing int → int map (linear probing); keys are feature hashes, so any int is a key. */
final class IntIntMap {
    private int[] keys;
    private int[] values;
    private boolean[] used;
    private int size;
    private int mask;

    IntIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new int[cap];
        values = new int[cap];
        used = new boolean[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(int key, int missing) {
        int i = Hashing.fmix(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return missing;
    }

    void put(int key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = Hashing.fmix(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
        size++;
    }

    /** The value of {@code key}, adding {@code next} for it when absent. */
    int getOrPut(int key, int next) {
        int v = get(key, Integer.MIN_VALUE);
        if (v != Integer.MIN_VALUE) {
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
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                k[n] = keys[i];
                v[n++] = values[i];
            }
        }
        return new int[][] {k, v};
    }

    private void grow() {
        int[] ok = keys;
        int[] ov = values;
        boolean[] ou = used;
        keys = new int[ok.length * 2];
        values = new int[ok.length * 2];
        used = new boolean[ok.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ou[i]) {
                put(ok[i], ov[i]);
            }
        }
    }
}
