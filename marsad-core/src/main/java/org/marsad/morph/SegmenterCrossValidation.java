package org.marsad.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * K-fold cross-validation of the segmenter over a treebank: the sentences are cut into {@code k} contiguous
 * blocks (treebank files keep a document's sentences together, so a block holds whole documents but at its
 * edges), each block is segmented by a model trained on the others, and the words of all blocks are scored
 * together. This is how every design decision is made without looking at a held-out test set.
 */
public final class SegmenterCrossValidation {
    /** Scores over all words, over the tokens the treebank analysed, and the system words of each sentence. */
    public record Result(SegmentationScore all, SegmentationScore analysed, List<GoldSentence> gold,
            List<List<String>> systemWords) {
    }

    private SegmenterCrossValidation() {
    }

    public static Result run(SegmenterTrainer trainer, List<GoldSentence> treebank, Map<String, int[]> wordCounts,
            int k, String provenance) {
        return run(trainer, treebank, treebank, wordCounts, k, provenance);
    }

    /**
     * Trains on blocks of {@code treebank} and scores the same blocks of {@code scored}: the same sentences,
     * read another way (e.g. without repairs).
     */
    public static Result run(SegmenterTrainer trainer, List<GoldSentence> treebank, List<GoldSentence> scored,
            Map<String, int[]> wordCounts, int k, String provenance) {
        if (scored.size() != treebank.size()) {
            throw new IllegalArgumentException("scored gold has " + scored.size() + " sentences, treebank " + treebank.size());
        }
        if (k < 2 || k > treebank.size()) {
            throw new IllegalArgumentException("cross-validation needs 2 to " + treebank.size() + " folds, got " + k);
        }
        SegmentationScore all = new SegmentationScore();
        SegmentationScore analysed = new SegmentationScore();
        List<GoldSentence> gold = new ArrayList<>(treebank.size());
        List<List<String>> system = new ArrayList<>(treebank.size());
        int n = treebank.size();
        for (int fold = 0; fold < k; fold++) {
            int from = (int) ((long) n * fold / k);
            int to = (int) ((long) n * (fold + 1) / k);
            List<GoldSentence> fit = new ArrayList<>(treebank.subList(0, from));
            fit.addAll(treebank.subList(to, n));
            List<GoldSentence> held = scored.subList(from, to);
            Segmenter seg = new Segmenter(trainer.train(fit, wordCounts, provenance));
            SegmentationEval e = SegmentationEval.run(seg, held);
            for (int i = 0; i < held.size(); i++) {
                all.add(goldWords(held.get(i)), e.systemWords().get(i));
            }
            gold.addAll(held);
            system.addAll(e.systemWords());
            List<GoldSentence> heldAnalysed = SegmentationEval.analysedOnly(held);
            SegmentationEval ea = SegmentationEval.run(seg, heldAnalysed);
            for (int i = 0; i < heldAnalysed.size(); i++) {
                analysed.add(goldWords(heldAnalysed.get(i)), ea.systemWords().get(i));
            }
        }
        return new Result(all, analysed, gold, system);
    }

    private static List<String> goldWords(GoldSentence g) {
        List<String> w = new ArrayList<>(g.wordCount());
        for (GoldSentence.Token t : g.tokens()) {
            w.addAll(t.words());
        }
        return w;
    }
}
