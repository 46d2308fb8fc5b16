package org.marsad.translit;

import java.util.Arrays;

/**
 * A joint-sequence (graphone) n-gram model of Arabic names and their Latin spellings, in backoff form,
 * decoded by beam search: the Latin spelling of an Arabic word is the Latin side of the most probable
 * graphone sequence whose Arabic side spells the word. Immutable and thread-safe.
 *
 * <p>Graphone ids: {@link #BOS} and {@link #EOS} first, then the inventory. An n-gram is packed into a
 * {@code long}, 16 bits per graphone holding id + 1, oldest first, so 0 never names an n-gram.
 */
public final class GraphoneModel implements WordTransliterator {
    /** The shipped model, trained by {@code marsad train translit}. */
    public static final String RESOURCE = "/org/marsad/translit/graphone-model.bin.gz";
    public static final int BOS = 0;
    public static final int EOS = 1;
    static final int BITS = 16;
    static final int MAX_ORDER = 4;
    private static final int BEAM = 4;
    private static final double MIN_SHARE = 0.03;

    private final int order;
    private final String[] arabic;
    private final String[] latin;
    private final float unknownLogProb;
    private final String provenance;
    // n-gram table, open addressing: at 2*slot the packed key, at 2*slot+1 the log probability (high 32 bits)
    // and the backoff weight (low 32 bits) as float bits, so that a probe reads one cache line
    private final long[] table;
    private final int mask;
    /*
     * The same n-grams grouped by history, for decoding: every n-gram's newest graphone (id + 1) and log
     * probability, sorted by history and then graphone, so the continuations of one history lie side by side
     * and a hypothesis's lookups of its next units read one block instead of one random slot of the 8 MB table
     * each. Histories (and n-grams that can be one: at most order - 1 graphones) in an open-addressing table
     * of their own: at 2*slot the key, at 2*slot+1 the backoff weight (high 32 bits) and the block packed by
     * block(): whether the history is itself an n-gram, its block's start and length.
     */
    private final char[] blockUnits;
    private final float[] blockLogProb;
    private final long[] histories;
    private final int historyMask;
    /** The block of the empty history (unigrams). */
    private final int unigrams;
    // graphones by Arabic side: sorted (first char << 16 | second char or 0) and the ids for each
    private final int[] arabicKeys;
    private final int[][] byArabic;
    private final int maxArabic;

    GraphoneModel(int order, String[] arabic, String[] latin, long[] ngrams, float[] ngramLogProb,
                  float[] ngramBackoff, float unknownLogProb, String provenance) {
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("order must be 1.." + MAX_ORDER + ": " + order);
        }
        if (arabic.length >= (1 << BITS) - 1) {
            throw new IllegalArgumentException("too many graphones: " + arabic.length);
        }
        this.order = order;
        this.arabic = arabic;
        this.latin = latin;
        this.unknownLogProb = unknownLogProb;
        this.provenance = provenance;
        int cap = Integer.highestOneBit(Math.max(4, ngrams.length * 2 - 1)) << 1;
        table = new long[2 * cap];
        mask = cap - 1;
        for (int i = 0; i < ngrams.length; i++) {
            if (ngrams[i] == 0) {
                throw new IllegalArgumentException("n-gram key 0");
            }
            int s = slot(ngrams[i]);
            table[2 * s] = ngrams[i];
            table[2 * s + 1] = (long) Float.floatToRawIntBits(ngramLogProb[i]) << 32
                    | (Float.floatToRawIntBits(ngramBackoff[i]) & 0xFFFFFFFFL);
        }
        long[] sorted = sortedKeys();
        blockUnits = new char[sorted.length];
        blockLogProb = new float[sorted.length];
        int historyLength = order - 1;
        int historyCount = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] >>> BITS != sorted[i - 1] >>> BITS
                    || 64 - Long.numberOfLeadingZeros(sorted[i]) <= BITS * historyLength) {
                historyCount++; // an upper bound: a history counted twice at most
            }
        }
        int historyCap = Integer.highestOneBit(Math.max(4, historyCount * 2 - 1)) << 1;
        long[] hs = new long[2 * historyCap];
        int hMask = historyCap - 1;
        int zero = 0;
        for (int i = 0; i < sorted.length; ) {
            long history = sorted[i] >>> BITS;
            int start = i;
            for (; i < sorted.length && sorted[i] >>> BITS == history; i++) {
                blockUnits[i] = (char) (sorted[i] & 0xFFFF);
                blockLogProb[i] = logProbAt(slot(sorted[i]));
            }
            if (i - start >= 1 << BLOCK_LENGTH_BITS || i >= 1 << BLOCK_START_BITS) {
                throw new IllegalArgumentException("too many n-grams to index: " + sorted.length);
            }
            if (history == 0) {
                zero = block(false, start, i - start);
            } else {
                int h = historySlot(hs, hMask, history);
                hs[2 * h] = history;
                hs[2 * h + 1] |= block(false, start, i - start);
            }
        }
        for (long key : sorted) {
            if (64 - Long.numberOfLeadingZeros(key) <= BITS * historyLength) {
                int h = historySlot(hs, hMask, key);
                hs[2 * h] = key;
                hs[2 * h + 1] |= (long) Float.floatToRawIntBits(backoffAt(slot(key))) << 32 | NGRAM;
            }
        }
        histories = hs;
        historyMask = hMask;
        unigrams = zero;
        java.util.TreeMap<Integer, java.util.List<Integer>> index = new java.util.TreeMap<>();
        int longest = 1;
        for (int g = EOS + 1; g < arabic.length; g++) {
            String a = arabic[g];
            if (a.isEmpty() || a.length() > 2) {
                throw new IllegalArgumentException("graphone " + g + " has Arabic side of length " + a.length());
            }
            longest = Math.max(longest, a.length());
            index.computeIfAbsent(arabicKey(a, 0, a.length()), k -> new java.util.ArrayList<>()).add(g);
        }
        // rare spellings of a letter (under MIN_SHARE of its unigram mass) are never the best and cost time
        for (java.util.List<Integer> units : index.values()) {
            double total = 0;
            for (int g : units) {
                total += Math.exp(logProb(0, g));
            }
            final double t = total;
            units.removeIf(g -> units.size() > 1 && Math.exp(logProb(0, g)) < MIN_SHARE * t);
            units.sort((x, y) -> Double.compare(logProb(0, y), logProb(0, x)));
        }
        maxArabic = longest;
        arabicKeys = new int[index.size()];
        byArabic = new int[index.size()][];
        int i = 0;
        for (var e : index.entrySet()) {
            arabicKeys[i] = e.getKey();
            byArabic[i] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            i++;
        }
    }

    private static int arabicKey(CharSequence s, int from, int to) {
        return to - from == 1 ? s.charAt(from) << 16 : s.charAt(from) << 16 | s.charAt(from + 1);
    }

    private int slot(long key) {
        int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (table[2 * h] != 0 && table[2 * h] != key) {
            h = (h + 1) & mask;
        }
        return h;
    }

    private static final int BLOCK_START_BITS = 20;
    private static final int BLOCK_LENGTH_BITS = 11;
    private static final long NGRAM = 1L << 31;

    private static int block(boolean ngram, int start, int length) {
        return (ngram ? (int) NGRAM : 0) | length << BLOCK_START_BITS | start;
    }

    private static int historySlot(long[] hs, int mask, long key) {
        int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (hs[2 * h] != 0 && hs[2 * h] != key) {
            h = (h + 1) & mask;
        }
        return h;
    }

    /** What the history table holds for {@code history} (0 when it holds nothing); the empty history's block. */
    private long history(long history) {
        if (history == 0) {
            return unigrams;
        }
        return histories[2 * historySlot(histories, historyMask, history) + 1];
    }

    /** Where unit {@code g + 1} lies in the block of {@code entry}, or -1. */
    private int inBlock(long entry, int unit) {
        int lo = (int) entry & ((1 << BLOCK_START_BITS) - 1);
        int hi = lo + ((int) (entry >>> BLOCK_START_BITS) & ((1 << BLOCK_LENGTH_BITS) - 1)) - 1;
        final char[] units = blockUnits;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int u = units[mid];
            if (u < unit) {
                lo = mid + 1;
            } else if (u > unit) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private boolean found(int slot) {
        return table[2 * slot] != 0;
    }

    private float logProbAt(int slot) {
        return Float.intBitsToFloat((int) (table[2 * slot + 1] >>> 32));
    }

    private float backoffAt(int slot) {
        return Float.intBitsToFloat((int) table[2 * slot + 1]);
    }

    /** The shipped model (loaded once). */
    public static GraphoneModel standard() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final GraphoneModel INSTANCE = load();

        private static GraphoneModel load() {
            try (java.io.InputStream in = GraphoneModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + " (rebuild: marsad train translit)");
                }
                return GraphoneModelCodec.read(in, RESOURCE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    public int order() {
        return order;
    }

    public String provenance() {
        return provenance;
    }

    public int ngramCount() {
        return countKeys();
    }

    public int graphoneCount() {
        return arabic.length;
    }

    String arabic(int id) {
        return arabic[id];
    }

    String latin(int id) {
        return latin[id];
    }

    /** Natural-log probability of graphone {@code g} after the packed history {@code history}. */
    double logProb(long history, int g) {
        long h = history;
        double bo = 0;
        while (true) {
            int s = slot(h << BITS | (g + 1));
            if (found(s)) {
                return bo + logProbAt(s);
            }
            if (h == 0) {
                return bo + unknownLogProb;
            }
            int c = slot(h);
            if (found(c)) {
                bo += backoffAt(c);
            }
            int top = (63 - Long.numberOfLeadingZeros(h)) / BITS;
            h &= (1L << (BITS * top)) - 1;
        }
    }

    /**
     * The Latin spelling (lower case) of a folded Arabic word ({@link ArabicWord#fold}), or null when a
     * letter of it is not in the model.
     */
    @Override
    public String toLatin(CharSequence word) {
        int n = word.length();
        if (n == 0) {
            return null;
        }
        long histMask = order == 1 ? 0 : (1L << (BITS * (order - 1))) - 1;
        // hypotheses ending at position i live in slots [i*BEAM, i*BEAM+size[i])
        long[] hist = new long[(n + 1) * BEAM];
        double[] score = new double[(n + 1) * BEAM];
        int[] back = new int[(n + 1) * BEAM];
        int[] unit = new int[(n + 1) * BEAM];
        int[] size = new int[n + 1];
        hist[0] = order == 1 ? 0 : (BOS + 1);
        back[0] = -1;
        unit[0] = BOS;
        size[0] = 1;
        // the contexts of each hypothesis at i (their entries in the history table), found once for every
        // length of the next unit
        long[] ctx = new long[BEAM * MAX_ORDER];
        double[] cum = new double[BEAM * MAX_ORDER];
        int[] levels = new int[BEAM];
        for (int i = 0; i < n; i++) {
            boolean found = false;
            for (int len = 1; len <= maxArabic && i + len <= n; len++) {
                int k = Arrays.binarySearch(arabicKeys, arabicKey(word, i, i + len));
                if (k < 0) {
                    continue;
                }
                if (!found) {
                    for (int b = 0; b < size[i]; b++) {
                        levels[b] = contexts(hist[i * BEAM + b], ctx, cum, b * MAX_ORDER);
                    }
                    found = true;
                }
                int[] units = byArabic[k];
                int to = i + len;
                for (int h = i * BEAM, end = i * BEAM + size[i]; h < end; h++) {
                    int b = h - i * BEAM;
                    for (int g : units) {
                        double s = score[h] + logProb(ctx, cum, b * MAX_ORDER, levels[b], g);
                        long nh = (hist[h] << BITS | (g + 1)) & histMask;
                        add(to, nh, s, h, g, hist, score, back, unit, size);
                    }
                }
            }
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int h = n * BEAM, end = n * BEAM + size[n]; h < end; h++) {
            int down = contexts(hist[h], ctx, cum, 0);
            double s = score[h] + logProb(ctx, cum, 0, down, EOS);
            if (s > bestScore) {
                bestScore = s;
                best = h;
            }
        }
        if (best < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder(n + 4);
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (int h = best; back[h] >= 0; h = back[h]) {
            parts.push(latin[unit[h]]);
        }
        for (String p : parts) {
            sb.append(p);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /**
     * The history and its shorter suffixes in {@code ctx}, and in {@code cum} the backoff weight summed on
     * the way down to each; returns how many.
     */
    private int contexts(long history, long[] ctx, double[] cum, int at) {
        long h = history;
        double bo = 0;
        int k = 0;
        while (true) {
            long entry = history(h);
            ctx[at + k] = entry;
            cum[at + k] = bo;
            k++;
            if (h == 0) {
                return k;
            }
            if ((entry & NGRAM) != 0) {
                bo += Float.intBitsToFloat((int) (entry >>> 32));
            }
            int top = (63 - Long.numberOfLeadingZeros(h)) / BITS;
            h &= (1L << (BITS * top)) - 1;
        }
    }

    /** {@link #logProb(long, int)} of {@code g} after the history whose {@link #contexts} start at {@code at}. */
    private double logProb(long[] ctx, double[] cum, int at, int levels, int g) {
        for (int k = at; k < at + levels; k++) {
            int u = inBlock(ctx[k], g + 1);
            if (u >= 0) {
                return cum[k] + blockLogProb[u];
            }
        }
        return cum[at + levels - 1] + unknownLogProb;
    }

    private static void add(int pos, long nh, double s, int from, int g, long[] hist, double[] score, int[] back,
                            int[] unit, int[] size) {
        int base = pos * BEAM;
        int worst = -1;
        for (int h = base, end = base + size[pos]; h < end; h++) {
            if (hist[h] == nh) {
                if (s > score[h]) {
                    score[h] = s;
                    back[h] = from;
                    unit[h] = g;
                }
                return;
            }
            if (worst < 0 || score[h] < score[worst]) {
                worst = h;
            }
        }
        int at;
        if (size[pos] < BEAM) {
            at = base + size[pos]++;
        } else if (s > score[worst]) {
            at = worst;
        } else {
            return;
        }
        hist[at] = nh;
        score[at] = s;
        back[at] = from;
        unit[at] = g;
    }

    /** Entries for the codec, in slot order with keys sorted. */
    long[] sortedKeys() {
        long[] out = new long[countKeys()];
        int n = 0;
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != 0) {
                out[n++] = table[i];
            }
        }
        Arrays.sort(out);
        return out;
    }

    private int countKeys() {
        int n = 0;
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != 0) {
                n++;
            }
        }
        return n;
    }

    float logProbOf(long key) {
        return logProbAt(slot(key));
    }

    float backoffOf(long key) {
        return backoffAt(slot(key));
    }

    float unknownLogProb() {
        return unknownLogProb;
    }
}
