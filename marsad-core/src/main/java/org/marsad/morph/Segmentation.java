package org.marsad.morph;

/**
 * The words of one token after clitic segmentation: proclitics, the stem, enclitics, each as a span of the
 * original text (diacritics stay with the letter they sit on, so the spans tile the token exactly).
 * Mutable and reusable: one instance per thread, filled by {@link Segmenter#segment(CharSequence, int, int,
 * Segmentation)}, so segmenting a token allocates nothing. Not thread-safe.
 */
public final class Segmentation {
    /** Most words one token can split into: two proclitics, the stem, one enclitic, with room to spare. */
    public static final int MAX_WORDS = 6;
    /** Longer tokens are never split (they are not Arabic words with clitics). */
    static final int MAX_LETTERS = 40;

    private CharSequence text;
    private int size;
    private int stem;
    private boolean articleElided;
    private final int[] starts = new int[MAX_WORDS];
    private final int[] ends = new int[MAX_WORDS];

    // scratch of the segmenter: folded letters and where each sits in the text
    final char[] letters = new char[MAX_LETTERS + 4];
    final int[] at = new int[MAX_LETTERS + 1];
    final char[] key = new char[MAX_LETTERS + 4];
    final int[] cuts = new int[2];
    final SegmentFeatures.Vector features = new SegmentFeatures.Vector();
    final int[] prefixIds = new int[Clitics.PREFIXES.length];
    final int[] suffixIds = new int[Clitics.SUFFIXES.length];

    /** Number of words (at least 1 for a non-empty token). */
    public int size() {
        return size;
    }

    /** Start offset of word {@code i} in the text. */
    public int start(int i) {
        return starts[i];
    }

    /** End offset (exclusive) of word {@code i} in the text. */
    public int end(int i) {
        return ends[i];
    }

    /** Index of the stem word; words before it are proclitics, words after it enclitics. */
    public int stemIndex() {
        return stem;
    }

    public int stemStart() {
        return starts[stem];
    }

    public int stemEnd() {
        return ends[stem];
    }

    public boolean isProclitic(int i) {
        return i < stem;
    }

    public boolean isEnclitic(int i) {
        return i > stem;
    }

    /** Whether the token was split at all. */
    public boolean isSplit() {
        return size > 1;
    }

    /**
     * True when the stem lost the alef of its article to a preceding {@code ل} ({@code للسلطة} → {@code ل} +
     * {@code لسلطة}); its lemma is then written with {@code ال} restored.
     */
    public boolean articleElided() {
        return articleElided;
    }

    /** The text the words were taken from. */
    public CharSequence text() {
        return text;
    }

    /** Surface characters of word {@code i} (allocates). */
    public String word(int i) {
        return text.subSequence(starts[i], ends[i]).toString();
    }

    /**
     * The word's lemma column in CoNLL-U: the surface with diacritics and tatweel removed, and for a stem whose
     * article was elided the restored {@code ال} ({@code لسلطة} → {@code السلطة}). Allocates.
     */
    public String lemma(int i) {
        StringBuilder sb = new StringBuilder(ends[i] - starts[i] + 1);
        if (i == stem && articleElided) {
            sb.append('\u0627');
        }
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = text.charAt(k);
            if (!org.marsad.text.ArabicNormalizer.isDropped(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Writes the words as {@code و+ب+الولايات}. */
    public StringBuilder appendPlusForm(StringBuilder out) {
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append('+');
            }
            out.append(text, starts[i], ends[i]);
        }
        return out;
    }

    @Override
    public String toString() {
        return text == null ? "" : appendPlusForm(new StringBuilder()).toString();
    }

    /** Makes the whole span one word (a token that is not an Arabic word). */
    public void resetWhole(CharSequence text, int start, int end) {
        reset(text, start, end);
    }

    void reset(CharSequence text, int start, int end) {
        this.text = text;
        this.size = 1;
        this.stem = 0;
        this.articleElided = false;
        starts[0] = start;
        ends[0] = end;
    }

    /** Sets the words: {@code proclitics} one-letter words ending at {@code procliticEnds}, the stem, the rest. */
    void set(int start, int end, int proclitics, int stemStart, int stemEnd, int[] procliticEnds, boolean elided) {
        int n = 0;
        int s = start;
        for (int k = 0; k < proclitics; k++) {
            starts[n] = s;
            ends[n] = procliticEnds[k];
            s = procliticEnds[k];
            n++;
        }
        starts[n] = stemStart;
        ends[n] = stemEnd;
        stem = n;
        n++;
        if (stemEnd < end) {
            starts[n] = stemEnd;
            ends[n] = end;
            n++;
        }
        size = n;
        articleElided = elided;
    }
}
