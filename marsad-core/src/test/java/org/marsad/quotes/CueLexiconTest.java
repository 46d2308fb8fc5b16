package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.Gender;
import org.marsad.model.Stance;
import org.marsad.quotes.Cue.Form;
import org.marsad.text.ArabicNormalizer;

class CueLexiconTest {
    private static Cue cue(String word) {
        return CueLexicon.standard().lookup(ArabicNormalizer.normalize(word));
    }

    @Test
    void generatesPersonsGendersAndAttachedConjunctions() {
        assertThat(cue("وأضافت").gender()).isEqualTo(Gender.FEMALE);
        assertThat(cue("وأضافت").lemma()).isEqualTo("أضاف");
        assertThat(cue("فقال").gender()).isEqualTo(Gender.MALE);
        assertThat(cue("يقولون").plural()).isTrue();
        assertThat(cue("تقول").form()).isEqualTo(Form.PRESENT);
        assertThat(cue("قائلةً").form()).isEqualTo(Form.PARTICIPLE);
        assertThat(cue("مشيراً").form()).isEqualTo(Form.PARTICIPLE);
        assertThat(cue("وشدّدت").gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void verbalNounWithPossessiveNamesItsOwner() {
        assertThat(cue("قولها").possessive()).isTrue();
        assertThat(cue("قولها").gender()).isEqualTo(Gender.FEMALE);
        assertThat(cue("بالقول").form()).isEqualTo(Form.PARTICIPLE);
    }

    @Test
    void stanceComesFromTheVerb() {
        assertThat(cue("نفى").stance()).isEqualTo(Stance.DENY);
        assertThat(cue("زعمت").stance()).isEqualTo(Stance.ALLEGE);
        assertThat(cue("أعلنت").stance()).isEqualTo(Stance.ANNOUNCE);
        assertThat(cue("حذّر").stance()).isEqualTo(Stance.WARN);
    }

    @Test
    void objectPronounsAndNonCues() {
        assertThat(cue("ويسألهم")).isNotNull();
        assertThat(cue("وصفته").lemma()).isEqualTo("وصف");
        assertThat(cue("الاجتماع")).isNull();
        assertThat(cue("ردا")).isNull(); // "ردّاً على": in reply to
        assertThat(cue("رأى").finalAlefMaqsura()).isTrue();
    }
}
