package org.marsad.ner;

/**
 * The sentences of one document as the tagger sees them. A document is the unit of label
 * consistency: a name tagged in one sentence informs the same word in the others.
 */
interface NerDocument {
    int sentences();

    int length(int sentence);

    /** Fills {@code c} with sentence {@code s} (its word forms and lexicon lookups). */
    void prepare(NerFeatures features, SentenceContext c, int s);

    /** Sentences given as token strings (CoNLL files, training data). */
    static NerDocument of(java.util.List<? extends CharSequence[]> sentences) {
        return new NerDocument() {
            @Override
            public int sentences() {
                return sentences.size();
            }

            @Override
            public int length(int s) {
                return sentences.get(s).length;
            }

            @Override
            public void prepare(NerFeatures features, SentenceContext c, int s) {
                CharSequence[] t = sentences.get(s);
                features.prepare(c, t, 0, t.length);
            }
        };
    }
}
