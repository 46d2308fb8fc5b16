package org.marsad.morph;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments the raw text of gold sentences and scores the words against the gold words; keeps the system
 * output so it can be written as CoNLL-U and checked with the reference scorer.
 */
public final class SegmentationEval {
    private final SegmentationScore score;
    private final List<List<String>> systemWords;

    private SegmentationEval(SegmentationScore score, List<List<String>> systemWords) {
        this.score = score;
        this.systemWords = systemWords;
    }

    /** Gold sentences without their unanalysed tokens (see {@link GoldSentence#withoutUnanalysed()}). */
    public static List<GoldSentence> analysedOnly(List<GoldSentence> gold) {
        return gold.stream().map(GoldSentence::withoutUnanalysed).filter(g -> !g.tokens().isEmpty()).toList();
    }

    public static SegmentationEval run(Segmenter segmenter, List<GoldSentence> gold) {
        SentenceSegmenter ss = new SentenceSegmenter(segmenter);
        SegmentationScore score = new SegmentationScore();
        List<List<String>> sys = new ArrayList<>(gold.size());
        for (GoldSentence g : gold) {
            List<String> goldWords = new ArrayList<>(g.wordCount());
            for (GoldSentence.Token t : g.tokens()) {
                goldWords.addAll(t.words());
            }
            List<String> w = ss.words(g.text());
            score.add(goldWords, w);
            sys.add(w);
        }
        return new SegmentationEval(score, sys);
    }

    public SegmentationScore score() {
        return score;
    }

    public List<List<String>> systemWords() {
        return systemWords;
    }

    /** Writes gold sentences as CoNLL-U in current UD style (tokens, multiword lines, surface words). */
    public static StringBuilder appendGold(GoldSentence g, StringBuilder out) {
        out.append("# sent_id = ").append(g.id()).append('\n');
        out.append("# text = ").append(g.text()).append('\n');
        int id = 1;
        for (GoldSentence.Token t : g.tokens()) {
            int n = t.words().size();
            if (n > 1) {
                out.append(id).append('-').append(id + n - 1).append('\t').append(t.surface())
                        .append("\t_\t_\t_\t_\t_\t_\t_\t_\n");
            }
            for (int k = 0; k < n; k++) {
                out.append(id++).append('\t').append(t.words().get(k)).append('\t').append(t.lemmas().get(k))
                        .append("\t_\t_\t_\t_\t_\t_\t_\n");
            }
        }
        return out.append('\n');
    }
}
