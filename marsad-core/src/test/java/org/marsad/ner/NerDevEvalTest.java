package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

/**
 * Our dev split: the last 10% of ANERcorp train sentences. The shipped model is trained on all
 * sentences ({@code marsad train ner --dev-fraction 0}), so it cannot be scored on them honestly;
 * instead the shipped configuration (the model's own lexicon, the default trainer options) is
 * retrained here without the dev split and scored on it. Floors sit under the measured figures
 * (74.0 overall with the default seed; docs/ner.md).
 */
@Tag("eval")
class NerDevEvalTest {
    private static List<List<ConllCorpus.Sentence>> split;

    @BeforeAll
    static void readData() throws Exception {
        String shared = System.getProperty("marsad.shared");
        assumeTrue(shared != null, "marsad.shared not set");
        Path data = Path.of(shared, "data", "ner", "anercorp-train.txt");
        assumeTrue(Files.isRegularFile(data), "no " + data);
        split = NerTraining.split(NerTraining.readLabeled(data), 0.1);
    }

    @Test
    void shippedConfigurationRetrainedWithoutTheDevSplitClearsTheDevFloor() {
        NerLexicon lexicon = NerTagger.shipped().features().lexicon();
        NerTagger heldOut = NerTraining.train(lexicon, ConllCorpus.documents(split.get(0), 20),
                PerceptronTrainer.Options.defaults(), new PrintWriter(new StringWriter()));
        SpanScores s = NerTraining.evaluate(heldOut, ConllCorpus.documents(split.get(1), 20));
        System.out.print(s.report());
        assertThat(s.overall().gold()).isGreaterThan(900);
        // Floors just under the figures measured after the segmenter update of 29 Nov (71.6 overall, PERS 71.1,
        // ORG 64.5 for this seed; 74.0 / 75.1 / 68.9 before): the dev split moved, 5-fold cross-validation
        // over the training sentences did not (75.9 -> 76.0, mean of three seeds), see docs/ner.md.
        assertThat(s.overall().f1()).isGreaterThan(0.71);
        assertThat(s.of(EntityType.LOC).f1()).isGreaterThan(0.80);
        assertThat(s.of(EntityType.PERS).f1()).isGreaterThan(0.70);
        assertThat(s.of(EntityType.ORG).f1()).isGreaterThan(0.64);
        assertThat(s.of(EntityType.MISC).f1()).isGreaterThan(0.50);
    }

    /** Not a measure of accuracy (the model saw these sentences): a check that it was trained on them. */
    @Test
    void shippedModelFitsTheDevSentencesItWasTrainedOn() {
        SpanScores s = NerTraining.evaluate(NerTagger.shipped(), ConllCorpus.documents(split.get(1), 20));
        System.out.print(s.report());
        assertThat(s.overall().f1()).isGreaterThan(0.90);
    }
}
