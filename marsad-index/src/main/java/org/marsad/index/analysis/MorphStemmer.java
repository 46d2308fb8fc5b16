package org.marsad.index.analysis;

import org.marsad.text.ArabicNormalizer;

/**
 * Marsad's morphology as the search stemmer: {@link org.marsad.morph.LightStemmer} removes clitics and
 * the article with a trained segmenter (so {@code وزير} keeps its و and {@code وأمريكا} loses it), and
 * a plural ending only where news attests the shorter form. A word ending in ه is also read with a
 * ta marbuta, since writers often drop its dots. Non-Arabic tokens are only normalized.
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
        if (word[len - 1] == ArabicNormalizer.HEH && len >= 3) {
            // a final ه is a pronoun or a ta marbuta typed without its dots (سوسه for سوسة): both readings
            System.arraycopy(word, 0, alt, 0, len);
            alt[len - 1] = ArabicNormalizer.TEH_MARBUTA;
            int a = stemmer.stem(alt, len);
            int n = stemmer.stem(word, len);
            if (a != n || !java.util.Arrays.equals(word, 0, n, alt, 0, a)) {
                altLen[0] = a;
            }
            return n;
        }
        return stemmer.stem(word, len);
    }
}
