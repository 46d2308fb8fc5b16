package org.marsad.morph;

import static org.marsad.morph.Clitics.ALEF;
import static org.marsad.morph.Clitics.LAM;

import org.marsad.text.ArabicNormalizer;

/**
 * A light stem for search and entity matching: the word without its clitics and article, normalized by
 * {@link ArabicNormalizer}, with a plural ending ({@code ات ون ين}) removed only when unlabeled news shows the
 * shorter form as a word of its own. It never cuts into a stem on the look of its letters alone:
 * {@code الولايات} → {@code ولايات} (Lucene's ArabicStemmer gives {@code ولا}), {@code وبالمسؤولين} →
 * {@code مسوول}, {@code فلسطين} → {@code فلسطين}, {@code للسلطة} → {@code سلطه}, {@code بلاده} → {@code بلاد}.
 * Immutable and thread-safe.
 */
public final class LightStemmer {
    private static final class Holder {
        static final LightStemmer STANDARD = new LightStemmer(Segmenter.standard());
    }

    private static final String[] PLURALS = {"ات", "ون", "ين"};
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final Segmenter segmenter;
    private final Lexicon words;

    public LightStemmer(Segmenter segmenter) {
        this.segmenter = segmenter;
        this.words = segmenter.model().words;
    }

    public static LightStemmer standard() {
        return Holder.STANDARD;
    }

    private static final class Scratch {
        final Segmentation seg = new Segmentation();
        final char[] a = new char[Segmentation.MAX_LETTERS + 8];
        final char[] key = new char[Segmentation.MAX_LETTERS + 8];
        final char[] tmp = new char[Segmentation.MAX_LETTERS + 8];
        final CharSlice slice = new CharSlice();
    }

    /** A reusable view of a char[] slice as a CharSequence. */
    private static final class CharSlice implements CharSequence {
        char[] buf;
        int len;

        @Override
        public int length() {
            return len;
        }

        @Override
        public char charAt(int index) {
            return buf[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(buf, start, end - start);
        }

        @Override
        public String toString() {
            return new String(buf, 0, len);
        }
    }

    /** Stems {@code buf[0, len)} in place, as Lucene token filters do; returns the new length. */
    public int stem(char[] buf, int len) {
        Scratch s = SCRATCH.get();
        s.slice.buf = buf;
        s.slice.len = len;
        int n = stemInto(s.slice, 0, len, s, s.a);
        if (n < 0) {
            return ArabicNormalizer.normalize(buf, len);
        }
        if (n > buf.length) {
            n = buf.length;
        }
        System.arraycopy(s.a, 0, buf, 0, n);
        return n;
    }

    /** The stem of {@code text[start, end)} (allocates the result). */
    public String stem(CharSequence text, int start, int end) {
        Scratch s = SCRATCH.get();
        int n = stemInto(text, start, end, s, s.a);
        if (n < 0) {
            return ArabicNormalizer.normalize(text, start, end, new StringBuilder(end - start)).toString();
        }
        return new String(s.a, 0, n);
    }

    public String stem(CharSequence word) {
        return stem(word, 0, word.length());
    }

    /** Writes the normalized stem into {@code out}; -1 when the word is not an Arabic word. */
    private int stemInto(CharSequence text, int start, int end, Scratch s, char[] out) {
        Segmentation seg = segmenter.segment(text, start, end, s.seg);
        // folded letters of the stem, the segmenter's alphabet (ة and ى kept)
        char[] k = s.key;
        int n = 0;
        for (int i = seg.stemStart(); i < seg.stemEnd(); i++) {
            char f = Clitics.fold(text.charAt(i));
            if (f == 0) {
                return -1;
            }
            if (f != ArabicNormalizer.DROP && n < k.length - 2) {
                k[n++] = f;
            }
        }
        if (n == 0) {
            return -1;
        }
        int from = 0;
        if (seg.articleElided() && n > 2) {
            from = 1; // لسلطة: the ل is the article's
        } else if (n >= 4 && k[0] == ALEF && k[1] == LAM && !(n == 4 && k[2] == LAM && k[3] == Clitics.HEH)) {
            from = 2; // the article, kept on words it would leave with one letter, and on الله
        }
        if (seg.size() > seg.stemIndex() + 1) {
            n = restoreFinal(k, from, n);
        }
        int len = n - from;
        for (String p : PLURALS) {
            if (len >= 5 && k[n - 2] == p.charAt(0) && k[n - 1] == p.charAt(1) && attested(k, from, n - 2, n, s.tmp)) {
                n -= 2;
                len -= 2;
                break;
            }
        }
        int w = 0;
        for (int i = from; i < n; i++) {
            out[w++] = ArabicNormalizer.fold(k[i]);
        }
        return w;
    }

    /** A stem before a pronoun takes its free spelling back: رئيست → رئيسة, قتلو → قتلوا. */
    private int restoreFinal(char[] k, int from, int n) {
        if (n - from < 2) {
            return n;
        }
        char last = k[n - 1];
        int direct = words.get(k, from, n - from, 0);
        if (last == Clitics.TEH) {
            k[n - 1] = Clitics.TEH_MARBUTA;
            if (words.get(k, from, n - from, 0) <= direct) {
                k[n - 1] = last;
            }
        } else if (last == Clitics.WAW && n < k.length) {
            k[n] = ALEF;
            if (words.get(k, from, n + 1 - from, 0) > direct) {
                return n + 1;
            }
        }
        return n;
    }

    /** Whether news shows the form without the plural ending about as often as with it. */
    private boolean attested(char[] k, int from, int cut, int n, char[] tmp) {
        int full = evidence(k, from, n, tmp);
        int bare = evidence(k, from, cut, tmp);
        return bare > 0 && bare * 4 >= full;
    }

    /** How often the form occurs in news, bare or with the article. */
    private int evidence(char[] k, int from, int to, char[] tmp) {
        int len = to - from;
        tmp[0] = ALEF;
        tmp[1] = LAM;
        System.arraycopy(k, from, tmp, 2, len);
        return words.get(k, from, len, 0) + words.get(tmp, 0, len + 2, 0);
    }
}
