package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

class SpeakerWordsTest {
    private static SpeakerWords words(String text) throws Exception {
        return SpeakerWords.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String n(String w) {
        return ArabicNormalizer.normalize(w);
    }

    @Test
    void hasFindsAWordBehindItsArticleAndCliticsButIsOnlyAsWritten() throws Exception {
        SpeakerWords w = words("[title]\nوزير\n[org]\nوزارة\nالأمم\n");
        for (String form : new String[] {"وزير", "الوزير", "والوزير", "بالوزير", "للوزير", "وبالوزير"}) {
            assertThat(w.has(SpeakerWords.List.TITLE, n(form))).as(form).isTrue();
            assertThat(w.has(SpeakerWords.List.ORG, n(form))).as(form).isFalse();
        }
        assertThat(w.is(SpeakerWords.List.TITLE, n("الوزير"))).isFalse();
        assertThat(w.is(SpeakerWords.List.TITLE, n("وزير"))).isTrue();
        assertThat(w.has(SpeakerWords.List.ORG, n("بالأمم"))).isFalse(); // stripping بال leaves أمم, not الأمم
        assertThat(w.has(SpeakerWords.List.ORG, n("الأمم"))).isTrue();
        assertThat(w.has(SpeakerWords.List.TITLE, n("وزيرة"))).isFalse();
        assertThat(w.known(n("للوزارة"))).isTrue();
        assertThat(w.known(n("كتاب"))).isFalse();
    }

    @Test
    void theArticleIsNotStrippedWhenLessThanThreeLettersWouldRemain() throws Exception {
        SpeakerWords w = words("[particle]\nقد\n");
        assertThat(w.has(SpeakerWords.List.PARTICLE, n("القد"))).isFalse();
        assertThat(w.has(SpeakerWords.List.PARTICLE, n("قد"))).isTrue();
    }

    @Test
    void cueLookupReadsConjunctionsObjectPronounsAndBalBeforeAVerbalNoun() {
        CueLexicon c = CueLexicon.standard();
        assertThat(c.lookup(n("وقال")).lemma()).isEqualTo("قال");
        assertThat(c.lookup(n("فأكدت")).gender()).isEqualTo(org.marsad.model.Gender.FEMALE);
        assertThat(c.lookup(n("وسألهم"))).isNotNull();
        assertThat(c.lookup(n("بالقول")).form()).isEqualTo(Cue.Form.PARTICIPLE);
        assertThat(c.lookup(n("قولها")).form()).isEqualTo(Cue.Form.VERBAL_NOUN);
        assertThat(c.lookup(n("كتاب"))).isNull();
    }

    @net.jqwik.api.Property(tries = 500)
    void withoutArticleStripsTheFirstPrefixThatLeavesThreeLetters(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.StringLength(max = 8)
            @net.jqwik.api.constraints.Chars({'و', 'ب', 'ف', 'ك', 'ل', 'ا', 'م', 'ر'}) String word) {
        String expected = word;
        for (String p : new String[] {"وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال"}) {
            if (word.startsWith(p) && word.length() - p.length() >= 3) {
                expected = word.substring(p.length());
                break;
            }
        }
        assertThat(SpeakerWords.withoutArticle(word)).isEqualTo(expected);
    }
}
