package org.marsad.morph;

import static org.marsad.morph.Clitics.ALEF;
import static org.marsad.morph.Clitics.ALEF_MAKSURA;
import static org.marsad.morph.Clitics.BEH;
import static org.marsad.morph.Clitics.LAM;
import static org.marsad.morph.Clitics.NOON;
import static org.marsad.morph.Clitics.SEEN;
import static org.marsad.morph.Clitics.TEH;
import static org.marsad.morph.Clitics.TEH_MARBUTA;
import static org.marsad.morph.Clitics.YEH;

import java.util.Objects;
import org.marsad.text.ArabicNormalizer;

/**
 * Clitic segmentation of Arabic words following Universal Dependencies' Arabic conventions: proclitics
 * {@code و ف ب ك ل س} and enclitic pronouns {@code ه ها هم هما هن ك كم كن ي نا ني} become words of their own,
 * the article stays on its noun ({@code وبالولايات} → {@code و+ب+الولايات}, {@code للسلطة} → {@code ل+لسلطة}
 * with lemma {@code السلطة}), and words whose first or last letters merely look like clitics stay whole
 * ({@code بلال}, {@code وزير}, {@code فيينا}).
 *
 * <p>Every analysis the clitic inventory allows is ranked by a linear model over distributional evidence
 * ({@link SegmentFeatures}); the model and its lexicons are trained by {@code marsad train morph}. Immutable
 * and thread-safe; segmenting a token allocates nothing when the caller reuses a {@link Segmentation}.
 */
public final class Segmenter {
    private static final class Holder {
        static final Segmenter STANDARD = new Segmenter(SegmenterModel.bundled());
    }

    private static final ThreadLocal<Segmentation> SCRATCH = ThreadLocal.withInitial(Segmentation::new);

    private final SegmenterModel model;
    private final double[] w;

    /** The analysis of each lexicon form, worked out on first sight: most tokens then cost one lookup. */
    private final short[] known;

    public Segmenter(SegmenterModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.w = model.weights;
        this.known = new short[model.words.size()];
        java.util.Arrays.fill(known, UNKNOWN);
    }

    private static final short UNKNOWN = -1;

    /** The segmenter with the model shipped in the jar (loaded once, on first use). */
    public static Segmenter standard() {
        return Holder.STANDARD;
    }

    public SegmenterModel model() {
        return model;
    }

    /**
     * Segments the token {@code text[start, end)} into {@code out} and returns it. A token that is not an Arabic
     * word (digits, Latin letters, punctuation) comes back as one word.
     */
    public Segmentation segment(CharSequence text, int start, int end, Segmentation out) {
        out.reset(text, start, end);
        char[] letters = out.letters;
        int[] at = out.at;
        int n = 0;
        for (int i = start; i < end; i++) {
            char f = Clitics.fold(text.charAt(i));
            if (f == ArabicNormalizer.DROP) {
                continue;
            }
            if (f == 0 || n == Segmentation.MAX_LETTERS) {
                return out;
            }
            letters[n] = f;
            at[n] = i;
            n++;
        }
        at[n] = end;
        if (n < 2) {
            return out;
        }
        int entry = model.words.find(letters, 0, n);
        long best;
        if (entry < 0) {
            best = analyse(letters, n, out);
        } else if (known[entry] != UNKNOWN) {
            best = known[entry];
        } else {
            best = analyse(letters, n, out);
            // a benign race: every thread computes the same value
            known[entry] = (short) best;
        }
        int pl = (int) (best >> 8) & 0xF;
        int sl = (int) (best >> 4) & 0xF;
        if (pl == 0 && sl == 0) {
            return out;
        }
        for (int k = 0; k < pl; k++) {
            out.cuts[k] = at[k + 1];
        }
        int stemStart = pl == 0 ? start : at[pl];
        int stemEnd = sl == 0 ? end : at[n - sl];
        out.set(start, end, pl, stemStart, stemEnd, out.cuts, (best & 1) != 0);
        return out;
    }

    /** Segments a whole string (allocates a {@link Segmentation}). */
    public Segmentation segment(CharSequence word) {
        return segment(word, 0, word.length(), new Segmentation());
    }

    /**
     * Writes the end offset of each word of {@code text[start, end)} into {@code ends} (which must hold
     * {@link Segmentation#MAX_WORDS}) and returns the number of words; the first word starts at {@code start}.
     */
    public int segment(CharSequence text, int start, int end, int[] ends) {
        Segmentation s = segment(text, start, end, SCRATCH.get());
        for (int i = 0; i < s.size(); i++) {
            ends[i] = s.end(i);
        }
        return s.size();
    }

    /**
     * The stem of {@code text[start, end)} without its clitics, packed as {@code (long) stemStart << 32 | stemEnd}
     * (see {@link #spanStart(long)}, {@link #spanEnd(long)}).
     */
    public long stemSpan(CharSequence text, int start, int end) {
        Segmentation s = segment(text, start, end, SCRATCH.get());
        return (long) s.stemStart() << 32 | (s.stemEnd() & 0xFFFFFFFFL);
    }

    public static int spanStart(long span) {
        return (int) (span >>> 32);
    }

    public static int spanEnd(long span) {
        return (int) span;
    }

    private static boolean startsWith(char[] letters, int n, String p) {
        if (p.length() > n) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (letters[i] != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(char[] letters, int n, String s) {
        int l = s.length();
        if (l > n) {
            return false;
        }
        for (int i = 0; i < l; i++) {
            if (letters[n - l + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isProcliticLetter(char c) {
        return c == '\u0648' || c == '\u0641' || c == BEH || c == '\u0643' || c == LAM || c == SEEN;
    }

    /** Whether the clitic inventory allows this analysis of the folded letters. */
    static boolean allowed(char[] letters, int n, int prefixId, int suffixId) {
        String p = Clitics.PREFIXES[prefixId];
        String s = Clitics.SUFFIXES[suffixId];
        int pl = p.length();
        int sl = s.length();
        int len = n - pl - sl;
        if (len < 1) {
            return false;
        }
        char first = letters[pl];
        char last = letters[n - sl - 1];
        if (len == 1) {
            // a preposition hosting a pronoun: له, وبها (ني follows verbs, من and عن, not ب or ل)
            if (sl == 0 || !(first == LAM || first == BEH) || (pl > 0 && !(p.equals("و") || p.equals("ف")))
                    || s.equals("ني")) {
                return false;
            }
        }
        if (pl > 0 && p.charAt(pl - 1) == SEEN && !(first == YEH || first == TEH || first == NOON || first == ALEF)) {
            return false;
        }
        if (sl > 0 && (last == TEH_MARBUTA || last == ALEF_MAKSURA)) {
            return false;
        }
        return true;
    }

    /**
     * Best analysis of the folded letters: {@code proclitic letters << 8 | enclitic letters << 4 | elided}.
     */
    long analyse(char[] letters, int n, Segmentation scratch) {
        int[] ps = scratch.prefixIds;
        int[] ss = scratch.suffixIds;
        int np = 1;
        ps[0] = 0;
        if (isProcliticLetter(letters[0])) {
            for (int pi = 1; pi < Clitics.PREFIXES.length; pi++) {
                if (startsWith(letters, n, Clitics.PREFIXES[pi])) {
                    ps[np++] = pi;
                }
            }
        }
        int ns = 1;
        ss[0] = 0;
        for (int si = 1; si < Clitics.SUFFIXES.length; si++) {
            if (endsWith(letters, n, Clitics.SUFFIXES[si])) {
                ss[ns++] = si;
            }
        }
        if (np == 1 && ns == 1) {
            return 0;
        }
        char[] key = scratch.key;
        SegmentFeatures.Vector f = scratch.features;
        int tokenCount = 0;
        int memo = -1;
        boolean scoredWhole = false;
        double bestScore = 0;
        long best = 0;
        for (int a = 0; a < np; a++) {
            int pi = ps[a];
            for (int b = 0; b < ns; b++) {
                int si = ss[b];
                if ((pi == 0 && si == 0) || !allowed(letters, n, pi, si)) {
                    continue;
                }
                if (!scoredWhole) {
                    // the whole word competes only when some split is possible
                    tokenCount = model.words.get(letters, 0, n, 0);
                    memo = model.memo.get(letters, 0, n, -1);
                    bestScore = score(letters, n, 0, 0, tokenCount, memo, key, f);
                    scoredWhole = true;
                }
                double sc = score(letters, n, pi, si, tokenCount, memo, key, f);
                if (sc > bestScore) {
                    bestScore = sc;
                    best = (long) Clitics.PREFIXES[pi].length() << 8 | Clitics.SUFFIXES[si].length() << 4
                            | (f.get(SegmentFeatures.ELIDED) > 0 ? 1 : 0);
                }
            }
        }
        return best;
    }

    private double score(char[] letters, int n, int pi, int si, int tokenCount, int memo, char[] key,
            SegmentFeatures.Vector f) {
        SegmentFeatures.extract(model.words, model.stems, model.unanalysed, letters, n, pi, Clitics.PREFIXES[pi].length(), si,
                Clitics.SUFFIXES[si].length(), tokenCount, memo, key, f);
        return f.dot(w);
    }
}
