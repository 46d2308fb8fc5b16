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

    @Test
    void aClosingMarkThatClosesNothingDoesNotSwallowTheParagraph() {
        List<Quote> qs = quotes("وأعلنت الوزارة العثور على الحطام، موضحة أنه عثر على أجزاء منه على عمق 70 مترا\". "
                + "وقال المتحدث باسم الوزارة سامر خليل أن فرق الإنقاذ ما زالت تبحث.");
        assertThat(qs).extracting(q -> q.content().text()).containsExactly(
                "عثر على أجزاء منه على عمق 70 مترا",
                "فرق الإنقاذ ما زالت تبحث");
    }

    @Test
    void aStraightMarkGluedToTheCueStillOpensWhenItsCloserFollows() {
        List<Quote> qs = quotes("وقالت المتحدثة دانا وايت إن الاجتماع عقد الجمعة. "
                + "وأضافت\" ستعتمد القرارات الإضافية على مواصلة المفاوضات بنية حسنة\".");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).content().text()).isEqualTo("ستعتمد القرارات الإضافية على مواصلة المفاوضات بنية حسنة");
    }

    @Test
    void theDotsOfAnAbbreviationEndNoSentence() {
        List<Quote> qs = quotes("وقال وزير التعليم ستيفان كروشيه لقناة إل.سي.إي الإخبارية \"الهواتف لا يمكن أن تسيطر على حياتنا\".");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).startsWith("ستيفان");
            assertThat(q.content().text()).isEqualTo("الهواتف لا يمكن أن تسيطر على حياتنا");
        });
        // the letters أن of an abbreviation open no reported clause, and name nobody
        assertThat(quotes("وذكرت إذاعة أن.بي.أو الهولندية الخبر.")).isEmpty();
        assertThat(quotes("وقال مسؤول بالهيئة لشبكة (سي.بي.اس) إنه تم إخلاء الجزيرة.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("مسؤول بالهيئة"));
    }

    @Test
    void theAuthorOfAStatementOrReportIsItsSource() {
        assertThat(quotes("وقال بيان أصدرته الوزارة صباح الخميس \"لن نبقى ساكتين أمام هذا التلاعب\".")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("الوزارة"));
        assertThat(quotes("وتراجعت شعبية الحكومة، حسبما أظهر استطلاع للرأي أجراه مركز الدراسات الوطني هذا الأسبوع."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("مركز الدراسات الوطني"));
        assertThat(quotes("ويشكل المزارعون ثلث السكان، وفقا لأرقام الحكومة الهندية.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("الحكومة الهندية"));
    }

    @Test
    void anOutletInMarksAfterTelevisionIsANameNotTheStatement() {
        List<Quote> qs = quotes("وأضاف الوزير جان لودريان في تصريح لتلفزيون \"إل. سي. إي\" أن الهجوم يستهدف فرنسا.");
        assertThat(qs).singleElement().satisfies(q ->
                assertThat(q.content().text()).isEqualTo("الهجوم يستهدف فرنسا"));
    }

    @Test
    void anOrganizationByItsHeadAloneIsTheOneNamedBefore() {
        List<Quote> qs = quotes("ونقلت وكالة فرانس برس عن مسؤول في الوفد قوله إن الأزمة انتهت. "
                + "وتقول الوكالة إنها اطلعت على نسخة من الاتفاق.");
        assertThat(qs).extracting(q -> q.speaker().name()).containsExactly("مسؤول في الوفد", "وكالة فرانس برس");
        // the same noun phrase, extended, wins over a construct named since ("شرطة المدينة")
        List<Quote> police = quotes("قالت الشرطة الكندية إن الحادث متعمد. وأعلن رئيس شرطة المدينة مارك ستيوارت أن التحقيق مستمر. "
                + "وكشفت الشرطة أن السائق في العشرين من عمره.");
        assertThat(police.get(2).speaker().name()).isEqualTo("الشرطة الكندية");
    }

    @Test
    void anOrganizationsNameKeepsItsComplementWithLam() {
        assertThat(quotes("وذكر المرصد السوري لحقوق الإنسان أن 20 شخصا قتلوا.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("المرصد السوري لحقوق الإنسان"));
    }

    @Test
    void aCueInsideARelativeClauseOnAStatementTakesTheSentencesSubject() {
        assertThat(quotes("من جهته نشر الشيخ خالد بن أحمد تغريدة على صفحته قال فيها: \"نهنئ الشعب بفوز الرئيس\"."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("خالد بن أحمد"));
        assertThat(quotes("عبر رئيس النادي مرتضى منصور عن أسفه، ووجه كلمة لجمهور النادي أكد فيها أن لديهم رئيسا نظيفا."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("مرتضى منصور"));
    }

    @Test
    void aFrontedAccordingToMidSentenceSourcesWhatFollows() {
        assertThat(quotes("كما أن تكلفة الإدارة مرتفعة، فبحسب شركة آرتميس من لديه 100 مليون دولار قد يدفع رسوما كبيرة."))
                .singleElement().satisfies(q -> assertThat(q.content().text())
                        .isEqualTo("من لديه 100 مليون دولار قد يدفع رسوما كبيرة"));
        assertThat(quotes("وغادر ممثلو النادي دون تصريح، لكن وفقا لمتحدث باسم الاتحاد الأوروبي فإن قرارا سيصدر مطلع حزيران."))
                .singleElement().satisfies(q -> assertThat(q.content().text()).isEqualTo("قرارا سيصدر مطلع حزيران"));
    }

    @Test
    void aNamedAppositionAfterAnOfficialIsTheSpeakerButNotAfterARolesSpokesman() {
        assertThat(quotes("وقالت مسؤولة الشؤون العامة في القاعدة، الضابط بريجيت برانتلي: \"يمكننا أن نؤكد أن الطائرة هبطت\"."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("بريجيت برانتلي"));
        assertThat(quotes("أكد متحدث باسم القائد العسكري الليبي، خليفة حفتر، أنه يتلقى العلاج في باريس."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("متحدث باسم القائد العسكري الليبي"));
    }

    @Test
    void whatAStatementSaysIsSaidByItsAuthor() {
        assertThat(quotes("جاء في بيان لوزارة الخارجية التونسية أن السفير استدعي.")).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("وزارة الخارجية التونسية");
            assertThat(q.content().text()).isEqualTo("السفير استدعي");
            assertThat(q.medium()).isEqualTo("بيان");
        });
        List<Quote> qs = quotes("وأعلن الاتحاد المصري لكرة القدم أن المباراة تأجلت. وجاء في البيان أن القرار نهائي.");
        assertThat(qs).extracting(q -> q.speaker().name()).containsExactly("الاتحاد المصري لكرة القدم", "الاتحاد المصري لكرة القدم");
        assertThat(quotes("وأعلن الاتحاد المصري لكرة القدم أن المباراة تأجلت. وجاء في الحديث الشريف أن الدين يسر.")).hasSize(1);
    }

    @Test
    void aSourceNamedAfterItsStatementIsNotContinuedByTheNextAdded() {
        List<Quote> qs = quotes("وأشار المشير خليفة حفتر في كلمة إلى \"عودة المدينة آمنة\". وحرر الجيش منطقة البلاد وسط المدينة، "
                + "حسبما أكدت مصادر عسكرية. وأضاف: \"لا تزال قواتنا تطاردهم في كل مكان\".");
        assertThat(qs).extracting(q -> q.speaker().name()).containsExactly("خليفة حفتر", "مصادر عسكرية", "خليفة حفتر");
    }

    @Test
    void twoSourcesOfOneStatementAreItsSourceAndItsRelay() {
        List<Quote> qs = quotes("وتستعد الشركة لإطلاق ثلاثة هواتف جديدة هذا العام، وفقا لما ذكرته وكالة بلومبرغ، نقلا عن مصادر مطلعة.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("تستعد الشركة لإطلاق ثلاثة هواتف جديدة هذا العام");
            assertThat(q.speaker().name()).isEqualTo("مصادر مطلعة");
            assertThat(q.via()).isEqualTo("وكالة بلومبرغ");
        });
        List<Quote> two = quotes("ولقي المهاجرون حتفهم بعد غرق القارب، وفقا لما نقلته وكالة الأنباء المحلية، الأحد، في الوقت الذي "
                + "أنقذت فيه قوات خفر السواحل 67 مهاجرا آخرين، وفقا لما قالته وزارة الداخلية.");
        assertThat(two).extracting(q -> q.speaker().name()).containsExactly("وكالة الأنباء المحلية", "وزارة الداخلية");
        assertThat(two.get(0).via()).isNull();
    }

    @Test
    void aRelayedSpeakerKeepsTheWordsThatDescribeHimUpToHisVerbalNoun() {
        List<Quote> qs = quotes("ونقلت وكالة فرانس برس عن مسؤول في الوفد الفلبيني المرافق للوزير قوله \"أعتقد أن الأزمة انتهت\". "
                + "وأضاف إن الاتفاقية \"تمنح عددا من الحقوق للعمال\".");
        assertThat(qs).hasSize(2).allSatisfy(q ->
                assertThat(q.speaker().name()).isEqualTo("مسؤول في الوفد الفلبيني المرافق للوزير"));
        assertThat(qs.get(0).via()).isEqualTo("وكالة فرانس برس");
    }

    @Test
    void aVerbDescribingTheInterviewDoesNotCutTheCueFromItsStatement() {
        assertThat(quotes("وقال اللاعب ليونيل ميسي في حوار نقلته صحيفة ماركا أن انتقال نيمار سيكون أمرا رهيبا."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker().name()).endsWith("ميسي");
                    assertThat(q.content().text()).isEqualTo("انتقال نيمار سيكون أمرا رهيبا");
                });
    }
    @Test
    void aCommentIsSpeech() {
        List<Quote> qs = quotes("وعلق المدرب يورغن كلوب على التعاقد: \"إنه يوم سعيد للنادي\".");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("يورغن كلوب");
            assertThat(q.content().text()).isEqualTo("إنه يوم سعيد للنادي");
        });
        // علق is also "suspended": with no clause and no quotation marks it says nothing
        assertThat(quotes("وعلقت الحكومة العمل بالاتفاق مع الشركة منذ العام الماضي.")).isEmpty();
    }
}
