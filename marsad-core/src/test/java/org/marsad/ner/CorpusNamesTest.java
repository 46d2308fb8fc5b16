package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

class CorpusNamesTest {
    @Test
    void keepsFrequentNamesWithADominantTypeAsLearnedPhrases() {
        CorpusNames names = new CorpusNames();
        for (int i = 0; i < 4; i++) {
            names.add(new CorpusNames.Found("بيسكوف", EntityType.PERS));
            names.add(new CorpusNames.Found("حلف شمال الاطلسي", EntityType.ORG));
        }
        names.add(new CorpusNames.Found("حلف شمال الاطلسي", EntityType.LOC));
        // too rare, and too mixed
        names.add(new CorpusNames.Found("زاس", EntityType.PERS));
        for (int i = 0; i < 3; i++) {
            names.add(new CorpusNames.Found("الجزيره", EntityType.ORG));
            names.add(new CorpusNames.Found("الجزيره", EntityType.LOC));
        }
        NerLexicon.Builder b = new NerLexicon.Builder();
        assertThat(names.addTo(b, 3, 0.75)).isEqualTo(2);
        NerFeatures f = new NerFeatures(b.build());
        SentenceContext c = new SentenceContext();
        f.prepare(c, new String[] {"وقال", "بيسكوف", "إن", "حلف", "شمال", "الأطلسي", "والجزيرة", "زاس"}, 0, 8);
        int learned = NerLexicon.LEARNED_SHIFT;
        assertThat(c.gaz[1]).isEqualTo((1 << (learned + EntityType.PERS.ordinal()))
                | (1 << (SentenceContext.GAZ_START + learned + EntityType.PERS.ordinal())));
        assertThat(c.gaz[3] & (1 << (SentenceContext.GAZ_START + learned + EntityType.ORG.ordinal()))).isNotZero();
        assertThat(c.gaz[5] & (1 << (SentenceContext.GAZ_INSIDE + learned + EntityType.ORG.ordinal()))).isNotZero();
        assertThat(c.gaz[6]).isZero();
        assertThat(c.gaz[7]).isZero();
    }
}
