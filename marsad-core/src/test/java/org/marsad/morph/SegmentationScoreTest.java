package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentationScoreTest {
    @Test
    void countsWordsBySpan() {
        SegmentationScore s = new SegmentationScore();
        // gold و|ب|الولايات|كبيرة, system وب|الولايات|كبي|رة: two of four spans match
        s.add(List.of("و", "ب", "الولايات", "كبيرة"), List.of("وب", "الولايات", "كبي", "رة"));
        assertThat(s.goldWords()).isEqualTo(4);
        assertThat(s.systemWords()).isEqualTo(4);
        assertThat(s.matchedWords()).isEqualTo(1);
        s.add(List.of("ل", "لسلطة"), List.of("ل", "لسلطة"));
        assertThat(s.matchedWords()).isEqualTo(3);
        assertThat(s.precision()).isCloseTo(3 / 6.0, within(1e-9));
        assertThat(s.recall()).isCloseTo(3 / 6.0, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.5, within(1e-9));
        assertThat(s.changedSentences()).isZero();
        assertThat(s.report()).contains("Words_F1=0.5000 P=0.5000 R=0.5000");
    }

    @Test
    void spacesAreIgnoredAndChangedCharactersNoted() {
        SegmentationScore s = new SegmentationScore();
        s.add(List.of("a b", "c"), List.of("ab", "c", "d"));
        assertThat(s.matchedWords()).isEqualTo(2);
        assertThat(s.changedSentences()).isEqualTo(1);
    }
}
