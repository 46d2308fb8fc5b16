package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.quotes.RuleQuoteExtractorTest.quotes;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Quote;
import org.marsad.pipeline.Pipeline;

/**
 * Error classes found by reading the output on 30 more unannotated corpus articles (fourth spot check,
 * docs/quotes.md); each sentence is made up, in the pattern seen.
 */
class UnseenNewsPatterns2Test {
    private static final Pipeline PIPELINE = Pipeline.standard();

    /** Quotes with the standard pipeline's entities, for the rules that read the tagger's mentions. */
    private static List<Quote> withEntities(String text) {
        return PIPELINE.analyze(Article.of("t", "", text, LocalDate.of(2018, 8, 8))).quotes();
    }

    @Test
    void aTaggedPersonInAppositionIsTakenWhole() {
        assertThat(withEntities("وقال بيان وزعه المتحدث باسم طالبان، ذبيح الله مجاهد، على الصحفيين، إن القائد توفي بعد مرض."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("ذبيح الله مجاهد"));
    }

    @Test
    void whatAStatementSaysIsSaidByWhoeverPutItOut() {
        assertThat(quotes("وأصدرت وزارة الزراعة الأردنية بيانا جاء فيه أن المحصول وفير هذا العام."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("وزارة الزراعة الأردنية");
                    assertThat(q.content().text()).isEqualTo("المحصول وفير هذا العام");
                });
        assertThat(quotes("ونشرت الوزارة تغريدة جاء فيها: \"نحن مستعدون للحوار مع الجميع\"."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).contains("الوزارة"));
        // "at the time when it came": no statement
        assertThat(quotes("وصل الوفد في الوقت الذي جاء فيه أن الطريق مغلق.")).isEmpty();
    }

    @Test
    void aNameInAppositionAfterARoleTakesDescriptiveWordsBeforeIt() {
        assertThat(quotes("وقال وزير الزراعة السابق، المهندس سامر الخطيبي، في تصريحات صحفية، إن المحصول وفير."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("سامر الخطيبي");
                    assertThat(q.content().text()).isEqualTo("المحصول وفير");
                });
    }

    @Test
    void aRolesOwnInstitutionAfterLamIsNoAddressee() {
        // "لمجلس …" belongs to the role; the name after it is the speaker's
        assertThat(quotes("وقال الرئيس المشترك لمجلس الشورى المحلي سامر الخطيبي \"نحن مستعدون للحوار\"."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("سامر الخطيبي"));
        // "لصحيفة …" is whom it was said to
        assertThat(quotes("وقال الوزير الفرنسي لصحيفة محلية إن الحوار مستمر.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).doesNotContain("صحيفة"));
    }

    @Test
    void aNameRightAfterAMarkedComplementIsTheSpeakers() {
        assertThat(quotes("وقال الناطق باسم \"غرفة العمليات المشتركة\" سامر الخطيبي إن المعارك مستمرة."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("سامر الخطيبي"));
    }

    @Test
    void timeWordsBetweenTheCueAndItsSubjectAreSkippedAndEndNoPhrase() {
        assertThat(quotes("وقال أمس وزير الصحة إن الوضع تحت السيطرة.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("وزير الصحة"));
        List<Quote> then = quotes("قال المدرب ماريو بيانكي إن الفريق جاهز. لكن بيانكي قال حينها إنه لن يغادر.");
        assertThat(then).hasSize(2);
        assertThat(then.get(1).speaker().name()).isEqualTo("ماريو بيانكي");
    }

    @Test
    void lamAndTheArticleMergedGiveTheSourcesOwnName() {
        assertThat(quotes("وأصيب ثلاثة أشخاص في الحادث، وفق بيان للشرطة.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("الشرطة"));
    }

    @Test
    void aRelativeClauseOrFiHinWithItsOwnSpeechVerbEndsTheContent() {
        List<Quote> rel = quotes("وقالت المتحدثة إن الدول الأربع صنعت الغاز، الذي تقول الحكومة إن مصدره الخارج.");
        assertThat(rel).extracting(q -> q.content().text()).containsExactly("الدول الأربع صنعت الغاز", "مصدره الخارج");
        List<Quote> contrast = quotes("وقال الوزير إن المفاوضات متعثرة، في حين قالت المعارضة إن الحوار انتهى.");
        assertThat(contrast).extracting(q -> q.content().text()).containsExactly("المفاوضات متعثرة", "الحوار انتهى");
    }

    @Test
    void anAccordingToAfterWadhalikaAndAMediumAfterTheStatementEndTheContent() {
        assertThat(quotes("أكد الوزير سامر الخطيبي أن القضية أمنية، وذلك وفقا لما قاله في مؤتمر صحفي.")).first()
                .satisfies(q -> assertThat(q.content().text()).isEqualTo("القضية أمنية"));
        assertThat(quotes("أكد النائب سامر الخطيبي أن بلاده تملك وسائل للرد، في تصريحات أدلى بها لإذاعة محلية."))
                .singleElement().satisfies(q -> assertThat(q.content().text()).isEqualTo("بلاده تملك وسائل للرد"));
        assertThat(quotes("أكد النائب سامر الخطيبي أن بلاده تملك وسائل للرد، في تصريحات أدلى بها لوكالة \"الأنباء الوطنية\" الرسمية."))
                .singleElement().satisfies(q -> assertThat(q.content().text()).isEqualTo("بلاده تملك وسائل للرد"));
    }

    @Test
    void aSourceBetweenCommasAfterAShortAdverbialSourcesWhatFollows() {
        assertThat(quotes("وحتى الآن، بحسب المنظمة، لم يصل أي رد من الشركات المعنية.")).singleElement()
                .satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("المنظمة");
                    assertThat(q.content().text()).isEqualTo("لم يصل أي رد من الشركات المعنية");
                });
    }

    @Test
    void aVerbsObjectOrASubjectWithItsVerbIsNoOneToCarry() {
        List<Quote> object = quotes("أفادت الوزيرة كلارا غاروسي أن القانون سينشر قريبا. واكدت أهمية قطاع الطاقة في خلق فرص العمل "
                + "وتحفيز الاستثمارات الخاصة. ولفتت إلى أن المشاريع جاهزة.");
        assertThat(object).hasSize(2);
        assertThat(object.get(1).speaker().name()).isEqualTo("كلارا غاروسي");
        List<Quote> subjectVerb = quotes("قال المحامي سامر الخطيبي إن موكله بريء. وكانت النيابة العامة قررت حبس المتهمين. "
                + "وأضاف أن الملف فارغ.");
        assertThat(subjectVerb).hasSize(2);
        assertThat(subjectVerb.get(1).speaker().name()).isEqualTo("سامر الخطيبي");
    }

    @Test
    void bePlusAVerbalNounIsNoName() {
        List<Quote> qs = quotes("تحقق النيابة في معلومات تفيد باستخدام الحزب لجهاز سري. وأوضحت هيئة الدفاع أن الملف كامل. "
                + "وأشارت إلى أن الوثائق مفقودة.");
        assertThat(qs).isNotEmpty().noneSatisfy(q -> assertThat(q.speaker().name()).startsWith("باستخدام"));
        assertThat(qs.get(qs.size() - 1).speaker().name()).isEqualTo("هيئة الدفاع");
    }

    @Test
    void aVerbJoinedByWawAfterACommaSharesTheClausesSubject() {
        List<Quote> qs = quotes("قال الوزير سامر الخطيبي إن الدعم سيستمر. من جانبها، أعلنت وزارة التجارة مرارا نيتها مراجعة قوائم "
                + "المستفيدين، وقالت في وقت سابق إن المراجعة ستتم على مراحل.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker().name()).isEqualTo("وزارة التجارة");
    }

    @Test
    void aSubjectBeforeANonSpeechVerbGovernsTheCueJoinedToIt() {
        List<Quote> court = quotes("قال المحامي سامر الخطيبي إن موكله بريء. لكن محكمة الاستئناف أعادت دراسة الملف، واعتبرت أن "
                + "الدخول لم يكن شرعيا.");
        assertThat(court).hasSize(2);
        assertThat(court.get(1).speaker().name()).isEqualTo("محكمة الاستئناف");
        List<Quote> unnamed = quotes("قال الوزير سامر الخطيبي إن الاتفاق قريب. ولكن خبراء قللوا من أهمية الخطوة، كما استبعدوا أن "
                + "تتخذها الحكومة.");
        assertThat(unnamed).hasSize(2);
        assertThat(unnamed.get(1).speaker().name()).isEqualTo("خبراء");
    }

    @Test
    void aTimeWordAfterASubjectFirstVerbLeavesItsObjectAlone() {
        // "كونتي حذّر الأربعاء المفوضية": the subject came first, the phrase after the day is the object
        List<Quote> qs = quotes("وكان رئيس الوزراء ماريو بيانكي حذر الأربعاء المفوضية من أن الموازنة لن تعدل.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("ماريو بيانكي"));
    }

    @Test
    void aFrontedAdverbialBeforeTheFirstVerbIsSkipped() {
        List<Quote> qs = quotes("قال الوزير سامر الخطيبي إن السجون آمنة. والعام الماضي، نشرت منظمة العفو تقريرا اعتبرت فيه أن "
                + "التعذيب منتشر.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker().name()).isEqualTo("منظمة العفو");
    }

    @Test
    void clarifiedAndNotedAreSpeechVerbsButBetweenIsNot() {
        assertThat(quotes("وبينت الوزيرة كلارا غاروسي أن المشاريع جاهزة.")).singleElement()
                .satisfies(q -> assertThat(q.content().text()).isEqualTo("المشاريع جاهزة"));
        assertThat(quotes("قال المدير سامر الخطيبي إن النتائج جيدة، مبينا أن الخطة نجحت.")).hasSize(2);
        assertThat(quotes("ولاحظت الباحثة كلارا غاروسي أن الظاهرة تتوسع.")).singleElement()
                .satisfies(q -> assertThat(q.content().text()).isEqualTo("الظاهرة تتوسع"));
        assertThat(quotes("الفرق كبير بين أن تكون حاضرا وأن تكون غائبا.")).isEmpty();
    }

    @Test
    void sportsAndAdverbsBeforeAHeadlineColonAreLabels() {
        assertThat(quotes("كرة السلة : فوز الفريق المحلي على الضيوف", "جرت المباراة أمس.")).isEmpty();
        assertThat(quotes("قريبا : افتتاح الخط الجديد للمترو", "يفتتح الخط في الربيع.")).isEmpty();
    }

    @Test
    void scientistsAreAnUnnamedSource() {
        assertThat(quotes("ووفقا للعلماء فإن الجليد يذوب بسرعة.")).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("العلماء");
            assertThat(q.content().text()).isEqualTo("الجليد يذوب بسرعة");
        });
    }

    @Test
    void aSourceWithholdingItsNameIsTheSpeakerNotItsName() {
        // the withholding verb is no cue, and the name it withholds is nobody
        assertThat(quotes("وقال مسؤول في الوزارة، طلب عدم ذكر اسمه، إن المفاوضات ستستأنف قريبا."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("مسؤول في الوزارة");
                    assertThat(q.content().text()).isEqualTo("المفاوضات ستستأنف قريبا");
                });
        assertThat(quotes("وأكد مصدر أمني لم يكشف عن هويته أن الهجوم استهدف نقطة تفتيش."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).startsWith("مصدر أمني"));
        assertThat(quotes("وقال الموظف، رافضا الكشف عن اسمه، إن الشركة تأخرت في دفع الرواتب."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("الموظف"));
        assertThat(quotes("ونقلت الصحيفة عن مصادر لم تذكر اسمها أن الوزير سيستقيل."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("مصادر");
                    assertThat(q.via()).isEqualTo("الصحيفة");
                });
        // a woman whose name the paper withholds says nothing here
        assertThat(quotes("وأشارت الصحيفة إلى أن الأميرة، التي لم تذكر اسمها، تحب الموسيقى."))
                .allSatisfy(q -> assertThat(q.speaker().name()).doesNotContain("اسمها"));
    }

    @Test
    void aRelayFromAPronounGoesBackToWhoeverItPointsTo() {
        List<Quote> qs = quotes("وقال وزير الخارجية الإيراني محمد جواد ظريف إن الاجتماع سيعقد في طهران. "
                + "ونقلت وكالة فارس عنه قوله إن الحفاظ على وحدة الأراضي السورية ضروري.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker().name()).isEqualTo("محمد جواد ظريف");
        assertThat(qs.get(1).via()).isEqualTo("وكالة فارس");
        List<Quote> hers = quotes("وقالت رئيسة الوزراء للصحفيين إن القرار صائب. ونقلت عنها صحيفة محلية قولها إن الحكومة باقية.");
        assertThat(hers).hasSize(2);
        assertThat(hers.get(1).speaker()).isEqualTo(hers.get(0).speaker());
        assertThat(hers.get(1).speaker().name()).startsWith("رئيسة الوزراء");
        assertThat(hers.get(1).via()).isEqualTo("صحيفة محلية");
    }

    @Test
    void anOutletQuotingASourceRelaysIt() {
        assertThat(quotes("وذكرت وكالة الأنباء الروسية نقلا عن مصدر دبلوماسي أن الوزير سيزور القاهرة الأسبوع المقبل."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("مصدر دبلوماسي");
                    assertThat(q.via()).isEqualTo("وكالة الأنباء الروسية");
                    assertThat(q.content().text()).isEqualTo("الوزير سيزور القاهرة الأسبوع المقبل");
                });
        // a person's words through an outlet: the person speaks
        assertThat(quotes("وصرح اللاعب السويدي نقلا عن شبكة ESPN بأنه يفكر في العودة إلى فريقه السابق."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("اللاعب السويدي");
                    assertThat(q.via()).contains("ESPN");
                });
    }

    @Test
    void aHeadlineOpeningWithTheSceneHasNoSpeaker() {
        assertThat(quotes("في الصين : قطار يشق مبنى سكنيا", "نص الخبر.")).isEmpty();
        assertThat(quotes("بعد موجة ارتفاع الأسعار : وزارة التجارة تتدخل", "نص الخبر.")).isEmpty();
        assertThat(quotes("غدا : انطلاق الانتخابات التشريعية", "نص الخبر.")).isEmpty();
        // a name that, normalized, is also the preposition على still speaks
        assertThat(quotes("علي ربيع: من انتقد المسرحية لم يشاهدها كاملة", "نص الخبر."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("علي ربيع"));
    }

    @Test
    void howOftenIsNotWhoAndOnlyIsNoSource() {
        List<Quote> again = quotes("وقال الوزير إن الحوار مستمر. وشدد مرة أخرى على أن العلاقات مهمة.");
        assertThat(again).hasSize(2);
        assertThat(again.get(1).speaker().name()).isEqualTo("الوزير");
        assertThat(quotes("وقال المدرب إن الفريق جاهز. وكرر أكثر من مرة أنه لن يرحل."))
                .extracting(q -> q.speaker().name()).containsOnly("المدرب");
        assertThat(quotes("وكانت السلطات الفرنسية أعلنت عام 2007 أن إبعاده ممكن قانونيا."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("السلطات الفرنسية"));
        // "describes himself as": the subject stands before the verb, not the reflexive after it
        assertThat(quotes("وقال الكاتب إن الرواية جاهزة. ويصف نفسه بأنه متفائل غاضب."))
                .extracting(q -> q.speaker().name()).doesNotContain("نفسه");
        // "ليس ذلك فحسب بل": not only, no source
        assertThat(quotes("ارتفعت الأسعار في المدينة، ليس ذلك فحسب بل تعدتها إلى القرى المجاورة.")).isEmpty();
    }

    @Test
    void aCompanyTheTaggerKnowsSpeaksAsAnOrganization() {
        assertThat(withEntities("وقالت بوينغ إنها لن تسلم أي طائرة إلى إيران."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker().kind()).isEqualTo(org.marsad.model.SpeakerKind.ORGANIZATION);
                    assertThat(q.speaker().entity()).isNotNull();
                });
    }

    @Test
    void inKeepingWithALawIsNoSource() {
        assertThat(quotes("ووفقا للقانون، يجب على المرشحين تقديم ملفاتهم قبل نهاية الشهر.")).isEmpty();
        assertThat(quotes("وتم تعيينه طبقا لأحكام الفصل الثالث من الدستور.")).isEmpty();
        // but a source after the same word still is one
        assertThat(quotes("ووفقا لوزارة الصحة، ارتفع عدد الإصابات إلى مئة حالة."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("وزارة الصحة"));
    }
}
