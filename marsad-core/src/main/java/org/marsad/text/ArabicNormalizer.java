package org.marsad.text;

/**
 * Orthographic normalization of Arabic for matching: removes diacritics, tatweel and invisible
 * controls; folds alef and hamza variants, alef maqsura, ta marbuta, Persian letters, presentation
 * forms and Arabic-Indic or Persian digits. Works over characters with no knowledge of tokens or
 * offsets, so tokenizer, tagger, entity matching and the search analyzer share one definition.
 * Never applied to reported text: offsets always point into the original.
 */
public final class ArabicNormalizer {
    /** Marks a character that normalization removes. */
    public static final char DROP = '\uFFFF';

    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char WAW_HAMZA = '\u0624';
    public static final char YEH_HAMZA = '\u0626';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';
    public static final char WAW = '\u0648';
    public static final char TATWEEL = '\u0640';

    private static final char[] TABLE = new char[0x10000];
    /** Presentation forms that unfold into two letters (lam-alef ligatures). */
    private static final char[][] EXPANSIONS = new char[0x10000][];
    /** Only presentation forms unfold into several letters; below them no char needs a look at {@link #EXPANSIONS}. */
    private static final char FIRST_PRESENTATION_FORM = '\uFB50';

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = (char) c;
        }
        // diacritics, Quranic marks, tatweel
        dropRange(0x0610, 0x061A);
        dropRange(0x064B, 0x065F);
        TABLE[0x0670] = DROP;
        dropRange(0x06D6, 0x06ED);
        TABLE[TATWEEL] = DROP;
        // invisible format and bidi controls, soft hyphen, BOM
        TABLE[0x00AD] = DROP;
        TABLE[0x061C] = DROP;
        dropRange(0x200B, 0x200F);
        dropRange(0x202A, 0x202E);
        dropRange(0x2060, 0x2069);
        TABLE[0xFEFF] = DROP;
        // letters
        TABLE[ALEF_MADDA] = ALEF;
        TABLE[ALEF_HAMZA_ABOVE] = ALEF;
        TABLE[ALEF_HAMZA_BELOW] = ALEF;
        TABLE[ALEF_WASLA] = ALEF;
        TABLE[WAW_HAMZA] = WAW;
        TABLE[YEH_HAMZA] = YEH;
        TABLE[ALEF_MAKSURA] = YEH;
        TABLE[TEH_MARBUTA] = HEH;
        TABLE[0x06A9] = '\u0643'; // Persian keheh -> kaf
        TABLE[0x06CC] = YEH; // Farsi yeh
        TABLE[0x06C1] = HEH; // heh goal
        TABLE[0x06D5] = HEH; // ae
        // digits
        for (int d = 0; d < 10; d++) {
            TABLE[0x0660 + d] = (char) ('0' + d);
            TABLE[0x06F0 + d] = (char) ('0' + d);
        }
        TABLE[0x066B] = '.'; // Arabic decimal separator
        TABLE[0x066C] = ','; // Arabic thousands separator
        // presentation forms A and B: their compatibility decomposition, then the rules above
        for (int c = FIRST_PRESENTATION_FORM; c <= 0xFEFC; c++) {
            if (c >= 0xFE00 && c < 0xFE70) {
                continue;
            }
            String d = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFKC);
            StringBuilder folded = new StringBuilder(d.length());
            for (int i = 0; i < d.length(); i++) {
                char f = TABLE[d.charAt(i)];
                if (f != DROP) {
                    folded.append(f);
                }
            }
            if (folded.length() == 0) {
                TABLE[c] = DROP;
            } else if (folded.length() == 1) {
                TABLE[c] = folded.charAt(0);
            } else if (folded.length() <= 3) {
                TABLE[c] = folded.charAt(0);
                EXPANSIONS[c] = folded.toString().toCharArray();
            }
        }
    }

    private ArabicNormalizer() {
    }

    private static void dropRange(int from, int to) {
        for (int c = from; c <= to; c++) {
            TABLE[c] = DROP;
        }
    }

    /** The normalized form of one character, or {@link #DROP}; ligatures give their first letter here. */
    public static char fold(char c) {
        return TABLE[c];
    }

    /**
     * The letters a ligature (presentation form) unfolds into, which {@link #normalize} writes instead of
     * {@link #fold}'s one letter; null for any other char. Shared: callers must not change the array.
     */
    public static char[] expansion(char c) {
        return c < FIRST_PRESENTATION_FORM ? null : EXPANSIONS[c];
    }

    /** True when {@code c} is removed by normalization (diacritic, tatweel, invisible control). */
    public static boolean isDropped(char c) {
        return TABLE[c] == DROP;
    }

    /** Appends the normalized form of {@code s[start, end)} to {@code out}. */
    public static StringBuilder normalize(CharSequence s, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            char[] exp = expansion(c);
            if (exp != null) {
                out.append(exp);
                continue;
            }
            char f = TABLE[c];
            if (f != DROP) {
                out.append(f);
            }
        }
        return out;
    }

    /**
     * Normalizes in place in a buffer, as Lucene filters do; returns the new length. Ligatures
     * (presentation forms) unfold into two letters, so a buffer that may hold them needs room for up
     * to {@code 2 * len} chars (a Lucene filter calls {@code resizeBuffer(2 * len)} first).
     *
     * @throws IllegalArgumentException when an unfolded ligature does not fit in {@code s}
     */
    public static int normalize(char[] s, int len) {
        int w = 0;
        for (int r = 0; r < len; r++) {
            char c = s[r];
            char f = TABLE[c];
            if (f == DROP) {
                continue;
            }
            if (EXPANSIONS[c] != null) {
                // expansions are rare (presentation forms); fall back to the allocating path
                StringBuilder sb = new StringBuilder(len + 4).append(s, 0, w);
                normalize(new String(s, r, len - r), 0, len - r, sb);
                if (sb.length() > s.length) {
                    throw new IllegalArgumentException("buffer of " + s.length + " chars too small for "
                            + sb.length() + " normalized chars");
                }
                sb.getChars(0, sb.length(), s, 0);
                return sb.length();
            }
            s[w++] = f;
        }
        return w;
    }

    /** The normalized forms of {@code words} as an immutable set (words equal after normalization count once). */
    public static java.util.Set<String> normalizeAll(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(normalize(w));
        }
        // a hash set, not Set.copyOf: its lookups find the slot with a mask where the immutable set divides, and
        // these sets are asked about most tokens of every article
        return java.util.Collections.unmodifiableSet(out);
    }

    public static String normalize(CharSequence s) {
        return normalize(s, 0, s.length(), new StringBuilder(s.length())).toString();
    }

    /** Whether the normalized forms of two strings are equal, without allocating. */
    public static boolean equalsNormalized(CharSequence a, CharSequence b) {
        return equalsNormalized(a, 0, a.length(), b);
    }

    /** Whether the normalized forms of {@code a[start, end)} and of {@code b} are equal, without allocating. */
    public static boolean equalsNormalized(CharSequence a, int start, int end, CharSequence b) {
        int i = start;
        int j = 0;
        int na = end;
        int nb = b.length();
        while (true) {
            while (i < na && TABLE[a.charAt(i)] == DROP) {
                i++;
            }
            while (j < nb && TABLE[b.charAt(j)] == DROP) {
                j++;
            }
            if (i == na || j == nb) {
                return i == na && j == nb;
            }
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (EXPANSIONS[ca] != null || EXPANSIONS[cb] != null) {
                return normalize(a, start, end, new StringBuilder(end - start + 4)).toString().equals(normalize(b));
            }
            if (TABLE[ca] != TABLE[cb]) {
                return false;
            }
            i++;
            j++;
        }
    }
}
