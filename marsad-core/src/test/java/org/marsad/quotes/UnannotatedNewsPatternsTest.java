package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.quotes.RuleQuoteExtractorTest.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Quote;

/**
 * Error classes found by reading the output on 60 unannotated corpus articles (spot check of
 * 2026-11-29, docs/quotes.md); each sentence is made up, in the pattern seen.
 */
class UnannotatedNewsPatternsTest {

    @Test
    void accordingToWhatAnOutletReportedAfterTheStatement() {
        List<Quote> qs = quotes("وغرق قارب يقل عشرات المهاجرين قرب الساحل، وفقا لما نقلته وكالة الأنباء المحلية، الأحد.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("وكالة الأنباء المحلية");
            assertThat(q.content().text()).isEqualTo("غرق قارب يقل عشرات المهاجرين قرب الساحل");
        });
        List<Quote> hasbama = quotes("وتعرض مستودع الذخيرة لقصف عنيف، حسبما أفادت وزارة الدفاع.");
        assertThat(hasbama).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("وزارة الدفاع");
            assertThat(q.content().text()).isEqualTo("تعرض مستودع الذخيرة لقصف عنيف");
        });
    }

    @Test
    void anOutletThatRelaysOthersIsTheViaNotTheSpeaker() {
        List<Quote> qs = quotes("وتعطلت طائرة ثانية في القاعدة نفسها، حسبما نقل موقع الأخبار العسكرية عن مسؤولين في الجيش.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).startsWith("مسؤولين");
            assertThat(q.via()).isEqualTo("موقع الأخبار العسكرية");
        });
    }

    @Test
    void anOutletNamedAfterAQuoteIsNotTheNextSpeaker() {
        List<Quote> qs = quotes("وقال الرئيس أحمد سالم إن \"الإصلاح مستمر\" وفقا لما ذكرت وكالة الأنباء الوطنية. "
                + "وتابع \"لن نتراجع عن قرارنا\".");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).via()).isEqualTo("وكالة الأنباء الوطنية");
        assertThat(qs.get(1).speaker().name()).isEqualTo("أحمد سالم");
    }

    @Test
    void aDatelineIsNotPartOfTheStatement() {
        List<Quote> qs = quotes("دبي، الإمارات العربية المتحدة (CNN)-- أعلنت الحكومة موافقتها على بدء المفاوضات، "
                + "بحسب ما ذكرت وكالة الأنباء الرسمية.");
        assertThat(qs).singleElement().satisfies(q ->
                assertThat(q.content().text()).isEqualTo("أعلنت الحكومة موافقتها على بدء المفاوضات"));
    }

    @Test
    void aParticipleCueEndsTheStatementBeforeItEvenWithoutAComma() {
        List<Quote> qs = quotes("أكد الوزير سامي العلي أن الحزب لديه تحفظات. وأضاف أن للحزب ملاحظات على التركيبة المقترحة "
                + "مؤكدا أن الحزب سيحسم موقفه بعد اللقاء.");
        assertThat(qs).extracting(q -> q.content().text()).containsExactly(
                "الحزب لديه تحفظات",
                "للحزب ملاحظات على التركيبة المقترحة",
                "الحزب سيحسم موقفه بعد اللقاء");
    }
}
