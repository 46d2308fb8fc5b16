package org.marsad.ner;

/** 32-bit hashes of feature strings, computed over chars without allocating. */
final class Hashing {
    private Hashing() {
    }

    static int chars(CharSequence s, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return fmix(h ^ (to - from));
    }

    /** Equal to {@link #chars(CharSequence, int, int)} over the same characters. */
    static int chars(char[] s, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ s[i]) * 0x01000193;
        }
        return fmix(h ^ (to - from));
    }

    static int chars(CharSequence s) {
        return chars(s, 0, s.length());
    }

    static int combine(int a, int b) {
        return fmix(a * 0x9E3779B1 + Integer.rotateLeft(b, 13) * 0x85EBCA6B + 0x27D4EB2F);
    }

    static int combine(int a, int b, int c) {
        return combine(combine(a, b), c);
    }

    static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
