package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.text.TokenSequence;
import org.marsad.text.Tokenizer;

class NerFeaturesTest {
    private static NerFeatures features() {
        NerLexicon.Builder b = new NerLexicon.Builder().clusterLevels(2, 4);
        b.word("جنيف", 0, 1);
        b.word("بروكسل", 0, 1);
        b.word("قال", 1, 3);
        b.phrase(List.of("حلف", "شمال", "الأطلسي"), EntityType.ORG);
        b.phrase(List.of("فيينا"), EntityType.LOC);
        return new NerFeatures(b.build());
    }

    @Test
    void ourTokensGiveTheFeaturesOfTheSameTrainingTokens() {
        String text = "وقال بيسكوف في جنيف: إن حلف شمال الأطلسي (ناتو) يهدد CNN.";
        TokenSequence ts = new Tokenizer().tokenize(text, Field.TEXT);
        String[] strings = new String[ts.size()];
        for (int i = 0; i < ts.size(); i++) {
            strings[i] = ts.text(i);
        }
        NerFeatures f = features();
        SentenceContext a = new SentenceContext();
        SentenceContext b = new SentenceContext();
        f.prepare(a, strings, 0, strings.length);
        f.prepare(b, ts, 0, ts.size());
        int[] fa = new int[NerFeatures.MAX_FEATURES];
        int[] fb = new int[NerFeatures.MAX_FEATURES];
        for (int i = 0; i < strings.length; i++) {
            int na = f.features(a, i, fa);
            int nb = f.features(b, i, fb);
            assertThat(Arrays.copyOf(fb, nb)).as("token %s", strings[i]).containsExactly(Arrays.copyOf(fa, na));
        }
    }

    @Test
    void shortQuotedStretchesAreMarkedWithLengthAndPosition() {
        NerFeatures f = features();
        SentenceContext c = new SentenceContext();
        String[] tokens = {"برنامج", "«", "خارج", "نطاق", "الخدمة", "»", "و", "«", "حكايات", "»", "و", "\"", "لا", "\"",
                "«", "مفتوح"};
        f.prepare(c, tokens, 0, tokens.length);
        assertThat(Arrays.copyOf(c.quote, tokens.length)).containsExactly(
                0, 0, 3 * 4 + 1, 3 * 4 + 2, 3 * 4 + 3, 0, 0, 0, 4 + 1, 0, 0, 0, 4 + 1, 0, 0, 0);
        String[] tooLong = {"«", "أ", "ب", "ج", "د", "هـ", "و", "ز", "»"};
        f.prepare(c, tooLong, 0, tooLong.length);
        assertThat(Arrays.copyOf(c.quote, tooLong.length)).containsOnly(0);
    }

    @Test
    void gazetteerMarksPhraseStartAndInsideAndStripsAProclitic() {
        NerFeatures f = features();
        SentenceContext c = new SentenceContext();
        f.prepare(c, new String[] {"وحلف", "شمال", "الأطلسي", "في", "وفيينا"}, 0, 5);
        int org = EntityType.ORG.ordinal();
        int loc = EntityType.LOC.ordinal();
        assertThat(c.gaz[0] & (1 << (SentenceContext.GAZ_START + org))).isNotZero();
        assertThat(c.gaz[1] & (1 << (SentenceContext.GAZ_INSIDE + org))).isNotZero();
        assertThat(c.gaz[2] & (1 << (SentenceContext.GAZ_INSIDE + org))).isNotZero();
        assertThat(c.gaz[3]).isZero();
        assertThat(c.gaz[4] & (1 << loc)).isNotZero();
    }

    @Test
    void clustersFallBackToTheStemAndNeighboursDiffer() {
        NerFeatures f = features();
        SentenceContext c = new SentenceContext();
        f.prepare(c, new String[] {"بجنيف", "وبروكسل", "غزة"}, 0, 3);
        assertThat(c.wordIdx[0]).isEqualTo(-1);
        assertThat(c.stemIdx[0]).isGreaterThanOrEqualTo(0);
        int[] x = new int[NerFeatures.MAX_FEATURES];
        int[] y = new int[NerFeatures.MAX_FEATURES];
        int nx = f.features(c, 0, x);
        int ny = f.features(c, 1, y);
        // same clusters: the two words share their cluster features, not their word features
        assertThat(Arrays.stream(Arrays.copyOf(x, nx)).filter(h -> Arrays.stream(Arrays.copyOf(y, ny)).anyMatch(g -> g == h)))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(Arrays.copyOf(x, nx)).isNotEqualTo(Arrays.copyOf(y, ny));
    }

    @Test
    void triggersMatchWithProclitics() {
        NerFeatures f = features();
        SentenceContext c = new SentenceContext();
        f.prepare(c, new String[] {"وللرئيس", "وزارة", "مدينة", "قالت", "بيت"}, 0, 5);
        assertThat(c.trig[0]).isEqualTo(TriggerWords.PERSON_TITLE);
        assertThat(c.trig[1] & TriggerWords.ORG_NOUN).isNotZero();
        assertThat(c.trig[2] & TriggerWords.PLACE_NOUN).isNotZero();
        assertThat(c.trig[3] & TriggerWords.SPEECH_VERB).isNotZero();
        assertThat(c.trig[4]).isZero();
    }
}
