package org.marsad.ner;

import org.marsad.model.EntityType;

/**
 * The feature generator: turns a sentence into, for each token, a list of 32-bit feature hashes
 * (template id mixed with a value). The same generator serves training and tagging; the model maps
 * hashes it knows to weight rows and ignores the rest. Immutable and thread-safe.
 */
public final class NerFeatures {
    /** Bump when features change: a model records the version it was trained with. */
    public static final int VERSION = 4;
    static final int MAX_FEATURES = 96;

    private static final int BOS = Hashing.chars("<s>");
    private static final int EOS = Hashing.chars("</s>");
    private static final int[] QUOTE_OPEN = {Hashing.chars("«"), Hashing.chars("\""), Hashing.chars("“")};
    private static final int[] QUOTE_CLOSE = {Hashing.chars("»"), Hashing.chars("\""), Hashing.chars("”")};
    private static final int MAX_QUOTED = 6;

    private final NerLexicon lexicon;
    private final NerStems stems = NerStems.standard();
    private final TriggerWords triggers = new TriggerWords(stems);

    public NerFeatures(NerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    NerStems stems() {
        return stems;
    }

    public NerLexicon lexicon() {
        return lexicon;
    }

    /** Fills {@code c} for tokens given as raw strings (the tokens are not changed). */
    void prepare(SentenceContext c, CharSequence[] tokens, int from, int to) {
        c.ensure(to - from);
        for (int i = from; i < to; i++) {
            CharSequence t = tokens[i];
            setToken(c, i - from, t, 0, t.length());
            c.typeSlot[i - from] = -1;
        }
        finish(c);
    }

    /**
     * Fills {@code c} for tokens {@code [from, to)} of a token sequence; a word type {@code c.types} holds is
     * copied from there, and one it does not is computed and kept there ({@code c.typeSlot}: where, or -1).
     */
    void prepare(SentenceContext c, org.marsad.text.TokenSequence ts, int from, int to) {
        c.ensure(to - from);
        String text = ts.source();
        TokenTypes types = c.types;
        if (types != null) {
            types.nextSentence();
            for (int i = from; i < to; i++) {
                c.typeHash[i - from] = TokenTypes.hash(text, ts.start(i), ts.end(i));
            }
            types.warm(c.typeHash, to - from);
        }
        for (int i = from; i < to; i++) {
            int start = ts.start(i);
            int end = ts.end(i);
            int j = i - from;
            if (types == null) {
                setToken(c, j, text, start, end);
                c.typeSlot[j] = -1;
                continue;
            }
            int slot = types.find(c.typeHash[j], text, start, end);
            if (slot >= 0) {
                types.copyTo(slot, c, j);
            } else {
                setToken(c, j, text, start, end);
                slot = types.store(text, start, end, c, j);
            }
            c.typeSlot[j] = slot;
        }
        finish(c);
    }

    private void setToken(SentenceContext c, int i, CharSequence text, int start, int end) {
        if (c.chars.length < 3 * (end - start)) {
            c.chars = new char[3 * (end - start)];
        }
        char[] w = c.chars;
        int len = WordForms.normalize(text, start, end, w);
        int wordH = Hashing.chars(w, 0, len);
        c.wordH[i] = wordH;
        c.length[i] = len;
        int p = stems.stemStart(text, start, end, w, len, c.segmentation);
        c.stemStart[i] = p;
        c.stemH[i] = p == 0 ? wordH : Hashing.chars(w, p, len);
        c.cliticH[i] = p == 0 ? 0 : Hashing.chars(w, 0, p);
        for (int a = 1; a <= 3; a++) {
            c.affix[a - 1][i] = p + a <= len ? Hashing.chars(w, p, p + a) : 0;
        }
        for (int a = 1; a <= 4; a++) {
            c.affix[2 + a][i] = a <= len - p ? Hashing.chars(w, len - a, len) : 0;
        }
        c.shape[i] = WordForms.shape(text, start, end);
        c.wordIdx[i] = lexicon.wordIndex(wordH);
        c.stemIdx[i] = p == 0 ? c.wordIdx[i] : lexicon.wordIndex(c.stemH[i]);
        c.trig[i] = triggers.classesOf(c.stemH[i]);
        c.cluster1[i] = lexicon.levels() > 1 ? lexicon.cluster(c.wordIdx[i] >= 0 ? c.wordIdx[i] : c.stemIdx[i], 1) : 0;
        c.wordPhrase[i] = lexicon.phraseTypes(wordH);
        c.stemPhrase[i] = p == 0 ? 0 : lexicon.phraseTypes(c.stemH[i]);
        c.gaz[i] = 0;
        c.doc[i] = 0;
    }

    private void finish(SentenceContext c) {
        markQuotes(c);
        int max = lexicon.maxPhraseTokens();
        if (max == 0) {
            return;
        }
        for (int i = 0; i < c.n; i++) {
            // the first word may carry a proclitic (وفرنسا); later words are matched as written
            for (int first = 0; first < 2; first++) {
                int h = first == 0 ? c.wordH[i] : c.stemH[i];
                if (first == 1 && c.stemStart[i] == 0) {
                    break;
                }
                int longest = 0;
                int longestTypes = 0;
                for (int len = 1; len <= max && i + len <= c.n; len++) {
                    if (len > 1) {
                        h = NerLexicon.extendPhrase(h, c.wordH[i + len - 1]);
                    }
                    int found = len > 1 ? lexicon.phraseTypes(h) : first == 0 ? c.wordPhrase[i] : c.stemPhrase[i];
                    if (found == 0) {
                        break;
                    }
                    int types = found & NerLexicon.TYPE_BITS;
                    if (types != 0) {
                        if (len == 1) {
                            c.gaz[i] |= types;
                        }
                        longest = len;
                        longestTypes = types;
                    }
                }
                if (longest > 0) {
                    c.gaz[i] |= longestTypes << SentenceContext.GAZ_START;
                    for (int k = i + 1; k < i + longest; k++) {
                        c.gaz[k] |= longestTypes << SentenceContext.GAZ_INSIDE;
                    }
                }
            }
        }
    }

    /** Short quoted stretches name works, programmes and organizations more often than not. */
    private static void markQuotes(SentenceContext c) {
        java.util.Arrays.fill(c.quote, 0, c.n, 0);
        for (int i = 0; i < c.n; i++) {
            for (int q = 0; q < QUOTE_OPEN.length; q++) {
                if (c.wordH[i] != QUOTE_OPEN[q]) {
                    continue;
                }
                int j = i + 1;
                while (j < c.n && j - i - 1 <= MAX_QUOTED && c.wordH[j] != QUOTE_CLOSE[q]) {
                    j++;
                }
                int len = j - i - 1;
                if (j < c.n && len >= 1 && len <= MAX_QUOTED) {
                    for (int k = i + 1; k < j; k++) {
                        int pos = k == i + 1 ? 1 : k == j - 1 ? 3 : 2;
                        c.quote[k] = len * 4 + pos;
                    }
                    i = j;
                }
                break;
            }
        }
    }

    /** The word whose features a role gives: the token itself, or the neighbour this many tokens away. */
    static final int OWN = 0;
    static final int PREVIOUS = 1;
    static final int SECOND_PREVIOUS = 2;
    static final int NEXT = 3;
    static final int SECOND_NEXT = 4;
    static final int ROLES = 5;
    private static final int[] ROLE_OFFSET = {0, -1, -2, 1, 2};

    /** Writes the feature hashes of token {@code i} into {@code out}; returns how many. */
    int features(SentenceContext c, int i, int[] out) {
        int k = 0;
        for (int role = 0; role < ROLES; role++) {
            k = roleFeatures(role, c, i + ROLE_OFFSET[role], out, k);
        }
        return pairFeatures(c, i, out, k);
    }

    /** Token {@code i}'s neighbour in {@code role} (may lie outside the sentence). */
    static int neighbour(int role, int i) {
        return i + ROLE_OFFSET[role];
    }

    /**
     * The features token {@code j} gives the token it is {@code role} of ({@link #OWN}: itself), written from
     * {@code out[k]}; returns the new count. They depend on nothing but {@code role} and {@code j}'s own
     * per-token values in {@code c} (those {@link #prepare} derives from its characters alone), or, for a
     * {@code j} outside the sentence, on nothing at all: a tagger may score them once per word type. A feature
     * that combines several tokens or looks at gazetteer phrases, quotes or the position belongs in
     * {@link #pairFeatures}.
     */
    int roleFeatures(int role, SentenceContext c, int j, int[] out, int k) {
        boolean in = j >= 0 && j < c.n;
        int levels = lexicon.levels();
        switch (role) {
            case OWN -> {
                out[k++] = 1;
                out[k++] = f(2, c.wordH[j]);
                out[k++] = f(7, c.stemH[j]);
                out[k++] = f(8, c.cliticH[j]);
                int len = c.length[j] - c.stemStart[j];
                for (int a = 1; a <= 3 && a <= len; a++) {
                    out[k++] = f(10 + a, c.affix[a - 1][j]);
                }
                for (int a = 1; a <= 4 && a <= len; a++) {
                    out[k++] = f(14 + a, c.affix[2 + a][j]);
                }
                out[k++] = f(19, c.shape[j]);
                out[k++] = f(24, Math.min(len, 10));
                // word clusters: the word at every level, falling back to its stem; the stem's own too
                int wi = c.wordIdx[j] >= 0 ? c.wordIdx[j] : c.stemIdx[j];
                for (int l = 0; l < levels; l++) {
                    out[k++] = Hashing.combine(30 + l, lexicon.cluster(wi, l));
                }
                if (c.stemIdx[j] != c.wordIdx[j]) {
                    for (int l = 0; l < levels; l++) {
                        out[k++] = Hashing.combine(36 + l, lexicon.cluster(c.stemIdx[j], l));
                    }
                }
                out[k++] = f(64, c.trig[j]);
            }
            case PREVIOUS -> {
                out[k++] = f(3, in ? c.wordH[j] : BOS);
                out[k++] = f(9, in ? c.stemH[j] : BOS);
                for (int l = 1; l < levels; l += 2) {
                    out[k++] = Hashing.combine(42 + l, in ? clusterOf(c, j, l) : -2);
                }
                out[k++] = f(62, in ? c.trig[j] : 0);
            }
            case SECOND_PREVIOUS -> {
                out[k++] = f(5, in ? c.wordH[j] : BOS);
                if (levels > 1) {
                    out[k++] = Hashing.combine(55, in ? c.cluster1[j] : -2);
                }
                out[k++] = f(63, in ? c.trig[j] : 0);
            }
            case NEXT -> {
                out[k++] = f(4, in ? c.wordH[j] : EOS);
                out[k++] = f(10, in ? c.stemH[j] : EOS);
                for (int l = 1; l < levels; l += 2) {
                    out[k++] = Hashing.combine(48 + l, in ? clusterOf(c, j, l) : -2);
                }
                out[k++] = f(65, in ? c.trig[j] : 0);
            }
            case SECOND_NEXT -> {
                out[k++] = f(6, in ? c.wordH[j] : EOS);
                if (levels > 1) {
                    out[k++] = Hashing.combine(56, in ? c.cluster1[j] : -2);
                }
            }
            default -> throw new IllegalArgumentException("role " + role);
        }
        return k;
    }

    /** The features of token {@code i} that combine it with its neighbours or its place in the sentence, from {@code out[k]}. */
    int pairFeatures(SentenceContext c, int i, int[] out, int k) {
        int n = c.n;
        int w0 = c.wordH[i];
        int wm1 = i > 0 ? c.wordH[i - 1] : BOS;
        int wm2 = i > 1 ? c.wordH[i - 2] : BOS;
        int wp1 = i + 1 < n ? c.wordH[i + 1] : EOS;
        out[k++] = Hashing.combine(21, wm1, w0);
        out[k++] = Hashing.combine(22, w0, wp1);
        out[k++] = Hashing.combine(23, wm2, wm1);
        int sm1 = i > 0 ? c.shape[i - 1] : 15;
        int sp1 = i + 1 < n ? c.shape[i + 1] : 16;
        out[k++] = f(20, (sm1 << 10) | (c.shape[i] << 5) | sp1);
        out[k++] = f(25, i == 0 ? 1 : 0);
        if (lexicon.levels() > 1) {
            out[k++] = Hashing.combine(57, i > 0 ? c.cluster1[i - 1] : -2, c.cluster1[i]);
        }
        if (c.quote[i] != 0) {
            out[k++] = f(80, c.quote[i]);
            out[k++] = Hashing.combine(81, c.quote[i] & 3, c.shape[i]);
        }
        // gazetteer and triggers
        int g = c.gaz[i];
        while (g != 0) {
            int bit = Integer.numberOfTrailingZeros(g);
            g &= g - 1;
            out[k++] = f(60, bit);
        }
        if (c.gaz[i] != 0) {
            out[k++] = Hashing.combine(61, c.gaz[i], c.shape[i]);
        }
        int tm1 = i > 0 ? c.trig[i - 1] : 0;
        if (tm1 != 0) {
            out[k++] = Hashing.combine(66, tm1, c.stemH[i]);
        }
        return k;
    }

    /**
     * Features of the second pass for token {@code i}: the entity types the first pass gave the same
     * stem anywhere in the document ({@code doc}), with the first-pass tag, shape and neighbours.
     */
    static int documentFeatures(int[] doc, int[] shape, int[] firstTags, int n, int i, int[] out) {
        int k = 0;
        int d = doc[i];
        int dl = i > 0 ? doc[i - 1] : 0;
        int dr = i + 1 < n ? doc[i + 1] : 0;
        if (d != 0) {
            out[k++] = f(70, d);
            out[k++] = Hashing.combine(71, d, firstTags[i]);
            out[k++] = Hashing.combine(72, d, dl);
            out[k++] = Hashing.combine(73, d, dr);
            out[k++] = Hashing.combine(74, d, shape[i]);
            out[k++] = Hashing.combine(75, d, i > 0 ? firstTags[i - 1] : -1);
        } else if (dl != 0 || dr != 0) {
            out[k++] = Hashing.combine(76, dl, dr);
            out[k++] = Hashing.combine(77, dl, firstTags[i]);
        }
        return k;
    }

    private int clusterOf(SentenceContext c, int i, int level) {
        int wi = c.wordIdx[i] >= 0 ? c.wordIdx[i] : c.stemIdx[i];
        return lexicon.cluster(wi, level);
    }

    private static int f(int template, int value) {
        return Hashing.combine(template, value);
    }
}
