package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.quotes.RuleQuoteExtractorTest.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Quote;

/**
 * Error classes found by reading the output on 30 more unannotated corpus articles (fifth spot check,
 * docs/quotes.md); each sentence is made up, in the pattern seen.
 */
class UnseenNewsPatterns3Test {

    @Test
    void aQuotationOpeningTheStatementEndsAtItsMarkWhenTheWriterGoesOnAfterAComma() {
        assertThat(quotes("وقال الوزير سامر الخطيبي: \"نحن مستعدون للحوار مع الجميع\"، وذلك بعد يوم على لقائه بالرئيس."))
                .singleElement().satisfies(q -> {
                    assertThat(q.content().text()).isEqualTo("نحن مستعدون للحوار مع الجميع");
                    assertThat(q.direct()).isTrue();
                });
        assertThat(quotes("وأكد سامر الخطيبي أن \"الحكومة لن تتراجع عن قرارها\"، مشيدا بصبر المواطنين."))
                .singleElement().satisfies(q -> assertThat(q.content().text()).isEqualTo("الحكومة لن تتراجع عن قرارها"));
    }

    @Test
    void aSecondClauseOfTheSameStatementAfterTheMarkStaysInIt() {
        // "…"، وأن …: the statement goes on after the comma
        assertThat(quotes("وشدد سامر الخطيبي على أن \"الخلاف مع الجيران لا علاقة له بالاقتصاد\"، وأن الأزمة ستحل قريبا."))
                .singleElement().satisfies(q -> assertThat(q.content().text()).endsWith("وأن الأزمة ستحل قريبا"));
    }

    @Test
    void anAgencyNamedAfterAQuotationAndTheWritersAsideRelaysTheQuotation() {
        assertThat(quotes("وقال سامر الخطيبي: \"نتحدث عن أكبر ضربات منذ سنوات\"، في إشارة إلى العملية العسكرية الأخيرة، "
                + "حسب وكالة فرانس برس.")).singleElement().satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("سامر الخطيبي");
                    assertThat(q.content().text()).isEqualTo("نتحدث عن أكبر ضربات منذ سنوات");
                    assertThat(q.via()).isEqualTo("وكالة فرانس برس");
                });
    }

    @Test
    void aVerbalNounAfterAnAdverbialParticipleIsTheClauseSubjects() {
        List<Quote> qs = quotes("وكان سامر الخطيبي قد قال في خطاب: \"لن نقبل بالتهديد\"، مجددا تحذيره بأن البلاد قادرة على الرد.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker().name()).isEqualTo("سامر الخطيبي");
        assertThat(qs.get(1).content().text()).isEqualTo("البلاد قادرة على الرد");
    }

    @Test
    void aSpokesmanNamedWithTheOtherTitleOfTheSameInstitution() {
        List<Quote> qs = quotes("أعلن الناطق باسم الكرملين، سامر الخطيبي، أن روسيا منفتحة على الحوار. "
                + "وقال المتحدث باسم الكرملين للصحافيين إن الرد سيأتي في الوقت الملائم.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker().name()).isEqualTo("سامر الخطيبي");
        // another institution's spokesman is not him
        List<Quote> other = quotes("أعلن الناطق باسم وزارة الداخلية، سامر الخطيبي، أن الوضع هادئ. "
                + "وقال المتحدث باسم وزارة الصحة إن عدد الجرحى ارتفع.");
        assertThat(other).hasSize(2);
        assertThat(other.get(1).speaker().name()).isEqualTo("المتحدث باسم وزارة الصحة");
    }

    @Test
    void claimInThePresentButNotIsCalled() {
        assertThat(quotes("ويدّعي المتهم سامر الخطيبي أنه كان يسمع أصواتا غريبة.")).singleElement()
                .satisfies(q -> assertThat(q.content().text()).isEqualTo("كان يسمع أصواتا غريبة"));
        assertThat(quotes("وتدعي الشركة أن منتجاتها آمنة تماما.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("الشركة"));
        // يدعى: "is called"
        assertThat(quotes("وأعلنت الشرطة أن المشتبه به يدعى \"أبو محمد\"، وهو تونسي الجنسية.")).singleElement()
                .satisfies(q -> assertThat(q.content().text()).contains("يدعى"));
    }

    @Test
    void mulahizanOpensAStatementOfItsOwn() {
        List<Quote> qs = quotes("وقال سامر الخطيبي إن الجمعية ستنظم يوما تحسيسيا، ملاحظا أن أعراض المرض تظهر متأخرة.");
        assertThat(qs).extracting(q -> q.content().text())
                .containsExactly("الجمعية ستنظم يوما تحسيسيا", "أعراض المرض تظهر متأخرة");
    }

    @Test
    void whomItWasToldToStandsBetweenTheVerbAndItsSource() {
        assertThat(quotes("وتجمع العمال اليوم احتجاجا على تعنت المستثمر، بحسب ما أكده للجوهرة أف أم، الكاتب العام للنقابة "
                + "سامر الخطيبي.")).singleElement().satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("سامر الخطيبي");
                    assertThat(q.content().text()).startsWith("تجمع العمال اليوم احتجاجا");
                });
    }

    @Test
    void aHeadlineSourceOpensTheLastPartAfterItsDots() {
        assertThat(quotes("بعد طرد السفراء.. الكرملين: منفتحون على قمة مع واشنطن", "قال الكرملين إنه منفتح على القمة."))
                .filteredOn(Quote::inTitle).singleElement().satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("الكرملين");
                    assertThat(q.content().text()).isEqualTo("منفتحون على قمة مع واشنطن");
                });
        // the part after the dots opens with the verb: the subject before the dots speaks
        assertThat(quotes("سامر الخطيبي ينتقد الحكومة.. ويؤكد: لن نقبل بالتهديد", "نص الخبر."))
                .filteredOn(Quote::inTitle).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).startsWith("سامر الخطيبي"));
    }

    @Test
    void aHeadlineSourceSpeaksAboutWhatFollowsAn() {
        assertThat(quotes("سامر الخطيبي عن الأزمة السياسية الأخيرة: لابد من التمييز بين ملفين", "نص الخبر."))
                .filteredOn(Quote::inTitle).singleElement().satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("سامر الخطيبي");
                    assertThat(q.content().text()).isEqualTo("لابد من التمييز بين ملفين");
                });
        // "الدفاع عن": part of the source's name
        assertThat(quotes("منظمة الدفاع عن المستهلك : الزيادة غير قانونية", "نص الخبر."))
                .filteredOn(Quote::inTitle).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("منظمة الدفاع عن المستهلك"));
    }

    @Test
    void aStatementAfterARelayBetweenCommasIsTheQuotedSources() {
        assertThat(quotes("وقالت الشبكة، نقلا عن مسؤولين بالإدارة لم تذكر أسماءهم، إن الإدارة ستخفض المساعدات.")).singleElement()
                .satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("مسؤولين بالإدارة");
                    assertThat(q.via()).isEqualTo("الشبكة");
                    assertThat(q.content().text()).isEqualTo("الإدارة ستخفض المساعدات");
                });
        assertThat(quotes("وذكرت صحيفة التايمز، نقلا عن مصادر مطلعة، أن الاتفاق قريب.")).singleElement()
                .satisfies(q -> assertThat(q.via()).isEqualTo("صحيفة التايمز"));
    }

    @Test
    void aCommonWordBeforeBinOrAlIsAGivenName() {
        // حمد (praise), تركي (Turkish): given names when بن or آل follows
        assertThat(quotes("حمد بن جاسم عن احتجاجات العاصمة: أرجو ألا يكون مخططا", "نص الخبر.")).filteredOn(Quote::inTitle)
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("حمد بن جاسم"));
        assertThat(quotes("أعلن تركي آل الشيخ أن الموسم ناجح.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("تركي آل الشيخ"));
        // without them, the adjective stays an adjective
        assertThat(quotes("وقال المسؤول التركي إن الاتفاق قريب.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("المسؤول التركي"));
    }

    @Test
    void aColonAfterARelativeClauseAboutTheSpeakerOpensTheStatement() {
        assertThat(quotes("ويقول الكاتب سامر الخطيبي، الذي ألف المسلسل: \"أحببت الفكرة كثيرا، إنها نقطة تحول حقيقية\"."))
                .singleElement().satisfies(q -> assertThat(q.content().text())
                        .isEqualTo("أحببت الفكرة كثيرا، إنها نقطة تحول حقيقية"));
        // a relative clause closed by a comma is still stepped over
        assertThat(quotes("وقال الوزير سامر الخطيبي، الذي وصل أمس، إن الحكومة ستتحرك.")).singleElement()
                .satisfies(q -> assertThat(q.content().text()).isEqualTo("الحكومة ستتحرك"));
    }

    @Test
    void whomItWasSaidToEndsTheSpeakersPhrase() {
        assertThat(quotes("وقال مصدر أمني للجوهرة أف أم إن الوضع هادئ.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("مصدر أمني"));
        assertThat(quotes("وقال أحد سكان المدينة لبي بي سي إن القصف مستمر.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("أحد سكان المدينة"));
        assertThat(quotes("وقالت مصادر لرويترز إن المحادثات متعثرة.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("مصادر"));
        // and the quotation right after it is still the statement
        assertThat(quotes("وقال الوزير سامر الخطيبي للصحافيين \"ندرس كل الفرضيات\" بما في ذلك احتمال أن يكون الدافع السرقة."))
                .singleElement().satisfies(q -> assertThat(q.content().text()).isEqualTo("ندرس كل الفرضيات"));
    }
}
