package org.marsad.morph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words precision, recall and F1 of a segmentation by character spans, as UD's evaluation and
 * {@code shared/tools/seg_eval.py} count them: each word is the span it covers in its sentence with spaces
 * removed, lengths in code points; a system word counts when gold has a word with the same span.
 */
public final class SegmentationScore {
    private long gold;
    private long system;
    private long matched;
    private int sentences;
    private int changedSentences;

    /** Adds one sentence. */
    public void add(List<String> goldWords, List<String> systemWords) {
        Set<Long> g = new HashSet<>();
        long gl = spans(goldWords, g);
        Set<Long> s = new HashSet<>();
        long sl = spans(systemWords, s);
        if (gl != sl) {
            changedSentences++;
        }
        gold += g.size();
        system += s.size();
        s.retainAll(g);
        matched += s.size();
        sentences++;
    }

    private static long spans(List<String> words, Set<Long> out) {
        long pos = 0;
        for (String w : words) {
            int len = 0;
            for (int i = 0; i < w.length(); ) {
                int cp = w.codePointAt(i);
                if (cp != ' ') {
                    len++;
                }
                i += Character.charCount(cp);
            }
            out.add(pos << 32 | (pos + len));
            pos += len;
        }
        return pos;
    }

    public long goldWords() {
        return gold;
    }

    public long systemWords() {
        return system;
    }

    public long matchedWords() {
        return matched;
    }

    public int sentences() {
        return sentences;
    }

    /** Sentences whose characters differ between gold and system (the spans can then not line up). */
    public int changedSentences() {
        return changedSentences;
    }

    public double precision() {
        return system == 0 ? 0 : (double) matched / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The two lines seg_eval.py prints. */
    public String report() {
        return String.format(java.util.Locale.ROOT,
                "words gold=%d system=%d matched=%d sentences_with_changed_characters=%d%nWords_F1=%.4f P=%.4f R=%.4f",
                gold, system, matched, changedSentences, f1(), precision(), recall());
    }
}
