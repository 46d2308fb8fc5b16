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

    public static NerTagger train(NerLexicon lexicon, List<LabeledDocument> train, PerceptronTrainer.Options options,
                                  PrintWriter log) {
        return new PerceptronTrainer(new NerFeatures(lexicon), options, log).train(train);
    }
}
