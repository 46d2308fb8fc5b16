package org.marsad.ner;

/**
 * A tagging thread's memory of word types: the per-token values {@link NerFeatures#prepare} derives from a
 * token's characters alone that the tagger reads beyond a token's own features, and the first-pass integer
 * scores of the features it gives in each role ({@link NerFeatures#roleFeatures}: as the token tagged, as its
 * previous word, …), scored when the type is kept. A word seen before costs a copy instead of normalization,
 * segmentation, lexicon lookups and a score over some thirty weight rows.
 *
 * <p>Each type is one record of {@link #STRIDE} ints (192 bytes, three cache lines) — length, characters and
 * values in the first line, the scores as 21-bit integers, three in two ints, in the next two — so a hit reads
 * three adjacent lines instead of chasing a key string and several parallel arrays; the hashes and last uses
 * of a set's records lie together apart from them, so a lookup reads only the record it finds. A type longer
 * than {@link #KEY_CHARS} characters, or with a score outside 21 bits (none seen: news words' scores take up
 * to 19), is not kept. Four-way set associative and bounded: a new
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
    /** Three 21-bit scores in two ints, a role's nine in six; padded to three 64-byte lines. */
    static final int STRIDE = 48;
    private static final int SCORE_BITS = 21;
    private static final long SCORE_MASK = (1L << SCORE_BITS) - 1;
    /**
     * Ints before the first record: a table this large is a humongous object to G1, which starts it at a region
     * boundary, its ints 16 bytes (the array header) further; 12 ints more start every record at a line. With
     * another collector or header the records are merely not aligned.
     */
    private static final int ALIGN = 12;

    static {
        if (T != 9 || SUMS + ROLES * 6 > STRIDE) {
            throw new IllegalStateException("a word type's record does not fit in " + STRIDE + " ints");
        }
    }

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
    private final int[] sums = new int[ROLES * T];
    private final NerWeights.Lookup lookup = new NerWeights.Lookup();

    TokenTypes(NerFeatures features, NerWeights weights, int capacity) {
        this.features = features;
        this.weights = weights;
        int cap = Integer.highestOneBit(Math.max(16, capacity));
        setMask = cap / WAYS - 1;
        records = new int[ALIGN + cap * STRIDE];
        hashes = new int[cap];
        used = new int[cap];
        for (int o = ALIGN; o < records.length; o += STRIDE) {
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
                    // an int in each 64-byte line of the record
                    int o = ALIGN + slot * STRIDE;
                    sum += records[o] + records[o + 16] + records[o + 32] + records[o + STRIDE - 1];
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
            int o = ALIGN + slot * STRIDE;
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
        java.util.Arrays.fill(sums, 0);
        for (int role = 0; role < ROLES; role++) {
            weights.sum(feats, features.roleFeatures(role, c, i, feats, 0), sums, role * T, lookup);
        }
        for (int v : sums) {
            if (v < -(1 << (SCORE_BITS - 1)) || v >= 1 << (SCORE_BITS - 1)) {
                return -1;
            }
        }
        int o = ALIGN + slot * STRIDE;
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
        for (int k = 0, at = o + SUMS; k < sums.length; k += 3, at += 2) {
            long x = sums[k] & SCORE_MASK | (sums[k + 1] & SCORE_MASK) << SCORE_BITS
                    | (sums[k + 2] & SCORE_MASK) << 2 * SCORE_BITS;
            records[at] = (int) x;
            records[at + 1] = (int) (x >>> 32);
        }
        return slot;
    }

    /**
     * Fills token {@code i} of {@code c} with the values of the type in {@code slot}. Its affix and clitic
     * hashes and word and stem indexes, which only its role features read, are set to 0: its role scores are
     * kept instead.
     */
    void copyTo(int slot, SentenceContext c, int i) {
        int v = ALIGN + slot * STRIDE + VALUE;
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
        int at = ALIGN + slot * STRIDE + SUMS + role * 6;
        for (int t = 0; t < T; t += 3, at += 2) {
            long x = records[at] & 0xFFFFFFFFL | (long) records[at + 1] << 32;
            // each score's top bit to the long's, and back with its sign
            sum[t] += (int) (x << 64 - SCORE_BITS >> 64 - SCORE_BITS);
            sum[t + 1] += (int) (x << 64 - 2 * SCORE_BITS >> 64 - SCORE_BITS);
            sum[t + 2] += (int) (x << 64 - 3 * SCORE_BITS >> 64 - SCORE_BITS);
        }
    }
}
