package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.quotes.RuleQuoteExtractorTest.quotes;

import org.junit.jupiter.api.Test;

/**
 * Open classes left by the sixth spot check (docs/quotes.md), taken by how often they occur over the
 * corpus; each sentence is made up, in the pattern seen.
 */
class UnseenNewsPatterns5Test {

    @Test
    void toInsistThatIsASpeechVerb() {
        assertThat(quotes("وتصر الحكومة على أن الإجراءات مؤقتة.")).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("الحكومة");
            assertThat(q.content().text()).isEqualTo("الإجراءات مؤقتة");
        });
        assertThat(quotes("وأصر سامر الخطيبي على أن الفريق لم يخطئ.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("سامر الخطيبي"));
        // insisting on a deed, or until (إلى أن), is no statement; nor a quotation after it
        assertThat(quotes("وأصر أحد السكان على البقاء، وترتيل \"سورة يوسف كاملة أمام الزوار\"، على مسامع الأمير.")).isEmpty();
        assertThat(quotes("وأصر الفنان على تحقيقه، إلى أن تحول الأمر إلى واقع.")).isEmpty();
        // مصر is Egypt, never "insisting"
        assertThat(quotes("وتعتمد مصر على مياه النيل بشكل كامل.")).isEmpty();
    }

    @Test
    void remindingThatCarriesTheStatementOfTheSubject() {
        assertThat(quotes("وقال الوزير سامر الخطيبي إن الاتفاق صامد، مذكرا بأن الحكومة وفت بالتزاماتها."))
                .extracting(q -> q.content().text()).containsExactly("الاتفاق صامد", "الحكومة وفت بالتزاماتها");
        // مذكرة is a memorandum
        assertThat(quotes("ووقع الطرفان مذكرة بأن التعاون سيستمر.")).isEmpty();
    }

    @Test
    void alwaysAfterTheVerbIsNoSpeaker() {
        assertThat(quotes("وقال الوزير سامر الخطيبي إن الأمر جيد. وكان ينفي دائما أن تكون للمنظمة علاقة بالتطرف."))
                .extracting(q -> q.speaker().name()).containsExactly("سامر الخطيبي", "سامر الخطيبي");
    }

    @Test
    void unitedStaysInTheNameOfTheSpeakersInstitution() {
        assertThat(quotes("وقال مسؤول في الأمم المتحدة إن الوضع سيئ.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("مسؤول في الأمم المتحدة"));
        assertThat(quotes("وقال سفير الولايات المتحدة إن الوضع سيئ.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("سفير الولايات المتحدة"));
    }

    @Test
    void aCueParticipleAfterNotIsAnAdjectiveOfTheSource() {
        assertThat(quotes("وذكرت تقارير غير مؤكدة أن الوزير استقال.")).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("تقارير غير مؤكدة");
            assertThat(q.content().text()).isEqualTo("الوزير استقال");
        });
    }

    @Test
    void ledByEndsTheSpeakersPhrase() {
        // "بقيادة X" says who leads the speaker; the speaker is the phrase before it, never "بقيادة"
        assertThat(quotes("وقال التحالف العسكري بقيادة الرياض إن الهجوم فشل.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("التحالف العسكري"));
        assertThat(quotes("وكان المتحدث باسم التحالف بزعامة الولايات المتحدة قد قال إن الضربات مستمرة.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("المتحدث باسم التحالف"));
    }

    @Test
    void aRoleInAnInstitutionKeepsTheInstitution() {
        // "مسؤول في X": the institution after في is part of the unnamed source, never "مسؤول في"
        assertThat(quotes("وقال مسؤول في سلاح الجو الإسرائيلي إن الغارات هي الأكبر.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("مسؤول في سلاح الجو الإسرائيلي"));
        assertThat(quotes("وأكد خبير في مجال الطيران أن الموقع لم يحسب ذلك.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("خبير في مجال الطيران"));
    }

    @Test
    void warningOfThatIsNoPartOfTheSpeaker() {
        // "حذر X من أن": من opens what is warned of, the speaker ends before it
        assertThat(quotes("وحذر خبراء اقتصاديون من أن التخفيضات ستضر بالاقتصاد.")).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("خبراء اقتصاديون");
            assertThat(q.content().text()).isEqualTo("التخفيضات ستضر بالاقتصاد");
        });
    }
}
