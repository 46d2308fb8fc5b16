package org.marsad.index.analysis;

import static org.marsad.text.ArabicNormalizer.ALEF;
import static org.marsad.text.ArabicNormalizer.HEH;
import static org.marsad.text.ArabicNormalizer.WAW;
import static org.marsad.text.ArabicNormalizer.YEH;

/**
 * A lexicon-free alternative to {@link MorphStemmer}. A deliberately light Arabic stemmer over normalized text (alef forms folded, ta marbuta as heh,
 * alef maqsura as yeh): strips the article with its attached particles and at most one suffix, and
 * never leaves a stem shorter than three letters, so {@code الولايات} and {@code ولاية} meet at
 * {@code ولاي} instead of collapsing to {@code ولا}. A one-letter proclitic cannot be told from a
 * root letter without a lexicon ({@code وأمريكا} vs {@code وزير}), so both readings are returned and
 * the analyzer indexes them at one position.
 */
public final class LightStemmer implements SearchStemmer {
    private static final char BEH = '\u0628';
    private static final char FEH = '\u0641';
    private static final char KAF = '\u0643';
    private static final char LAM = '\u0644';
    private static final char TEH = '\u062A';
    private static final char NOON = '\u0646';
    private static final char MEEM = '\u0645';

    /** Article forms, longest first. */
    private static final char[][] ARTICLES = {
        {WAW, ALEF, LAM}, {BEH, ALEF, LAM}, {KAF, ALEF, LAM}, {FEH, ALEF, LAM}, {LAM, LAM}, {ALEF, LAM},
    };

    /**
     * Suffixes with the shortest stem each may leave; longest first, only one is removed. A yeh may be
     * the nisba ending or a root letter, so endings with it need a longer stem ({@code ولاية} keeps
     * {@code ولاي}, {@code عربية} and {@code عربي} meet at {@code عربي}).
     */
    private static final char[][] SUFFIXES = {
        {HEH, MEEM, ALEF}, {KAF, MEEM, ALEF},
        {YEH, YEH, NOON}, {YEH, WAW, NOON}, {YEH, ALEF, TEH},
        {ALEF, TEH}, {YEH, HEH}, {HEH, ALEF}, {HEH, MEEM}, {KAF, MEEM}, {NOON, ALEF},
        {WAW, NOON}, {YEH, NOON}, {ALEF, NOON},
        {HEH}, {YEH},
    };
    private static final int[] SUFFIX_MIN_STEM = {
        3, 3,
        4, 4, 4,
        3, 4, 3, 3, 3, 3,
        4, 4, 4,
        3, 4,
    };
    private static final int MIN_STEM = 3;

    @Override
    public int stem(char[] word, int len, char[] alt, int[] altLen) {
        altLen[0] = 0;
        if (len > MIN_STEM && isProclitic(word[0]) && !startsWithArticle(word, len)) {
            System.arraycopy(word, 1, alt, 0, len - 1);
            int n = stemOne(alt, len - 1);
            altLen[0] = n;
        }
        int n = stemOne(word, len);
        if (altLen[0] == n && java.util.Arrays.equals(word, 0, n, alt, 0, n)) {
            altLen[0] = 0;
        }
        return n;
    }

    /** One reading: article off, then one suffix off. */
    public static int stemOne(char[] w, int len) {
        if (!isArabic(w, len)) {
            return len;
        }
        int n = len;
        for (char[] a : ARTICLES) {
            if (n - a.length >= MIN_STEM && startsWith(w, n, a)) {
                System.arraycopy(w, a.length, w, 0, n - a.length);
                n -= a.length;
                break;
            }
        }
        return stripSuffix(w, n);
    }

    /** Removes at most one suffix of a normalized word with no proclitics left, keeping three letters or more. */
    public static int stripSuffix(char[] w, int len) {
        if (!isArabic(w, len)) {
            return len;
        }
        int n = len;
        for (int i = 0; i < SUFFIXES.length; i++) {
            char[] s = SUFFIXES[i];
            if (n - s.length >= SUFFIX_MIN_STEM[i] && endsWith(w, n, s)) {
                n -= s.length;
                break;
            }
        }
        return n;
    }

    private static boolean startsWithArticle(char[] w, int len) {
        for (char[] a : ARTICLES) {
            if (startsWith(w, len, a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProclitic(char c) {
        return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF;
    }

    private static boolean isArabic(char[] w, int len) {
        return len > 0 && w[0] >= '\u0621' && w[0] <= '\u064A';
    }

    private static boolean startsWith(char[] w, int len, char[] p) {
        if (len < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (w[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(char[] w, int len, char[] s) {
        if (len < s.length) {
            return false;
        }
        for (int i = 0; i < s.length; i++) {
            if (w[len - s.length + i] != s[i]) {
                return false;
            }
        }
        return true;
    }
}
