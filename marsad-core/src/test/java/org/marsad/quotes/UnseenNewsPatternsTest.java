package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.quotes.RuleQuoteExtractorTest.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Quote;

/**
 * Error classes found by reading the output on 30 more unannotated corpus articles (third spot check,
 * docs/quotes.md); each sentence is made up, in the pattern seen.
 */
class UnseenNewsPatternsTest {

    @Test
    void marksHoldingTheSourceBeforeItsComplementizerAreNoQuote() {
        List<Quote> org = quotes("وقالت \"منظمة العدالة الدولية\"، ومقرها جنيف، إن القرار يقيد حرية الصحافة.");
        assertThat(org).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("منظمة العدالة الدولية");
            assertThat(q.content().text()).isEqualTo("القرار يقيد حرية الصحافة");
        });
        List<Quote> outlet = quotes("قال ماريو بيانكي إن المشروع تأخر. "
                + "وأضاف في تصريح لـ\"إذاعة المدينة\" أن الطريق سيفتح قريبا.");
        assertThat(outlet).extracting(q -> q.content().text())
                .containsExactly("المشروع تأخر", "الطريق سيفتح قريبا");
        assertThat(outlet.get(1).speaker().name()).startsWith("ماريو"); // the speaker carried, not the outlet in marks
        List<Quote> toThat = quotes("وأشارت \"نشرة الأسواق\" إلى أن الأسعار سترتفع.");
        assertThat(toThat).singleElement().satisfies(q ->
                assertThat(q.content().text()).isEqualTo("الأسعار سترتفع"));
    }

    @Test
    void aNameInMarksAfterARoleNamesTheSpeaker() {
        List<Quote> qs = quotes("ومن جهته قال الناشر \"بيدرو غاروسي\"، إنه قرأ القصائد كلها.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("بيدرو غاروسي");
            assertThat(q.content().text()).isEqualTo("قرأ القصائد كلها");
        });
    }

    @Test
    void marksAfterACueStillQuoteWhenNoComplementizerFollows() {
        List<Quote> qs = quotes("وقال الوزير كريم حداد \"لن نتراجع عن القرار\" في ختام الاجتماع.");
        assertThat(qs).singleElement().satisfies(q ->
                assertThat(q.content().text()).isEqualTo("لن نتراجع عن القرار"));
    }

    @Test
    void itIsRecalledThatIsTheWritersVoice() {
        assertThat(quotes("وقال المدرب سامي العلي إن الفريق جاهز. ويذكر أن الفريق فاز باللقب مرتين.")).singleElement()
                .satisfies(q -> assertThat(q.content().text()).isEqualTo("الفريق جاهز"));
        assertThat(quotes("وقال المدرب سامي العلي إن الفريق جاهز. كما يذكر أن الملعب جدد العام الماضي.")).hasSize(1);
        assertThat(quotes("ويذكر التقرير أن الخسائر كبيرة.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("التقرير"));
    }

    @Test
    void itIsRecalledThatIsNoPartOfAnAccordingToStatement() {
        assertThat(quotes("ويذكر أن الوزير يزور المدينة على رأس وفد كبير، وفقا لوكالة الأنباء الوطنية.")).singleElement()
                .satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("وكالة الأنباء الوطنية");
                    assertThat(q.content().text()).isEqualTo("الوزير يزور المدينة على رأس وفد كبير");
                });
    }

    @Test
    void aSubjectAfterEmphaticInnaSpeaksWithAnAdverbAfterTheVerb() {
        // "مرارا" after the verb was read as the speaker; the subject stands before it, after إن
        assertThat(quotes("إذ إن حكومة الجزيرة أكدت مرارا إنه لن تكون هناك انتخابات مبكرة.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("حكومة الجزيرة"));
    }

    @Test
    void aNameWrittenWithHamzaAlIsNoArticle() {
        // "أليكسي" normalizes to اليكسي, but the article ال never carries a hamza
        assertThat(quotes("قال النائب الروسي، أليكسي فرولوف، إن البرلمان سيصوت غدا.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("أليكسي فرولوف"));
    }

    @Test
    void aStatementWithNoSpeechAfterItLeavesNoSpeakerToCarry() {
        // "أكدت فيه استهداف المؤسسة" and "تنصح الدراسة بتوسيع …": the phrase after the verb is its object
        List<Quote> qs = quotes("وقال المدير سامي العلي إن المبنى تعرض لهجوم. بدورها، أصدرت وزارة الداخلية بياناً أكدت فيه "
                + "استهداف المؤسسة من قبل مسلحين، ولفتت إلى أن المهاجمين مرتبطون بتنظيم.");
        assertThat(qs).isNotEmpty().noneSatisfy(q -> assertThat(q.speaker().name()).startsWith("استهداف"));
    }

    @Test
    void aFrontedStatementOfTheLastSourceSourcesWhatFollowsFaqad() {
        List<Quote> qs = quotes("وقالت الوزارة إن الطريق مغلق. وحسب البلاغ، فقد أغلقت ثلاث طرق في المدينة.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker().name()).isEqualTo("الوزارة");
        assertThat(qs.get(1).content().text()).isEqualTo("أغلقت ثلاث طرق في المدينة");
    }

    @Test
    void associationsAndLeaguesAreOrganizations() {
        assertThat(quotes("ويعيش في المخيمات نحو ألف لاجئ، بحسب الجمعية.")).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("الجمعية");
            assertThat(q.content().text()).isEqualTo("يعيش في المخيمات نحو ألف لاجئ");
        });
        assertThat(quotes("وكانت رابطة المحامين أعلنت الاثنين أن الإضراب مستمر.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("رابطة المحامين"));
    }

    @Test
    void anOutletInMarksRelaysTheOneItQuotes() {
        assertThat(quotes("ونقلت \"وكالة الأنباء\" عن مسؤول حكومي أن الاتفاق قريب.")).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("مسؤول حكومي");
            assertThat(q.via()).isEqualTo("وكالة الأنباء");
            assertThat(q.content().text()).isEqualTo("الاتفاق قريب");
        });
    }

    @Test
    void partsOfTheDayAndAdverbsAreNoSpeaker() {
        List<Quote> dawn = quotes("دعا رئيس الاتحاد سمير الهادي، فجر الأحد، الأندية إلى \"ضبط النفس\".");
        assertThat(dawn).singleElement().satisfies(q ->
                assertThat(q.speaker().name()).contains("سمير الهادي"));
        List<Quote> quickly = quotes("قال الحارس ماريو بيانكي إن الفريق قوي، لكن بيانكي شدد سريعا على أن اللقب صعب.");
        assertThat(quickly).hasSize(2);
        assertThat(quickly.get(1).speaker().name()).isEqualTo("ماريو بيانكي");
    }
}
