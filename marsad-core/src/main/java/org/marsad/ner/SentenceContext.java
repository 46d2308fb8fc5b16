package org.marsad.ner;

/**
 * Per-sentence working arrays the feature generator reads: word forms, their hashes, clusters,
 * gazetteer and trigger bits. Filled once per sentence so each feature is a few int operations.
 * Mutable and owned by one thread.
 */
final class SentenceContext {
    int n;
    /** Memory of word types across sentences and documents (a tagging thread's), or null. */
    final TokenTypes types;
    /**
     * Per token, its record in {@link #types}, or -1 when it is not kept there. A kept token's role features
     * are scored in its record: its {@link #affix}, {@link #cliticH}, {@link #wordIdx} and {@link #stemIdx},
     * which only they read, may be 0.
     */
    int[] typeSlot = new int[0];
    /** Per token, its {@link TokenTypes#hash} (with {@link #types} only). */
    int[] typeHash = new int[0];
    final org.marsad.morph.Segmentation segmentation = new org.marsad.morph.Segmentation();
    /** Normalized form of the token being prepared. */
    char[] chars = new char[64];
    /** Length of the normalized word and of its stem. */
    int[] length = new int[0];
    /** Hashes of stem prefixes 1-3 and word suffixes 1-4 (0 when the word is shorter). */
    int[][] affix = new int[7][0];
    int[] wordH = new int[0];
    int[] stemH = new int[0];
    int[] cliticH = new int[0];
    int[] stemStart = new int[0];
    int[] shape = new int[0];
    int[] wordIdx = new int[0];
    int[] stemIdx = new int[0];
    /** Cluster at level 1 of the word, or of its stem when the word has none (0 with fewer levels). */
    int[] cluster1 = new int[0];
    /** Gazetteer entry ({@link NerLexicon#phraseTypes}) of the word alone, and of its stem alone when it has a clitic. */
    int[] wordPhrase = new int[0];
    int[] stemPhrase = new int[0];
    static final int GAZ_START = 8;
    static final int GAZ_INSIDE = 16;
    /**
     * Gazetteer bits: bits 0-7 single-token match, {@link #GAZ_START}+ start and {@link #GAZ_INSIDE}+
     * inside of the longest phrase match; in each byte bits 0-3 are curated types, 4-7 learned ones.
     */
    int[] gaz = new int[0];
    int[] trig = new int[0];
    /** Short quoted stretch («…», "…", “…”) the token is in: length (1-6) × 4 + position (1 first, 2 inside, 3 last); 0 outside. */
    int[] quote = new int[0];
    /** Entity-type bits the first pass gave this word form elsewhere in the document (0 without a first pass). */
    int[] doc = new int[0];

    SentenceContext() {
        this(null);
    }

    SentenceContext(TokenTypes types) {
        this.types = types;
    }

    void ensure(int size) {
        if (wordH.length < size) {
            int cap = Math.max(size, wordH.length * 2);
            length = new int[cap];
            affix = new int[7][cap];
            wordH = new int[cap];
            stemH = new int[cap];
            cliticH = new int[cap];
            stemStart = new int[cap];
            shape = new int[cap];
            wordIdx = new int[cap];
            stemIdx = new int[cap];
            cluster1 = new int[cap];
            wordPhrase = new int[cap];
            stemPhrase = new int[cap];
            gaz = new int[cap];
            trig = new int[cap];
            quote = new int[cap];
            doc = new int[cap];
            typeSlot = new int[cap];
            typeHash = new int[cap];
        }
        n = size;
    }
}
