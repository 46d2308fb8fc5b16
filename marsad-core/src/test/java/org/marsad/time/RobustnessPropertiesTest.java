package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.model.Article;
import org.marsad.model.DateExpression;
import org.marsad.model.Quantity;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;

/** Any mix of time words, numbers and punctuation: no exception, and every span is the text it claims. */
class RobustnessPropertiesTest {
    private static final String[] PIECES = {"في", "من", "إلى", "و", "يوم", "اليوم", "أمس", "غدا", "غداً", "الأحد",
        "الاثنين", "الماضي", "المقبل", "الجاري", "الحالي", "العام", "الشهر", "الأسبوع", "عام", "سنة", "شهر", "مطلع",
        "نهاية", "قبل", "بعد", "نفسه", "التالي", "ذلك", "كانون", "الثاني", "الأول", "تشرين", "شباط", "آذار", "آب",
        "مارس", "ماي", "جوان", "رمضان", "ذو", "الحجة", "ربيع", "هـ", "م", "1", "13", "29", "30", "31", "32", "2014",
        "1439", "0", "99999", "٢٠٢٢", "10/1/2022", "2022-02-30", "31/04/2021", "/", "(", ")", "،", ".", "-", "%",
        "الثالث", "عشر", "الحادي", "والعشرين", "ثلاثة", "آلاف", "مليون", "طائرة", "دولار", "بالمئة", "عامين",
        "يومين", "أول", "الموافق", "الخميس", "29", "فبراير", "2017", "\n"};

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(14).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<LocalDate> published() {
        return Arbitraries.integers().between(0, 40_000).map(d -> LocalDate.of(1950, 1, 1).plusDays(d))
                .injectNull(0.2);
    }

    @Property(tries = 3000)
    void neverThrowsAndSpansAreExact(@ForAll("soup") String text, @ForAll("published") LocalDate published) {
        AnalyzedText at = new TextAnalyzer().analyze(Article.of("r", text, text, published));
        List<DateExpression> dates = new ArabicDateRecognizer().recognize(at);
        for (DateExpression d : dates) {
            assertThat(at.field(d.span().field()).substring(d.span().start(), d.span().end())).isEqualTo(d.span().text());
            assertThat(d.value()).matches("[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?|-W[0-9X]{2}(-[1-7])?)?");
        }
        for (Quantity q : new ArabicQuantityRecognizer().recognize(at)) {
            assertThat(at.field(q.span().field()).substring(q.span().start(), q.span().end())).isEqualTo(q.span().text());
            assertThat(q.value()).isNotNegative();
        }
    }
}
