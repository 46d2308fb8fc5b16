package org.marsad.index.analysis;

import org.marsad.text.ArabicNormalizer;

/**
 * Marsad's morphology as the search stemmer: {@link org.marsad.morph.LightStemmer} removes clitics and
 * the article with a trained segmenter (so {@code وزير} keeps its و and {@code وأمريكا} loses it), and
 * a plural ending only where news attests the shorter form. Non-Arabic tokens pass through.
 */
public final class MorphStemmer implements SearchStemmer {
    private final org.marsad.morph.LightStemmer stemmer;

    public MorphStemmer() {
        this(org.marsad.morph.LightStemmer.standard());
    }

    public MorphStemmer(org.marsad.morph.LightStemmer stemmer) {
        this.stemmer = stemmer;
    }

    @Override
    public boolean normalizes() {
        return true;
    }

    @Override
    public int stem(char[] word, int len, char[] alt, int[] altLen) {
        altLen[0] = 0;
        if (len == 0 || word[0] < '\u0621' || word[0] > '\u06FF') {
            return ArabicNormalizer.normalize(word, len);
        }
        return stemmer.stem(word, len);
    }
}
