package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Field;
import org.marsad.model.Quote;
import org.marsad.model.SpeakerKind;
import org.marsad.model.Stance;
import org.marsad.text.TextAnalyzer;

/** One test per rule, on sentences from Arabic news (RT Arabic, BBC Arabic, France24, CNN Arabic). */
class RuleQuoteExtractorTest {
    private static final RuleQuoteExtractor EXTRACTOR = RuleQuoteExtractor.standard();

    static List<Quote> quotes(String title, String text) {
        Article a = Article.of("t", title, text, LocalDate.of(2022, 1, 14));
        return EXTRACTOR.extract(new TextAnalyzer().analyze(a), List.of());
    }

    static List<Quote> quotes(String text) {
        return quotes("", text);
    }

    @Test
    void directQuoteInCurlyMarksAfterNamedSubjectAndColon() {
        List<Quote> qs = quotes("وأضاف بيسكوف في مقابلة مع قناة (سي إن إن) الأمريكية: “لا علاقة لنا بتاتاً بهذا الموضوع "
                + "ولا علاقة لروسيا بهذه الهجمات الإلكترونية”.");
        assertThat(qs).hasSize(1);
        Quote q = qs.get(0);
        assertThat(q.speaker().name()).isEqualTo("بيسكوف");
        assertThat(q.direct()).isTrue();
        assertThat(q.content().text()).isEqualTo("لا علاقة لنا بتاتاً بهذا الموضوع ولا علاقة لروسيا بهذه الهجمات الإلكترونية");
        assertThat(q.cue().text()).isEqualTo("وأضاف");
        assertThat(q.stance()).isEqualTo(Stance.DENY);
    }

    @Test
    void colonWithoutMarksIsADirectQuote() {
        List<Quote> qs = quotes("إلى ذلك، قالت رئيسة مجلس الاتحاد فالنتينا ماتفينكو: إذا جرت محاولة تنظيم ثورة ملونة في إحدى "
                + "الدول الأعضاء في منظمة معاهدة الأمن الجماعي، فستدافع المنظمة عنها.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("فالنتينا ماتفينكو");
            assertThat(q.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
            assertThat(q.direct()).isTrue();
            assertThat(q.content().text()).startsWith("إذا جرت محاولة").endsWith("فستدافع المنظمة عنها");
        });
    }

    @Test
    void indirectQuoteAfterSpeechVerbAndAnTitlesSkipped() {
        List<Quote> qs = quotes("وفي الشأن الكازاخي، أكد النائب الأول للمندوب الروسي الدائم لدى الأمم المتحدة ديمتري بوليانسكي، "
                + "أن بلاده لم تخطط أبداً لإبقاء قوات حفظ السلام التابعة لها في كازاخستان.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("ديمتري بوليانسكي");
            assertThat(q.direct()).isFalse();
            assertThat(q.content().text()).isEqualTo("بلاده لم تخطط أبداً لإبقاء قوات حفظ السلام التابعة لها في كازاخستان");
            assertThat(q.stance()).isEqualTo(Stance.ASSERT);
        });
    }

    @Test
    void shortNameIsExpandedToTheFullestNameInTheArticle() {
        List<Quote> qs = quotes("قال المتحدث باسم الرئاسة الروسية ديمتري بيسكوف إن العلاقات تمر بمرحلة صعبة.\n"
                + "وفي الشأن الأوكراني، أعلن بيسكوف أنه لا علاقة لروسيا بالهجمات الإلكترونية.");
        assertThat(qs).hasSize(2);
        assertThat(qs).allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("ديمتري بيسكوف"));
        assertThat(qs.get(1).stance()).isEqualTo(Stance.DENY);
    }

    @Test
    void pronounAccordingToHerPointsToTheLastWoman() {
        List<Quote> qs = quotes("وأضافت ماتفينكو، في مقابلة تلفزيونية: “لقد أثبتنا أن المنظمة مؤسسة في غاية الجدية”.\n"
                + "من جانبه قال رئيس مجلس الدوما فياتشيسلاف فولودين: إن العديد من الدول تشعر بالندم.\n"
                + "ووفقاً لها، في كازاخستان أظهرت منظمة معاهدة الأمن الجماعي جدواها وأهميتها.");
        assertThat(qs).hasSize(3);
        Quote q = qs.get(2);
        assertThat(q.speaker().name()).isEqualTo("ماتفينكو");
        assertThat(q.content().text()).isEqualTo("في كازاخستان أظهرت منظمة معاهدة الأمن الجماعي جدواها وأهميتها");
        assertThat(q.evidence()).contains("pronoun");
    }

    @Test
    void feminineContinuationSkipsTheLastManForTheLastWoman() {
        List<Quote> qs = quotes("وقالت دانا وايت المتحدثة باسم البنتاغون إن المناورات علقت.\n"
                + "وقال مسؤولون عسكريون إن القرار صدم الحلفاء.\n"
                + "وقال جيمس ماتيس إن التنسيق مستمر.\n"
                + "وأضافت أن القرارات الإضافية ستعتمد على المفاوضات.\n"
                + "وأضاف أن الحلفاء على اطلاع.");
        assertThat(qs).extracting(q -> q.speaker().name())
                .containsExactly("دانا وايت", "مسؤولون عسكريون", "جيمس ماتيس", "دانا وايت", "جيمس ماتيس");
        assertThat(qs.get(3).evidence()).startsWith("continues the speaker of sentence");
    }

    @Test
    void relayChainGivesSpeakerViaAndMedium() {
        List<Quote> qs = quotes("أكد النائب الأول للمندوب الروسي ديمتري بوليانسكي أن بلاده لم تخطط لذلك.\n"
                + "ونقلت وكالة تاس عن بوليانسكي قوله في تغريدة على تويتر ردّاً على مزاعم ضد موسكو: “إن البعض تتولّد "
                + "لديهم مثل هذه التخمينات الخاطئة”.");
        assertThat(qs).hasSize(2);
        Quote q = qs.get(1);
        assertThat(q.speaker().name()).isEqualTo("ديمتري بوليانسكي");
        assertThat(q.via()).isEqualTo("وكالة تاس");
        assertThat(q.medium()).isEqualTo("تغريدة على تويتر");
        assertThat(q.cue().text()).isEqualTo("قوله");
        assertThat(q.content().text()).isEqualTo("إن البعض تتولّد لديهم مثل هذه التخمينات الخاطئة");
    }

    @Test
    void mediumOfAnInterviewAndOfAStatement() {
        List<Quote> qs = quotes("وفي هذا السياق، قال المتحدث باسم الرئاسة الروسية ديمتري بيسكوف، في مقابلة مع قناة CNN الأمريكية: "
                + "إن هناك “بعض التفاهم” في علاقات روسيا مع الولايات المتحدة وناتو.\n"
                + "وفي هذا السياق أعلنت وزارة الدفاع الروسية في بيان اليوم أن 19 طائرة نقل عسكرية غادرت ألمآتا.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).medium()).isEqualTo("مقابلة مع قناة CNN الأمريكية");
        assertThat(qs.get(0).content().text()).isEqualTo("هناك “بعض التفاهم” في علاقات روسيا مع الولايات المتحدة وناتو");
        assertThat(qs.get(1).medium()).isEqualTo("بيان");
        assertThat(qs.get(1).speaker().name()).isEqualTo("وزارة الدفاع الروسية");
        assertThat(qs.get(1).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(qs.get(1).stance()).isEqualTo(Stance.ANNOUNCE);
    }

    @Test
    void unnamedSourcesAreAnonymousWithNoEntity() {
        List<Quote> qs = quotes("قالت مصادر مقربة من عائلة الإعلامي السعودي جمال خاشقجي، في تصريحات لـCNN، إن الصحفي "
                + "غير قادر على السفر خارج المملكة منذ عدة شهور.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
            assertThat(q.speaker().entity()).isNull();
            assertThat(q.speaker().name()).startsWith("مصادر مقربة");
        });
    }

    @Test
    void countryAsSpeakerAndAllegeStance() {
        List<Quote> qs = quotes("وفي وقت سابق زعمت أوكرانيا أن لديها مؤشرات أولية تؤكد ضلوع أجهزة الاستخبارات الروسية في الهجوم.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("أوكرانيا");
            assertThat(q.speaker().kind()).isEqualTo(SpeakerKind.COUNTRY);
            assertThat(q.stance()).isEqualTo(Stance.ALLEGE);
        });
    }

    @Test
    void marksAroundNamesAndTitlesAreNotQuotes() {
        assertThat(quotes("ويمكن حمل منظومة “غيبكا إس” على مركبات مدرّعة خفيفة مثل مدرعات “تايغر” التي تصل سرعتها "
                + "إلى 110 كيلومترات في الساعة.")).isEmpty();
        assertThat(quotes("", "وعمل روبوشون، الذي أطلق عليه اسم \"طباخ القرن\" في عام 1989، في عشرات المطاعم.")).isEmpty();
        List<Quote> qs = quotes("وخاصة بعد أن أعلن الغرب على لسان أمين عام حلف شمال الأطلسي “ناتو” أنه في غير وارد إعطاء "
                + "ضمانات لروسيا بعدم التمدّد شرقاً.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("في غير وارد إعطاء ضمانات لروسيا بعدم التمدّد شرقاً");
            assertThat(q.speaker().name()).startsWith("أمين عام حلف شمال الأطلسي");
        });
    }

    @Test
    void missingClosingMarkEndsAtTheParagraph() {
        List<Quote> qs = quotes("وقال وزير الداخلية رمضان رحيم زاده للصحافيين: “ندرس كل الفرضيات بما فيها السرقة\n"
                + "وتجري الشرطة تحقيقا.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("ندرس كل الفرضيات بما فيها السرقة");
            assertThat(q.speaker().name()).isEqualTo("رمضان رحيم زاده");
        });
    }

    @Test
    void nestedMarksStayInsideOneQuote() {
        List<Quote> qs = quotes("وقالت الوزارة إن الإفراج عنه هو «جريمة بحد ذاتها، و“دليل قاطع” على سياسة مسبقة».");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("الوزارة");
            assertThat(q.content().text()).isEqualTo("الإفراج عنه هو «جريمة بحد ذاتها، و“دليل قاطع” على سياسة مسبقة»");
        });
    }

    @Test
    void quoteSpanningSentencesWithStraightMarks() {
        List<Quote> qs = quotes("وقال روبوشون لإحدى المجلات \"كلما كبرت في السن، أدركت أن الصواب هو البساطة. "
                + "وأحب أن أمشي في المطبخ\".");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("كلما كبرت في السن، أدركت أن الصواب هو البساطة. وأحب أن أمشي في المطبخ");
            assertThat(q.medium()).isEqualTo("إحدى المجلات");
        });
    }

    @Test
    void headlineWithSourceAndColonTakesTheBodysFullName() {
        List<Quote> qs = quotes("بيسكوف: العلاقات مع الولايات المتحدة تدخل مرحلة خطيرة",
                "قال المتحدث باسم الرئاسة الروسية ديمتري بيسكوف إن هناك بعض التفاهم.");
        assertThat(qs).hasSize(2);
        Quote h = qs.get(0);
        assertThat(h.inTitle()).isTrue();
        assertThat(h.content().field()).isEqualTo(Field.TITLE);
        assertThat(h.speaker().name()).isEqualTo("ديمتري بيسكوف");
        assertThat(h.content().text()).isEqualTo("العلاقات مع الولايات المتحدة تدخل مرحلة خطيرة");
    }

    @Test
    void headlinePlaceLabelIsNotAQuote() {
        List<Quote> qs = quotes("طاجيكستان: تنظيم \"الدولة الإسلامية\" يتبنى هجوما أدى لمقتل أربعة سياح أجانب",
                "تبنى التنظيم الاثنين اعتداء في منطقة دنغارا.");
        assertThat(qs).isEmpty();
    }

    @Test
    void accordingToAfterTheStatement() {
        List<Quote> qs = quotes("وما زال 15 مصابا يتلقون العلاج في المستشفيات، وفق رئيس شرطة تورنتو مارك سوندرز.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("مارك سوندرز");
            assertThat(q.content().text()).isEqualTo("ما زال 15 مصابا يتلقون العلاج في المستشفيات");
        });
    }

    @Test
    void participleSharesTheSubjectOfItsClause() {
        List<Quote> qs = quotes("وافتتح رئيس الاتحاد جاني إنفانتينو الاجتماع عند الساعة السادسة، قائلا \"أهلا بكم في الكونغرس\".");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("جاني إنفانتينو");
            assertThat(q.content().text()).isEqualTo("أهلا بكم في الكونغرس");
        });
    }

    @Test
    void speechVerbWithOnlyANounPhraseIsNotAQuote() {
        assertThat(quotes("ويوم الأحد، طالب رئيس الوزراء الصيني، لي كه تشيانغ، بفرض عقوبات مشددة على المتورطين.")).isEmpty();
        assertThat(quotes("كشفت الشرطة الهولندية هوية المشتبه به بتنفيذ هجوم الطعن.")).isEmpty();
    }

    @Test
    void placeNameThatSpellsAVerbIsNotACue() {
        List<Quote> qs = quotes("قال نارونغساك أوسوتاناكورن، حاكم مقاطعة تشيانغ راي، في مؤتمر صحفي \"إنهم سالمون\".");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("نارونغساك أوسوتاناكورن");
            assertThat(q.medium()).isEqualTo("مؤتمر صحفي");
        });
    }
}
