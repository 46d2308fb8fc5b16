package org.marsad.morph;

import static org.marsad.morph.Clitics.ALEF;
import static org.marsad.morph.Clitics.ALEF_MAKSURA;
import static org.marsad.morph.Clitics.HAMZA;
import static org.marsad.morph.Clitics.LAM;
import static org.marsad.morph.Clitics.TEH;
import static org.marsad.morph.Clitics.TEH_MARBUTA;
import static org.marsad.morph.Clitics.WAW;
import static org.marsad.morph.Clitics.YEH;

/**
 * Features of one candidate analysis of a token (proclitic letters {@code pl}, stem, enclitic letters
 * {@code sl}), shared by the trainer and the segmenter so both see the same numbers. The evidence is
 * distributional: a stem is likelier when it also occurs as a word on its own (or with the article) in
 * unlabeled news, and when the treebank saw it as a stem.
 */
final class SegmentFeatures {
    static final int PREFIX_BASE = 0;
    static final int SUFFIX_BASE = PREFIX_BASE + Clitics.PREFIXES.length;
    static final int DENSE = SUFFIX_BASE + Clitics.SUFFIXES.length;
    static final int STEM_LOG = DENSE;
    static final int STEM_LOG_P = DENSE + 1;
    static final int STEM_LOG_S = DENSE + 2;
    static final int TOK_LOG_P = DENSE + 3;
    static final int TOK_LOG_S = DENSE + 4;
    static final int ART_LOG = DENSE + 5;
    static final int KAF_BARE = DENSE + 6;
    static final int STEM_AL_P = DENSE + 7;
    static final int LEN1 = DENSE + 8;
    static final int LEN2 = DENSE + 9;
    static final int LEN3 = DENSE + 10;
    static final int MEMO_MATCH = DENSE + 11;
    static final int MEMO_OTHER = DENSE + 12;
    static final int GOLD_STEM_LOG = DENSE + 13;
    static final int GOLD_STEM_ZERO_SPLIT = DENSE + 14;
    static final int ELIDED = DENSE + 15;
    static final int STEM_UNSEEN_SPLIT = DENSE + 16;
    static final int ALT_USED = DENSE + 17;
    static final int TOK_UNSEEN_WHOLE = DENSE + 18;
    static final int STEM_LOG_PS = DENSE + 19;
    static final int STEM_LOG_CONJ = DENSE + 20;
    static final int STEM_LOG_PREP = DENSE + 21;
    static final int STEM_LOG_FUTURE = DENSE + 22;
    static final int LEN2_S = DENSE + 23;
    static final int TWO_PROCLITICS = DENSE + 24;
    static final int STEM_LOG_SHORT = DENSE + 25;
    static final int OUTER_PREP = DENSE + 26;
    static final int OUTER_CONJ = DENSE + 27;
    static final int OUTER_END = DENSE + 28;
    static final int UNANALYSED_STEM = DENSE + 29;
    static final int UNANALYSED_TOKEN = DENSE + 30;
    static final int BARE_ALEF = DENSE + 31;
    static final int ARTICLE_SHARE = DENSE + 32;
    static final int COUNT = DENSE + 33;

    private static final String[] DENSE_NAMES = {"stem_log", "stem_log*prefix", "stem_log*suffix", "token_log*prefix",
        "token_log*suffix", "article_stem_log", "kaf+stem_without_article", "stem_has_article*prefix", "stem_len1",
        "stem_len2", "stem_len3", "memo_match", "memo_other", "gold_stem_log", "gold_stem_unseen*split", "article_elided",
        "stem_unseen*split", "stem_found_as_variant", "token_unseen*whole", "stem_log*prefix*suffix",
        "stem_log*conjunction", "stem_log*preposition", "stem_log*future", "stem_len2*suffix", "two_proclitics",
        "stem_log*stem_len<=3", "token_takes_preposition*proclitic", "token_takes_conjunction*conjunction",
        "token_takes_article_or_ta*enclitic", "stem_unanalysed_log*split", "token_unanalysed_log*whole",
        "stem_bare_alef*split", "article_share*proclitic"};

    private SegmentFeatures() {
    }

    static String name(int i) {
        if (i < SUFFIX_BASE) {
            return "prefix=" + (Clitics.PREFIXES[i - PREFIX_BASE].isEmpty() ? "-" : Clitics.PREFIXES[i - PREFIX_BASE]);
        }
        if (i < DENSE) {
            return "suffix=" + (Clitics.SUFFIXES[i - SUFFIX_BASE].isEmpty() ? "-" : Clitics.SUFFIXES[i - SUFFIX_BASE]);
        }
        return DENSE_NAMES[i - DENSE];
    }

    /** The non-zero features of one candidate: few, so scoring is a short sum. */
    static final class Vector {
        final int[] index = new int[32];
        final double[] value = new double[32];
        int size;

        void clear() {
            size = 0;
        }

        void set(int i, double v) {
            if (v != 0) {
                index[size] = i;
                value[size] = v;
                size++;
            }
        }

        double get(int i) {
            for (int k = 0; k < size; k++) {
                if (index[k] == i) {
                    return value[k];
                }
            }
            return 0;
        }

        double dot(double[] w) {
            double s = 0;
            for (int k = 0; k < size; k++) {
                s += w[index[k]] * value[k];
            }
            return s;
        }

        double[] toDense() {
            double[] d = new double[COUNT];
            for (int k = 0; k < size; k++) {
                d[index[k]] += value[k];
            }
            return d;
        }
    }

    static double log1p(int count) {
        return count <= 0 ? 0 : Math.log1p(count);
    }

    /**
     * Fills {@code f} for the candidate. {@code tokenCount} is the corpus count of the
     * whole token, {@code memo} its memo entry (or -1).
     */
    static void extract(Lexicon words, Lexicon stems, Lexicon unanalysed, char[] letters, int n, int prefixId, int pl,
            int suffixId, int sl, int tokenCount, int memo, char[] key, Vector f) {
        f.clear();
        f.set(PREFIX_BASE + prefixId, 1);
        f.set(SUFFIX_BASE + suffixId, 1);
        int s0 = pl;
        int s1 = n - sl;
        int len = s1 - s0;
        boolean hasP = pl > 0;
        boolean hasS = sl > 0;
        boolean split = hasP || hasS;
        // a one-letter host (ل in وله) is as good as the preposition with its pronoun as a free word (له);
        // the letter alone counts stray letters
        int direct = len == 1 ? words.get(letters, s0, n - s0, 0) : words.get(letters, s0, len, 0);
        int stemCount = direct;
        int variant = hasS ? variantCount(words, letters, s0, len, key) : 0;
        boolean elided = hasP && letters[s0 - 1] == LAM && letters[s0] == LAM && elidedCount(words, letters, s0, len, key) > direct;
        if (elided) {
            stemCount = Math.max(stemCount, elidedCount(words, letters, s0, len, key));
        }
        if (variant > stemCount) {
            stemCount = variant;
            f.set(ALT_USED, 1);
        }
        boolean stemAl = len > 2 && letters[s0] == ALEF && letters[s0 + 1] == LAM;
        int articleCount = 0;
        if (!stemAl && !elided && len > 1 && len + 2 <= key.length) {
            key[0] = ALEF;
            key[1] = LAM;
            System.arraycopy(letters, s0, key, 2, len);
            articleCount = words.get(key, 0, len + 2, 0);
            f.set(ART_LOG, log1p(articleCount));
        }
        // a stem is as good as its evidence as a free word, bare or with the article
        double stemLog = log1p(stemCount + articleCount);
        f.set(STEM_LOG, stemLog);
        if (pl == 2) {
            f.set(TWO_PROCLITICS, 1);
        }
        if (split && len <= 3) {
            f.set(STEM_LOG_SHORT, stemLog);
        }
        if (hasS && len == 2) {
            f.set(LEN2_S, 1);
        }
        if (hasP && letters[pl - 1] == Clitics.KAF && !stemAl) {
            f.set(KAF_BARE, 1);
        }
        if (stemAl && hasP) {
            f.set(STEM_AL_P, 1);
        }
        if (len == 1) {
            f.set(LEN1, 1);
        } else if (len == 2) {
            f.set(LEN2, 1);
        } else if (len == 3) {
            f.set(LEN3, 1);
        }
        if (memo >= 0) {
            if (SegmenterModel.memoProclitics(memo) == pl && SegmenterModel.memoEnclitics(memo) == sl) {
                f.set(MEMO_MATCH, log1p(SegmenterModel.memoCount(memo)));
            } else {
                f.set(MEMO_OTHER, 1);
            }
        }
        int gold = len == 1 ? 0 : stems.get(letters, s0, len, 0);
        f.set(GOLD_STEM_LOG, log1p(gold));
        if (split && gold == 0) {
            f.set(GOLD_STEM_ZERO_SPLIT, 1);
        }
        if (elided) {
            f.set(ELIDED, 1);
        }
        if (split && stemCount + articleCount == 0) {
            f.set(STEM_UNSEEN_SPLIT, 1);
        }
        if (!split && tokenCount == 0) {
            f.set(TOK_UNSEEN_WHOLE, 1);
        }
        if (!split) {
            f.set(UNANALYSED_TOKEN, log1p(unanalysed.get(letters, 0, n, 0)));
            return;
        }
        // how often the stem was left unanalysed against how often it was analysed: التي is both, صدام nearly
        // always unanalysed
        int u = len == 1 ? 0 : unanalysed.get(letters, s0, len, 0);
        if (u > 0) {
            f.set(UNANALYSED_STEM, log1p(u) * u / (u + gold));
        }
        if (len > 1 && bareAlef(words, letters, s0, len, stemCount, key)) {
            f.set(BARE_ALEF, 1);
        }
        // a token that itself takes a preposition or the article (ببكين, الوزير) has no proclitic of its own;
        // one that takes the article or a feminine ending (القطاعي, قطاعية) ends in no pronoun
        if (hasP) {
            f.set(TOK_LOG_P, log1p(tokenCount));
            f.set(OUTER_PREP, log1p(wrapped(words, letters, n, "\u0628", "", key) + wrapped(words, letters, n, "\u0644", "", key)
                    + wrapped(words, letters, n, "\u0627\u0644", "", key)));
            char c = letters[0];
            if (c == WAW || c == Clitics.FEH) {
                f.set(OUTER_CONJ, log1p(wrapped(words, letters, n, "\u0648", "", key)));
            }
            if (!stemAl && stemCount + articleCount > 0) {
                f.set(ARTICLE_SHARE, (double) articleCount / (stemCount + articleCount));
            }
        }
        if (hasS) {
            f.set(OUTER_END, log1p(wrapped(words, letters, n, "\u0627\u0644", "", key)
                    + wrapped(words, letters, n, "", "\u0629", key)));
        }
    }

    /** Count of the token with {@code before} and {@code after} added. */
    static int wrapped(Lexicon words, char[] letters, int n, String before, String after, char[] key) {
        int b = before.length();
        int len = b + n + after.length();
        if (len > key.length) {
            return 0;
        }
        before.getChars(0, b, key, 0);
        System.arraycopy(letters, 0, key, b, n);
        after.getChars(0, after.length(), key, b + n);
        return words.get(key, 0, len, 0);
    }

    /**
     * Whether the stem starts (after an article) with a bare alef where news mostly writes a hamza
     * ({@code اسرائيل} for {@code إسرائيل}): the spelling the treebank's analyser did not know.
     */
    static boolean bareAlef(Lexicon words, char[] letters, int s0, int len, int stemCount, char[] key) {
        int a = s0;
        if (len > 3 && letters[s0] == ALEF && letters[s0 + 1] == LAM) {
            a = s0 + 2;
        }
        if (letters[a] != ALEF || a + 1 >= s0 + len) {
            return false;
        }
        System.arraycopy(letters, s0, key, 0, len);
        key[a - s0] = '\u0623';
        int hamza = words.get(key, 0, len, 0);
        key[a - s0] = '\u0625';
        hamza = Math.max(hamza, words.get(key, 0, len, 0));
        return hamza > stemCount;
    }

    /** Count of the stem with the article's alef restored ({@code لسلطة} → {@code السلطة}). */
    static int elidedCount(Lexicon words, char[] letters, int s0, int len, char[] key) {
        if (len + 1 > key.length) {
            return 0;
        }
        key[0] = ALEF;
        System.arraycopy(letters, s0, key, 1, len);
        return words.get(key, 0, len + 1, 0);
    }

    /**
     * Count of the form a stem takes when no pronoun follows: {@code رئيست} → {@code رئيسة}, {@code علي} →
     * {@code على}, {@code مستوا} → {@code مستوى}, {@code قتلو} → {@code قتلوا}, {@code ابناو} → {@code ابناء}.
     */
    static int variantCount(Lexicon words, char[] letters, int s0, int len, char[] key) {
        if (len < 2 || len + 1 > key.length) {
            return 0;
        }
        char last = letters[s0 + len - 1];
        System.arraycopy(letters, s0, key, 0, len);
        int best = 0;
        switch (last) {
            case TEH -> {
                key[len - 1] = TEH_MARBUTA;
                best = words.get(key, 0, len, 0);
            }
            case YEH -> {
                key[len - 1] = ALEF_MAKSURA;
                best = words.get(key, 0, len, 0);
                key[len - 1] = HAMZA;
                best = Math.max(best, words.get(key, 0, len, 0));
            }
            case ALEF -> {
                key[len - 1] = ALEF_MAKSURA;
                best = words.get(key, 0, len, 0);
            }
            case WAW -> {
                key[len] = ALEF;
                best = words.get(key, 0, len + 1, 0);
                key[len - 1] = HAMZA;
                best = Math.max(best, words.get(key, 0, len, 0));
            }
            default -> {
            }
        }
        return best;
    }
}
