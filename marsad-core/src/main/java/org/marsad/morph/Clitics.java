package org.marsad.morph;

import org.marsad.text.ArabicNormalizer;

/**
 * The clitic inventory of Universal Dependencies' Arabic treebanks and the letter folding the segmenter works
 * on. Folding is {@link ArabicNormalizer}'s, except that ta marbuta ({@code ة}) and alef maqsura ({@code ى})
 * are kept: they only end words, so they tell a stem from a stem plus pronoun ({@code مدرسة} is never
 * {@code مدرس+ه}); so are the alefs with madda or hamza, which no article starts: {@code بإلقاء}'s stem is
 * not {@code ال+قاء}, {@code وكآلات} is not {@code و+ك+الات}.
 */
final class Clitics {
    static final char WAW = '\u0648';
    static final char FEH = '\u0641';
    static final char BEH = '\u0628';
    static final char KAF = '\u0643';
    static final char LAM = '\u0644';
    static final char SEEN = '\u0633';
    static final char ALEF = '\u0627';
    static final char YEH = '\u064A';
    static final char NOON = '\u0646';
    static final char TEH = '\u062A';
    static final char HEH = '\u0647';
    static final char TEH_MARBUTA = '\u0629';
    static final char ALEF_MAKSURA = '\u0649';
    static final char HAMZA = '\u0621';

    /** Proclitic sequences, each letter one word: conjunction, then preposition or future particle. */
    static final String[] PREFIXES = {"", "و", "ف", "ب", "ك", "ل", "س", "وب", "وك", "ول", "وس", "فب", "فك", "فل", "فس"};
    /** Enclitic pronouns, one word each. */
    static final String[] SUFFIXES = {"", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "نا", "ني"};

    private Clitics() {
    }

    /** The folded letter, {@link ArabicNormalizer#DROP} for marks, or 0 for a character no Arabic word has. */
    static char fold(char c) {
        if (c == ArabicNormalizer.TEH_MARBUTA || c == ArabicNormalizer.ALEF_MAKSURA || c == ArabicNormalizer.ALEF_MADDA
                || c == ArabicNormalizer.ALEF_HAMZA_ABOVE || c == ArabicNormalizer.ALEF_HAMZA_BELOW) {
            return c;
        }
        char f = ArabicNormalizer.fold(c);
        if (f == ArabicNormalizer.DROP) {
            return f;
        }
        return f >= 0x0621 && f <= 0x064A ? f : 0;
    }

    /** Folds a whole word; null when it holds a character that is not an Arabic letter or mark. */
    static String fold(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = fold(s.charAt(i));
            if (f == 0) {
                return null;
            }
            if (f != ArabicNormalizer.DROP) {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /** Index of {@code p} in {@link #PREFIXES}, or -1. */
    static int prefixId(String p) {
        for (int i = 0; i < PREFIXES.length; i++) {
            if (PREFIXES[i].equals(p)) {
                return i;
            }
        }
        return -1;
    }

    static int suffixId(String s) {
        for (int i = 0; i < SUFFIXES.length; i++) {
            if (SUFFIXES[i].equals(s)) {
                return i;
            }
        }
        return -1;
    }
}
