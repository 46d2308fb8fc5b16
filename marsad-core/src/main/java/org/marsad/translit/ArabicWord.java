package org.marsad.translit;

import org.marsad.text.ArabicNormalizer;

/**
 * The spelling of an Arabic word the transliteration model reads: diacritics and tatweel off, hamza
 * carriers folded to their letter (أ إ آ → ا, ؤ → و, ئ → ي), ة and ى kept because they tell the final vowel.
 */
public final class ArabicWord {
    private ArabicWord() {
    }

    public static String fold(CharSequence s) {
        return fold(s, 0, s.length());
    }

    /** {@link #fold(CharSequence)} of {@code s[from, to)}, without cutting it out first. */
    public static String fold(CharSequence s, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char f = fold(s.charAt(i));
            if (f != ArabicNormalizer.DROP) {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /** One char as {@link #fold(CharSequence)} spells it, or {@link ArabicNormalizer#DROP} when it is left out. */
    public static char fold(char c) {
        if (c == 'ة' || c == 'ى') {
            return c;
        }
        if (c == 'ئ' || c == 'ؤ' || c == 'أ' || c == 'إ' || c == 'آ') {
            return c == 'ؤ' ? 'و' : c == 'ئ' ? 'ي' : 'ا';
        }
        return ArabicNormalizer.fold(c);
    }

    /** Latin spelling as the model learns it: lower case, accents off; null when other characters remain. */
    public static String latinKey(CharSequence s) {
        return latin(s, true);
    }

    /** Lower case, accents off, anything but a–z dropped (for comparing system output to references). */
    public static String latinKeyOrEmpty(CharSequence s) {
        return latin(s, false);
    }

    private static String latin(CharSequence s, boolean strict) {
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = Character.toLowerCase(d.charAt(i));
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            } else if (strict && Character.getType(c) != Character.NON_SPACING_MARK) {
                return null;
            }
        }
        return strict && sb.isEmpty() ? null : sb.toString();
    }
}
