package org.marsad.translit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphoneModelTest {
    private final GraphoneModel model = TinyNames.model(3);

    @Test
    void spellsTheTrainingWordsBack() {
        for (NamePair p : TinyNames.PAIRS) {
            assertThat(model.toLatin(p.arabic())).as(p.arabic()).isEqualTo(p.latin());
        }
    }

    @Test
    void spellsNewWordsFromTheLettersItLearned() {
        assertThat(model.toLatin("كاري")).isEqualTo("kari");
        assertThat(model.toLatin("تشارلي")).isEqualTo("charli");
        assertThat(model.toLatin("سيلفيا")).isNull(); // ف never seen
    }

    @Test
    void alignmentCoversBothSidesInOrder() {
        GraphoneAligner aligner = new GraphoneAligner();
        aligner.train(TinyNames.PAIRS, 5);
        for (NamePair p : TinyNames.PAIRS) {
            List<Graphone> s = aligner.align(p);
            assertThat(s).as(p.arabic()).isNotNull();
            StringBuilder a = new StringBuilder();
            StringBuilder l = new StringBuilder();
            for (Graphone g : s) {
                assertThat(g.arabic().length()).isBetween(1, GraphoneAligner.MAX_ARABIC);
                assertThat(g.latin().length()).isBetween(0, GraphoneAligner.MAX_LATIN);
                a.append(g.arabic());
                l.append(g.latin());
            }
            assertThat(a.toString()).isEqualTo(p.arabic());
            assertThat(l.toString()).isEqualTo(p.latin());
        }
    }

    @Test
    void probabilitiesOfTheNextGraphoneSumToOne() {
        // backoff weights and discounted probabilities together form a distribution in every history
        for (long history : new long[] {GraphoneModel.BOS + 1, 0}) {
            double total = 0;
            for (int g = GraphoneModel.EOS; g < model.graphoneCount(); g++) {
                total += Math.exp(model.logProb(history, g));
            }
            assertThat(total).as("history " + history).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        }
    }
}
