package org.marsad.morph;

import static org.marsad.morph.Clitics.ALEF;
import static org.marsad.morph.Clitics.LAM;

import org.marsad.text.ArabicNormalizer;

/**
 * A light stem for search and entity matching: the word without its clitics and article, normalized by
 * {@link ArabicNormalizer}, with a sound plural taken back to its singular only when unlabeled news shows that
 * singular ({@code ين ون} dropped when both plural forms and the singular occur, {@code ات} → {@code ة} when
 * the singular occurs). It never cuts into a stem on the look of its letters alone:
 * {@code الولايات} → {@code ولايه} (Lucene's ArabicStemmer gives {@code ولا}), {@code وبالمسؤولين} →
 * {@code مسوول}, {@code فلسطين} and {@code البحرين} stay whole, {@code للسلطة} → {@code سلطه},
 * {@code بلاده} → {@code بلاد}.
 * Immutable and thread-safe.
 */
public final class LightStemmer {
    private static final class Holder {
        static final LightStemmer STANDARD = new LightStemmer(Segmenter.standard());
    }

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
        if (seg.articleElided() && n + 1 < k.length) {
            // لسلطة: the ل is the article's; give it back its alef, then treat it as any article
            System.arraycopy(k, 0, k, 1, n);
            k[0] = ALEF;
            n++;
        }
        int from = 0;
        if (n >= 4 && k[0] == ALEF && k[1] == LAM && !(n == 4 && k[2] == LAM && k[3] == Clitics.HEH)) {
            from = 2; // the article, kept on words it would leave with one letter, and on الله
        }
        if (seg.size() > seg.stemIndex() + 1) {
            n = restoreFinal(k, from, n);
        }
        n = plural(k, from, n, s.tmp);
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

    /**
     * Sound plurals back to the singular when news attests it: {@code معلمين} → {@code معلم} (with
     * {@code معلمون} also seen), {@code سيارات} → {@code سيارة}; {@code البحرين} and {@code انتخابات} stay.
     */
    private int plural(char[] k, int from, int n, char[] tmp) {
        if (n - from < 5) {
            return n;
        }
        char a = k[n - 2];
        char b = k[n - 1];
        int full = evidence(k, from, n, tmp);
        if ((a == Clitics.YEH || a == Clitics.WAW) && b == Clitics.NOON) {
            int bare = evidence(k, from, n - 2, tmp);
            k[n - 2] = a == Clitics.YEH ? Clitics.WAW : Clitics.YEH;
            int other = evidence(k, from, n, tmp);
            k[n - 2] = a;
            if (bare > 0 && other > 0 && bare * 8 >= full) {
                return n - 2;
            }
        } else if (a == ALEF && b == Clitics.TEH) {
            k[n - 2] = Clitics.TEH_MARBUTA;
            int singular = evidence(k, from, n - 1, tmp);
            if (singular > 0 && singular * 8 >= full) {
                return n - 1;
            }
            k[n - 2] = a;
        }
        return n;
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
