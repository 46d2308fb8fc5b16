package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.quotes.RuleQuoteExtractorTest.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Quote;

/** Error patterns seen in held-out outlets (Al Arabiya, BBC, France24, CNN Arabic, Sky News Arabia, Jawhara FM). */
class HeldOutPatternsTest {
    @Test
    void aHeadlineOpeningWithATopicNounIsNotAQuote() {
        // France24, CNN Arabic: "الانتخابات التركية: …", "حكاية مونديال 94: …"
        assertThat(quotes("الانتخابات التركية: محرم إينجه زعيم المعارضة يدعو أردوغان لمناظرة", "")).isEmpty();
        assertThat(quotes("حكاية مونديال 94: بطولة خالدة للسعودية ومأساوية لمارادونا", "")).isEmpty();
    }

    @Test
    void aHeadlineFromASourceStillIsAQuote() {
        List<Quote> qs = quotes("خبراء: من الصعب تركيز هيئة النفاذ إلى المعلومة في موعدها", "");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("خبراء"));
        assertThat(quotes("الخارجية الروسية: لا علاقة لنا بالهجوم", "")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("الخارجية الروسية"));
    }

    @Test
    void aModalVerbsAnDoesNotOpenReportedSpeech() {
        // Al Arabiya op-ed: "يعتبرون المواطن العربى مجرد مستهلك …، ولا يستطيع أن يصنع"
        List<Quote> qs = quotes("لكنهم مازالوا يعتبرون المواطن العربى مجرد مستهلك همجى يستفيد بما تنتجه الحضارة الغربية، "
                + "ولا يستطيع أن يصنع حضارة أخرى لنفسه.");
        assertThat(qs).noneSatisfy(q -> assertThat(q.content().text()).startsWith("يصنع"));
    }

    @Test
    void lordIsATitleNotPartOfTheName() {
        // France24: "وقال المحامي البريطاني البارز اللورد بيتر غولدسميث الذي يمثل الدوحة …"
        List<Quote> qs = quotes("وقال المحامي البريطاني البارز اللورد بيتر غولدسميث الذي يمثل الدوحة أمام المحكمة "
                + "\"العديد من القطريين يعيشون في خوف دائم\".");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("بيتر غولدسميث"));
    }

    @Test
    void aPlatformInMarksIsANameAndHowItWasSaidIsNoSubject() {
        // CNN Arabic: "كما أوضح بتغريدة له عبر حسابه الخاص على "تويتر" إن …"
        List<Quote> qs = quotes("وقال ظريف إن \"على المجتمع الدولي أن يواجه الأحادية\"، كما أوضح بتغريدة له عبر حسابه "
                + "الخاص على \"تويتر\" إن محكمة العدل الدولية \"قد أمرت\" أمريكا أن تلتزم بالقرار.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker().name()).isEqualTo("ظريف");
        assertThat(qs.get(1).content().text()).startsWith("محكمة العدل الدولية");
        assertThat(qs).noneSatisfy(q -> assertThat(q.content().text()).isEqualTo("تويتر"));
    }

    @Test
    void eastAndWestTakeTheirPlaceAsComplement() {
        // Sky News Arabia: "وقال الناطق باسم شرطة شرق جاوا، …" — the place is not the speaker's name
        List<Quote> qs = quotes("وقال الناطق باسم شرطة شرق جاوا إن كاميرات المراقبة أظهرت دراجة نارية.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker().name()).isNotEqualTo("جاوا"));
    }
}
