package org.marsad.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The string comparison of the reference scorer ({@code shared/tools/score_articles.py}), ported
 * character for character so that Java and Python count the same matches. It is deliberately not
 * {@link org.marsad.text.ArabicNormalizer}: the scorer must stay fixed while the product's normalizer
 * improves.
 */
public final class ScoreText {
    private static final String[] CLITICS = {"وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "و", "ف", "ب", "ل", "ك"};

    private ScoreText() {
    }

    /** Python's {@code norm}: drop diacritics and tatweel, fold hamza/alef maqsura/ta marbuta, punctuation to space. */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isDiacritic(c)) {
                continue;
            }
            switch (c) {
                case 'إ', 'أ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى', 'ئ' -> b.append('ي');
                case 'ة' -> b.append('ه');
                case 'ؤ' -> b.append('و');
                case '“', '”', '«', '»', '"', '\'', '(', ')', '[', ']', '،', ',', '.', ':', '؛', ';', '!', '؟', '?',
                        '-', '–', '—' -> b.append(' ');
                default -> b.appendCodePoint(c);
            }
        }
        return String.join(" ", split(b));
    }

    /** The words of {@link #norm}. */
    public static List<String> toks(String s) {
        return split(norm(s));
    }

    /** Python's {@code strip_clitic}: one leading clitic cluster off a word that keeps three letters. */
    public static String stripClitic(String w) {
        int len = w.codePointCount(0, w.length());
        for (String p : CLITICS) {
            if (w.startsWith(p) && len - p.length() >= 3) {
                return w.substring(p.length());
            }
        }
        return w;
    }

    /** Python's {@code mention_key}: the normalized words with their clitics stripped. */
    public static String mentionKey(String s) {
        return stripped(toks(s));
    }

    /** Shared words over the shorter side's word count (multiset intersection), 0 when either is empty. */
    public static double overlap(String a, String b) {
        List<String> ta = toks(a);
        List<String> tb = toks(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0.0;
        }
        Map<String, Integer> ca = counts(ta);
        Map<String, Integer> cb = counts(tb);
        int common = 0;
        for (Map.Entry<String, Integer> e : ca.entrySet()) {
            Integer other = cb.get(e.getKey());
            if (other != null) {
                common += Math.min(e.getValue(), other);
            }
        }
        return (double) common / Math.min(ta.size(), tb.size());
    }

    /** Python's {@code name_match}: the predicted name equals, contains or is contained in one alias, word-wise. */
    public static boolean nameMatch(String predicted, Collection<String> aliases) {
        List<String> p = toks(predicted);
        if (p.isEmpty()) {
            return false;
        }
        String ps = stripped(p);
        for (String a : aliases) {
            String as = stripped(toks(a));
            if (as.isEmpty()) {
                continue;
            }
            if (ps.equals(as) || (" " + ps + " ").contains(" " + as + " ") || (" " + as + " ").contains(" " + ps + " ")) {
                return true;
            }
        }
        return false;
    }

    private static String stripped(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(stripClitic(w));
        }
        return b.toString();
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : words) {
            m.merge(w, 1, Integer::sum);
        }
        return m;
    }

    private static boolean isDiacritic(int c) {
        return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670
                || (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640;
    }

    /** Python's {@code str.split()}: runs of Unicode whitespace as Python defines it. */
    private static List<String> split(CharSequence s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < s.length()) {
            int c = Character.codePointAt(s, i);
            if (isPythonSpace(c)) {
                if (start >= 0) {
                    out.add(s.subSequence(start, i).toString());
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            out.add(s.subSequence(start, s.length()).toString());
        }
        return out;
    }

    static boolean isPythonSpace(int c) {
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }
}
