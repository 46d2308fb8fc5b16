package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

class SpanScoresTest {
    private static int[] t(String... s) {
        int[] x = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            x[i] = NerTags.parse(s[i]);
        }
        return x;
    }

    @Test
    void countsExactSpanMatchesOnly() {
        SpanScores s = new SpanScores();
        s.add(t("B-PERS", "I-PERS", "O", "B-LOC", "B-ORG"), t("B-PERS", "O", "O", "B-LOC", "B-LOC"));
        assertThat(s.of(EntityType.PERS)).isEqualTo(new SpanScores.Score(1, 1, 0));
        assertThat(s.of(EntityType.LOC)).isEqualTo(new SpanScores.Score(1, 2, 1));
        assertThat(s.overall().precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.overall().recall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.report()).contains("NER_F1=0.333");
    }
}
