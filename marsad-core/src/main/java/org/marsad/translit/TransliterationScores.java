package org.marsad.translit;

import java.util.List;
import java.util.function.Function;

/**
 * Word accuracy (exact match, case-insensitive) and character error rate (Levenshtein distance over
 * the length of the reference) of a transliterator on name pairs.
 */
public record TransliterationScores(int words, int correct, long editDistance, long referenceChars) {
    public double accuracy() {
        return words == 0 ? 0 : (double) correct / words;
    }

    public double characterErrorRate() {
        return referenceChars == 0 ? 0 : (double) editDistance / referenceChars;
    }

    /** Scores {@code system} (folded Arabic → Latin, null for no answer) against the pairs' Latin side. */
    public static TransliterationScores score(List<NamePair> pairs, Function<String, String> system) {
        int correct = 0;
        long dist = 0;
        long chars = 0;
        for (NamePair p : pairs) {
            String out = system.apply(p.arabic());
            String hyp = out == null ? "" : ArabicWord.latinKeyOrEmpty(out);
            if (hyp.equals(p.latin())) {
                correct++;
            }
            dist += levenshtein(hyp, p.latin());
            chars += p.latin().length();
        }
        return new TransliterationScores(pairs.size(), correct, dist, chars);
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
