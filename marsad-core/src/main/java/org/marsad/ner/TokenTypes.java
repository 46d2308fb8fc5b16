package org.marsad.ner;

/**
 * A tagging thread's memory of word types: the per-token values {@link NerFeatures#prepare} derives from a
 * token's characters alone that the tagger reads beyond a token's own features, and the first-pass integer
 * scores of the features it gives in each role ({@link NerFeatures#roleFeatures}: as the token tagged, as its
 * previous word, …), scored when the type is kept. A word seen before costs a copy instead of normalization,
 * segmentation, lexicon lookups and a score over some thirty weight rows.
 *
 * <p>Each type is one record of {@link #STRIDE} ints (244 bytes) — length, characters, values, scores — so a
 * hit reads four adjacent cache lines instead of chasing a key string and several parallel arrays; the hashes
 * and last uses of a set's records lie together apart from them, so a lookup reads only the record it finds.
 * A type longer than {@link #KEY_CHARS} characters is not kept. Four-way set associative and bounded: a new
 * type takes the least recently used record of its set, except a record a token of the sentence being
 * prepared still refers to. Belongs to one tagger (its features and first-pass weights) and is owned by one
 * thread.
 */
final class TokenTypes {
    static final int KEY_CHARS = 16;
    private static final int T = NerTags.COUNT;
    private static final int ROLES = NerFeatures.ROLES;
    private static final int WAYS = 4;

    private static final int LENGTH = 0;
    private static final int KEY = 1;
    /**
     * Kept values: normalized length, stem start and shape in one int; word and stem hashes, triggers, level-1
     * cluster, gazetteer entries of word and stem.
     */
    private static final int VALUE = KEY + KEY_CHARS / 2;
    private static final int SUMS = VALUE + 7;
    static final int STRIDE = SUMS + ROLES * T;

    private final NerFeatures features;
    private final NerWeights weights;
    private final int setMask;
    private final int[] records;
    /** Per record, its type's hash and the sentence that last used it: a lookup reads its set's in one cache line. */
    private final int[] hashes;
    private final int[] used;
    private int sentence = 1;
    private int lastHash;
    /** What {@link #warm} read, kept so the reads are made. */
    private int warmed;
    private final int[] feats = new int[NerFeatures.MAX_FEATURES];
    private final NerWeights.Lookup lookup = new NerWeights.Lookup();

    TokenTypes(NerFeatures features, NerWeights weights, int capacity) {
        this.features = features;
        this.weights = weights;
        int cap = Integer.highestOneBit(Math.max(16, capacity));
        setMask = cap / WAYS - 1;
        records = new int[cap * STRIDE];
        hashes = new int[cap];
        used = new int[cap];
        for (int o = 0; o < records.length; o += STRIDE) {
            records[o + LENGTH] = -1;
        }
    }

    /** Starts a sentence: records its tokens take from here on are not given away before the next one. */
    void nextSentence() {
        sentence++;
    }

    /**
     * Reads, for each of {@code n} types of the given hashes, its set's hashes and every cache line of the record
     * whose hash matches, before the tokens are looked up one by one: reads that do not wait for one another
     * overlap, where the lookups, each depending on the last, would wait for memory one record at a time.
     */
    void warm(int[] hashes, int n) {
        int sum = 0;
        for (int j = 0; j < n; j++) {
            int h = hashes[j];
            int first = (h & setMask) * WAYS;
            for (int slot = first; slot < first + WAYS; slot++) {
                if (this.hashes[slot] == h) {
                    // an int in every 15 and the last: one in each 64-byte line the record spans
                    int o = slot * STRIDE;
                    for (int x = o; x < o + STRIDE; x += 15) {
                        sum += records[x];
                    }
                    sum += records[o + STRIDE - 1];
                    break;
                }
            }
        }
        warmed += sum;
    }

    /** The hash {@link #find} looks types up by. */
    static int hash(String text, int start, int end) {
        return Hashing.chars(text, start, end);
    }

    /** The record holding the type {@code text[start, end)}, or {@code -1} when it is not held. */
    int find(String text, int start, int end) {
        return find(hash(text, start, end), text, start, end);
    }

    /** The same, given its {@link #hash}. */
    int find(int h, String text, int start, int end) {
        lastHash = h;
        int len = end - start;
        int first = (h & setMask) * WAYS;
        for (int slot = first; slot < first + WAYS; slot++) {
            int o = slot * STRIDE;
            if (hashes[slot] == h && records[o + LENGTH] == len && sameKey(o, text, start, len)) {
                used[slot] = sentence;
                return slot;
            }
        }
        return -1;
    }

    private boolean sameKey(int o, String text, int start, int len) {
        for (int k = 0; k < len; k++) {
            if ((char) (records[o + KEY + (k >> 1)] >>> ((k & 1) << 4)) != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Scores token {@code i} of {@code c} (prepared from its characters) in every role and keeps it as the
     * type {@code text[start, end)} last passed to {@link #find}; returns its record, or {@code -1} when it is
     * not kept.
     */
    int store(String text, int start, int end, SentenceContext c, int i) {
        int len = end - start;
        if (len > KEY_CHARS || c.length[i] > 1023) {
            return -1;
        }
        int h = lastHash;
        int first = (h & setMask) * WAYS;
        int slot = -1;
        for (int s = first; s < first + WAYS; s++) {
            if (used[s] != sentence && (slot < 0 || used[s] < used[slot])) {
                slot = s;
            }
        }
        if (slot < 0) {
            return -1;
        }
        int o = slot * STRIDE;
        hashes[slot] = h;
        used[slot] = sentence;
        records[o + LENGTH] = len;
        for (int k = 0; k < KEY_CHARS / 2; k++) {
            records[o + KEY + k] = 0;
        }
        for (int k = 0; k < len; k++) {
            records[o + KEY + (k >> 1)] |= text.charAt(start + k) << ((k & 1) << 4);
        }
        int v = o + VALUE;
        records[v] = c.length[i] | c.stemStart[i] << 10 | c.shape[i] << 20;
        records[v + 1] = c.wordH[i];
        records[v + 2] = c.stemH[i];
        records[v + 3] = c.trig[i];
        records[v + 4] = c.cluster1[i];
        records[v + 5] = c.wordPhrase[i];
        records[v + 6] = c.stemPhrase[i];
        java.util.Arrays.fill(records, o + SUMS, o + STRIDE, 0);
        for (int role = 0; role < ROLES; role++) {
            weights.sum(feats, features.roleFeatures(role, c, i, feats, 0), records, o + SUMS + role * T, lookup);
        }
        return slot;
    }

    /**
     * Fills token {@code i} of {@code c} with the values of the type in {@code slot}. Its affix and clitic
     * hashes and word and stem indexes, which only its role features read, are set to 0: its role scores are
     * kept instead.
     */
    void copyTo(int slot, SentenceContext c, int i) {
        int v = slot * STRIDE + VALUE;
        int sizes = records[v];
        c.length[i] = sizes & 1023;
        c.stemStart[i] = (sizes >>> 10) & 1023;
        c.shape[i] = sizes >>> 20;
        c.wordH[i] = records[v + 1];
        c.stemH[i] = records[v + 2];
        c.trig[i] = records[v + 3];
        c.cluster1[i] = records[v + 4];
        c.wordPhrase[i] = records[v + 5];
        c.stemPhrase[i] = records[v + 6];
        for (int a = 0; a < 7; a++) {
            c.affix[a][i] = 0;
        }
        c.cliticH[i] = 0;
        c.wordIdx[i] = 0;
        c.stemIdx[i] = 0;
        c.gaz[i] = 0;
        c.doc[i] = 0;
    }

    /** Adds the T scores the type in {@code slot} gives in {@code role} to {@code sum[0, T)}. */
    void addScores(int slot, int role, int[] sum) {
        int at = slot * STRIDE + SUMS + role * T;
        for (int t = 0; t < T; t++) {
            sum[t] += records[at + t];
        }
    }
}
