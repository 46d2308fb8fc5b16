package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

/**
 * The shipped model on our dev split (the last 10% of ANERcorp train sentences, held out from its
 * training by {@code marsad train ner}). Floors sit a few points under the measured figures.
 */
@Tag("eval")
class NerDevEvalTest {
    @Test
    void shippedModelClearsTheDevFloor() throws Exception {
        String shared = System.getProperty("marsad.shared");
        assumeTrue(shared != null, "marsad.shared not set");
        Path data = Path.of(shared, "data", "ner", "anercorp-train.txt");
        assumeTrue(Files.isRegularFile(data), "no " + data);
        List<ConllCorpus.Sentence> dev = NerTraining.split(NerTraining.readLabeled(data), 0.1).get(1);
        SpanScores s = NerTraining.evaluate(NerTagger.shipped(), ConllCorpus.documents(dev, 20));
        System.out.print(s.report());
        assertThat(s.overall().gold()).isGreaterThan(900);
        assertThat(s.overall().f1()).isGreaterThan(0.70);
        assertThat(s.of(EntityType.LOC).f1()).isGreaterThan(0.80);
        assertThat(s.of(EntityType.PERS).f1()).isGreaterThan(0.70);
        assertThat(s.of(EntityType.ORG).f1()).isGreaterThan(0.60);
        assertThat(s.of(EntityType.MISC).f1()).isGreaterThan(0.40);
    }
}
