package org.marsad.ner;

import org.marsad.morph.Segmentation;
import org.marsad.morph.Segmenter;
import org.marsad.text.ArabicNormalizer;

/**
 * Where the stem of a token starts in its normalized form: the proclitics the morphology segmenter
 * ({@link Segmenter}, UD conventions) splits off, then the article, which the segmenter leaves on its
 * noun but which NER wants gone (الجزائر and جزائر are one name). The segmenter keeps names whose
 * first letters only look like clitics whole (فيينا, بوش). Thread-safe; callers own the scratch.
 */
final class NerStems {
    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';

    private final Segmenter segmenter;

    NerStems(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    static NerStems standard() {
        return new NerStems(Segmenter.standard());
    }

    /**
     * Stem start in {@code w[0, len)}, the normalized form ({@link WordForms#normalize}) of
     * {@code text[start, end)}.
     */
    int stemStart(CharSequence text, int start, int end, char[] w, int len, Segmentation scratch) {
        if (len < 3 || !org.marsad.text.Chars.isArabicLetter(w[0])) {
            return 0;
        }
        int p = 0;
        boolean elided = false;
        // only a word starting with one of و ف ب ك ل س can carry a proclitic: skip the segmenter otherwise
        if ("\u0648\u0641\u0628\u0643\u0644\u0633".indexOf(w[0]) >= 0) {
            Segmentation s = segmenter.segment(text, start, end, scratch);
            for (int i = start; i < s.stemStart(); i++) {
                if (!ArabicNormalizer.isDropped(text.charAt(i))) {
                    p++;
                }
            }
            if (p > len) {
                return 0;
            }
            elided = s.articleElided();
        }
        if (elided && p < len && w[p] == LAM && len - p - 1 >= 2) {
            return p + 1; // ل + لسلطة: the lam of the article after the preposition
        }
        if (p + 1 < len && w[p] == ALEF && w[p + 1] == LAM && len - p - 2 >= 2) {
            return p + 2;
        }
        return p;
    }

    /** The stem of a whole token, as a normalized string. */
    String stem(CharSequence token) {
        char[] w = new char[3 * token.length() + 1];
        int len = WordForms.normalize(token, 0, token.length(), w);
        int p = stemStart(token, 0, token.length(), w, len, new Segmentation());
        return new String(w, p, len - p);
    }
}
