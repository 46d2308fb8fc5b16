package org.marsad.ner;

/**
 * A tagging thread's memory of word types: the per-token values {@link NerFeatures#prepare} derives from a
 * token's characters alone, and the first-pass integer scores of the features it gives in each role
 * ({@link NerFeatures#roleFeatures}: as the token tagged, as its previous word, …), so a word seen before
 * costs a copy instead of normalization, segmentation, lexicon lookups and a score over some thirty weight rows. Direct-mapped and bounded: a new type takes the slot of an old one, except a slot
 * a token of the sentence being prepared still refers to. Belongs to one tagger (its first-pass weights) and
 * is owned by one thread.
 */
final class TokenTypes {
    /** Per-token values kept per type: length, 7 affix hashes, word, stem and clitic hashes, stem start, shape, word and stem index, triggers. */
    static final int VALUES = 16;
    private static final int T = NerTags.COUNT;

    private final int mask;
    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    /** Integer first-pass score per tag of each type's features in each role, at {@code (slot * ROLES + role) * T}; valid where {@link #scored}. */
    final int[] sums;
    final boolean[] scored;
    private final int[] stamp;
    private int sentence = 1;
    private int lastHash;

    TokenTypes(int capacity) {
        int cap = Integer.highestOneBit(Math.max(16, capacity));
        mask = cap - 1;
        keys = new String[cap];
        hashes = new int[cap];
        values = new int[cap * VALUES];
        sums = new int[cap * NerFeatures.ROLES * T];
        scored = new boolean[cap * NerFeatures.ROLES];
        stamp = new int[cap];
    }

    /** Starts a sentence: slots its tokens take from here on are not given away before the next one. */
    void nextSentence() {
        sentence++;
    }

    /** The slot holding the type {@code text[start, end)}, or {@code -1} when it is not held. */
    int find(String text, int start, int end) {
        int h = Hashing.chars(text, start, end);
        lastHash = h;
        int slot = h & mask;
        String k = keys[slot];
        if (hashes[slot] == h && k != null && k.length() == end - start && text.regionMatches(start, k, 0, k.length())) {
            stamp[slot] = sentence;
            return slot;
        }
        return -1;
    }

    /**
     * Keeps token {@code i} of {@code c} as the type {@code text[start, end)} last passed to {@link #find};
     * returns its slot, or {@code -1} when that slot is taken by a token of the current sentence.
     */
    int store(String text, int start, int end, SentenceContext c, int i) {
        int h = lastHash;
        int slot = h & mask;
        if (stamp[slot] == sentence) {
            return -1;
        }
        keys[slot] = text.substring(start, end);
        hashes[slot] = h;
        stamp[slot] = sentence;
        for (int r = slot * NerFeatures.ROLES; r < (slot + 1) * NerFeatures.ROLES; r++) {
            scored[r] = false;
        }
        int o = slot * VALUES;
        values[o] = c.length[i];
        for (int a = 0; a < 7; a++) {
            values[o + 1 + a] = c.affix[a][i];
        }
        values[o + 8] = c.wordH[i];
        values[o + 9] = c.stemH[i];
        values[o + 10] = c.cliticH[i];
        values[o + 11] = c.stemStart[i];
        values[o + 12] = c.shape[i];
        values[o + 13] = c.wordIdx[i];
        values[o + 14] = c.stemIdx[i];
        values[o + 15] = c.trig[i];
        return slot;
    }

    /** Fills token {@code i} of {@code c} with the values of the type in {@code slot}. */
    void copyTo(int slot, SentenceContext c, int i) {
        int o = slot * VALUES;
        c.length[i] = values[o];
        for (int a = 0; a < 7; a++) {
            c.affix[a][i] = values[o + 1 + a];
        }
        c.wordH[i] = values[o + 8];
        c.stemH[i] = values[o + 9];
        c.cliticH[i] = values[o + 10];
        c.stemStart[i] = values[o + 11];
        c.shape[i] = values[o + 12];
        c.wordIdx[i] = values[o + 13];
        c.stemIdx[i] = values[o + 14];
        c.trig[i] = values[o + 15];
        c.gaz[i] = 0;
        c.doc[i] = 0;
    }
}
