package org.marsad.ner;

import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Chars;

/**
 * The word forms features are computed from: the normalized, lower-cased form and a coarse shape
 * (stems come from {@link NerStems}). The same code runs on ANERcorp tokens at training time and on
 * {@link org.marsad.text.Tokenizer} tokens at run time.
 */
public final class WordForms {
    private WordForms() {
    }

    /** Normalized ({@link ArabicNormalizer}) and lower-cased form of {@code s[from, to)}. */
    public static String normalize(CharSequence s, int from, int to) {
        char[] buf = new char[3 * (to - from)];
        return new String(buf, 0, normalize(s, from, to, buf));
    }

    /**
     * Normalized, lower-cased form of {@code s[from, to)} written to {@code out} (capacity at least
     * {@code 3 * (to - from)}); returns its length. Allocation-free twin of {@link #normalize}.
     */
    public static int normalize(CharSequence s, int from, int to, char[] out) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            char f = ArabicNormalizer.fold(c);
            if (f == ArabicNormalizer.DROP) {
                continue;
            }
            if (c >= 0xFB50 && c <= 0xFEFC) {
                // presentation forms may unfold into several letters: take the general path
                String w = ArabicNormalizer.normalize(s.subSequence(i, i + 1));
                for (int k = 0; k < w.length(); k++) {
                    out[n++] = lower(w.charAt(k));
                }
                continue;
            }
            out[n++] = lower(f);
        }
        return n;
    }

    private static char lower(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return c > 127 && Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
    }

    public static String normalize(CharSequence s) {
        return normalize(s, 0, s.length());
    }

    /**
     * Coarse shape class: Arabic word, Latin with case pattern, digits, punctuation, or mixed. Small
     * ints so features stay cheap.
     */
    public static int shape(CharSequence s, int from, int to) {
        boolean arabic = false;
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        boolean firstUpper = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Chars.isArabicLetter(c)) {
                arabic = true;
            } else if (ArabicNormalizer.isDropped(c) || Chars.isArabicWordMark(c)) {
                continue;
            } else if (Chars.isDigit(c)) {
                digit = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
                if (i == from) {
                    firstUpper = true;
                }
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else {
                other = true;
            }
        }
        if (arabic) {
            return digit || upper || lower ? 1 : other ? 2 : 0;
        }
        if (upper || lower) {
            if (digit) {
                return 3;
            }
            if (other) {
                return 11;
            }
            if (upper && !lower) {
                return 4; // CNN, RT
            }
            return firstUpper ? 5 : 6;
        }
        if (digit) {
            return other ? 7 : 8;
        }
        return to - from == 1 ? 9 : 10;
    }
}
