package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentFeaturesTest {
    private static Lexicon lexicon(Object... keysAndCounts) {
        Lexicon.Builder b = new Lexicon.Builder();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            b.put((String) keysAndCounts[i], (Integer) keysAndCounts[i + 1]);
        }
        return b.build();
    }

    private static final char[] KEY = new char[Segmentation.MAX_LETTERS + 4];

    @Test
    void bareAlefIsFlaggedOnlyWhereNewsWritesTheHamza() {
        Lexicon words = lexicon("إسرائيل", 500, "اسرائيل", 20, "الإسلامي", 300, "الاسلامي", 10, "امس", 400, "أمس", 30);
        char[] a = "لاسرائيل".toCharArray();
        assertThat(SegmentFeatures.bareAlef(words, a, 1, 7, 20, KEY)).isTrue();
        char[] b = "والاسلامي".toCharArray();
        assertThat(SegmentFeatures.bareAlef(words, b, 1, 8, 10, KEY)).isTrue();
        // امس is how news spells it: no flag
        char[] c = "وامس".toCharArray();
        assertThat(SegmentFeatures.bareAlef(words, c, 1, 3, 400, KEY)).isFalse();
    }

    @Test
    void wrappedCountsTheTokenWithLettersAround() {
        Lexicon words = lexicon("ببكين", 40, "البكين", 0, "قطاعية", 12);
        char[] t = "بكين".toCharArray();
        assertThat(SegmentFeatures.wrapped(words, t, t.length, "ب", "", KEY)).isEqualTo(40);
        assertThat(SegmentFeatures.wrapped(words, t, t.length, "ل", "", KEY)).isZero();
        char[] q = "قطاعي".toCharArray();
        assertThat(SegmentFeatures.wrapped(words, q, q.length, "", "ة", KEY)).isEqualTo(12);
    }

    @Test
    void aTokenThatTakesAPrepositionItselfCarriesThatEvidenceOnItsSplits() {
        Lexicon words = lexicon("بكين", 900, "ببكين", 60, "لبكين", 30, "كين", 5);
        Lexicon empty = lexicon();
        char[] t = "بكين".toCharArray();
        SegmentFeatures.Vector f = new SegmentFeatures.Vector();
        SegmentFeatures.extract(words, empty, empty, t, t.length, Clitics.prefixId("ب"), 1, 0, 0, 900, -1, KEY, f);
        assertThat(f.get(SegmentFeatures.OUTER_PREP)).isEqualTo(Math.log1p(90));
        SegmentFeatures.extract(words, empty, empty, t, t.length, 0, 0, 0, 0, 900, -1, KEY, f);
        assertThat(f.get(SegmentFeatures.OUTER_PREP)).isZero();
    }
}
