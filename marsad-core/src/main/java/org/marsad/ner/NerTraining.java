package org.marsad.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Plumbing of {@code marsad train ner}: the train/dev split, training and the dev evaluation. */
public final class NerTraining {
    private NerTraining() {
    }

    /** The labeled sentences of a CoNLL file. */
    public static List<ConllCorpus.Sentence> readLabeled(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<ConllCorpus.Sentence> all = ConllCorpus.readSentences(r, file.toString(), true);
            for (ConllCorpus.Sentence s : all) {
                if (s.tokens() != null && s.tags() == null) {
                    throw new IOException(file + ":" + s.line() + ": sentence without tags");
                }
            }
            return all;
        }
    }

    /** Splits off the last {@code devFraction} of the sentences as the dev set; returns {train, dev}. */
    public static List<List<ConllCorpus.Sentence>> split(List<ConllCorpus.Sentence> all, double devFraction) {
        int n = all.size();
        int cut = (int) Math.round(n * (1 - devFraction));
        return List.of(new ArrayList<>(all.subList(0, cut)), new ArrayList<>(all.subList(cut, n)));
    }

    public static SpanScores evaluate(NerTagger tagger, List<LabeledDocument> docs) {
        SpanScores scores = new SpanScores();
        for (LabeledDocument d : docs) {
            int[][] pred = tagger.tag(d.asDocument());
            for (int k = 0; k < pred.length; k++) {
                scores.add(d.tags().get(k), pred[k]);
            }
        }
        return scores;
    }

    /**
     * K-fold cross-validation over training documents (document {@code d} is held out in fold
     * {@code d % folds}): a model per fold, spans of all held-out folds pooled into one score. With ten
     * times the dev split's spans, it tells configurations apart that the dev split cannot, and it
     * never touches the dev split.
     */
    public static SpanScores crossValidate(NerLexicon lexicon, List<LabeledDocument> docs, int folds,
                                           PerceptronTrainer.Options options, PrintWriter log) {
        SpanScores scores = new SpanScores();
        for (int f = 0; f < folds; f++) {
            List<LabeledDocument> train = new ArrayList<>();
            List<LabeledDocument> held = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                (d % folds == f ? held : train).add(docs.get(d));
            }
            NerTagger tagger = train(lexicon, train, options, null);
            SpanScores fold = new SpanScores();
            for (LabeledDocument d : held) {
                int[][] pred = tagger.tag(d.asDocument());
                for (int k = 0; k < pred.length; k++) {
                    scores.add(d.tags().get(k), pred[k]);
                    fold.add(d.tags().get(k), pred[k]);
                }
            }
            if (log != null) {
                log.printf("cross-validation fold %d/%d: F1 %.3f%n", f + 1, folds, fold.overall().f1());
                log.flush();
            }
        }
        return scores;
    }

    public static NerTagger train(NerLexicon lexicon, List<LabeledDocument> train, PerceptronTrainer.Options options,
                                  PrintWriter log) {
        return new PerceptronTrainer(new NerFeatures(lexicon), options, log).train(train);
    }
}
