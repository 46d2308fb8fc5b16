package org.marsad.index.analysis;

/**
 * Reduces a normalized search token to the forms it is indexed and searched under. Works in place
 * over a char buffer, like Lucene's stemmers; implementations are stateless and thread-safe.
 */
public interface SearchStemmer {
    /**
     * Writes the first (or only) form of {@code word[0, len)} back into {@code word} and returns its
     * length. When the word may also be read with a one-letter proclitic (و ف ب ل ك) removed, the
     * second reading is written to {@code alt} and its length stored in {@code altLen[0]}; otherwise
     * {@code altLen[0]} is 0. {@code alt} has room for {@code len} chars.
     */
    int stem(char[] word, int len, char[] alt, int[] altLen);

    /**
     * True when the stemmer reads the token as written and normalizes it itself (a segmenter needs
     * ta marbuta and hamza to tell clitics from letters); false when it expects normalized text.
     */
    default boolean normalizes() {
        return false;
    }
}
