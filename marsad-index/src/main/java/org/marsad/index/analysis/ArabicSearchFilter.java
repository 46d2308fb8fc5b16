package org.marsad.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.text.ArabicNormalizer;

/**
 * Turns a token into its search forms: Marsad's {@link ArabicNormalizer}, Latin lower-cased and
 * stripped of accents, then the {@link SearchStemmer}. When the stemmer gives a second reading
 * (a proclitic that may be a root letter), it follows at the same position, as a synonym would.
 */
public final class ArabicSearchFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final SearchStemmer stemmer;
    private char[] alt = new char[32];
    private final int[] altLen = new int[1];
    private boolean pendingAlt;
    /**
     * Forms of recent tokens: news repeats its words, and segmenting each again is most of the cost of
     * indexing. One per filter, so per thread; emptied when full.
     */
    private final CharArrayMap<Forms> cache = new CharArrayMap<>(1024, false);
    private static final int CACHE_SIZE = 50_000;

    /** With a null stemmer, only normalizes (for prefix and wildcard terms). */
    public ArabicSearchFilter(TokenStream in, SearchStemmer stemmer) {
        super(in);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingAlt) {
            pendingAlt = false;
            term.copyBuffer(alt, 0, altLen[0]);
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] b = term.buffer();
        int len = term.length();
        if (stemmer != null) {
            Forms cached = cache.get(b, 0, len);
            if (cached != null) {
                term.copyBuffer(cached.stem, 0, cached.stem.length);
                if (cached.alt != null) {
                    if (alt.length < cached.alt.length) {
                        alt = new char[cached.alt.length];
                    }
                    System.arraycopy(cached.alt, 0, alt, 0, cached.alt.length);
                    altLen[0] = cached.alt.length;
                    pendingAlt = true;
                }
                return true;
            }
        }
        String raw = stemmer == null ? null : new String(b, 0, len);
        if (stemmer == null || !stemmer.normalizes()) {
            len = ArabicNormalizer.normalize(b, len);
        }
        len = foldLatin(b, len);
        if (alt.length < len) {
            alt = new char[Math.max(len, alt.length * 2)];
        }
        if (stemmer == null) {
            term.setLength(len);
            return true;
        }
        len = stemmer.stem(b, len, alt, altLen);
        term.setLength(len);
        pendingAlt = altLen[0] > 0;
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(raw, new Forms(java.util.Arrays.copyOf(term.buffer(), len),
                pendingAlt ? java.util.Arrays.copyOf(alt, altLen[0]) : null));
        return true;
    }

    /** What a token was turned into: its stem and, if any, its second reading. */
    private record Forms(char[] stem, char[] alt) {
    }

    /** Lower-cases Latin letters and drops their accents (é → e); other characters pass unchanged. */
    static int foldLatin(char[] b, int len) {
        boolean accented = false;
        for (int i = 0; i < len; i++) {
            char c = b[i];
            if (c >= 'A' && c <= 'Z') {
                b[i] = (char) (c + 32);
            } else if (c >= 0xC0 && c <= 0x24F) {
                accented = true;
            }
        }
        if (!accented) {
            return len;
        }
        String folded = java.text.Normalizer.normalize(new String(b, 0, len), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
        int n = Math.min(folded.length(), b.length);
        folded.getChars(0, n, b, 0);
        return n;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingAlt = false;
    }
}
