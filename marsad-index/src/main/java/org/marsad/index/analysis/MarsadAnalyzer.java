package org.marsad.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * The one analyzer of Marsad's archive, used both to index and to parse queries: Marsad's tokenizer,
 * its {@link org.marsad.text.ArabicNormalizer}, Latin folding, and Marsad's morphology
 * ({@link MorphStemmer}: clitics and article off by a trained segmenter, no over-stemming). The
 * lexicon-free {@link LightStemmer} can stand in for it.
 */
public final class MarsadAnalyzer extends Analyzer {
    /** Gap between the values of a multi-valued field, so a phrase never spans two names. */
    private static final int VALUE_GAP = 100;

    private final SearchStemmer stemmer;

    public MarsadAnalyzer() {
        this(new MorphStemmer());
    }

    public MarsadAnalyzer(SearchStemmer stemmer) {
        this.stemmer = stemmer;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        MarsadTokenizer source = new MarsadTokenizer();
        TokenStream sink = new ArabicSearchFilter(source, stemmer);
        return new TokenStreamComponents(source, sink);
    }

    /** Prefix terms of a query ({@code امري*}) are normalized but not stemmed. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicSearchFilter(in, null);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }

    @Override
    public int getOffsetGap(String fieldName) {
        return 1;
    }
}
