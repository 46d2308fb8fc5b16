package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Quantity;
import org.marsad.text.TextAnalyzer;

class ArabicQuantityRecognizerTest {
    private static final TextAnalyzer TEXT = new TextAnalyzer();
    private static final ArabicQuantityRecognizer QUANTITIES = new ArabicQuantityRecognizer();

    private static List<Quantity> quantities(String text) {
        return QUANTITIES.recognize(TEXT.analyze(Article.of("q", "", text, LocalDate.of(2022, 1, 14))));
    }

    private static void check(String text, String span, double value, String unit) {
        List<Quantity> qs = quantities(text);
        assertThat(qs).as(text).hasSize(1);
        assertThat(qs.get(0).span().text()).as(text).isEqualTo(span);
        assertThat(qs.get(0).value()).as(text).isEqualTo(value);
        assertThat(qs.get(0).unit()).as(text).isEqualTo(unit);
    }

    @Test
    void digitsWithACountedNoun() {
        check("أعلنت الوزارة أن 19 طائرة نقل عسكرية غادرت", "19 طائرة", 19, "طائرة");
    }

    @Test
    void speedPerHour() {
        check("هبت رياح بسرعة 110 كيلومترات في الساعة على الساحل", "110 كيلومترات في الساعة", 110,
                "كيلومترات في الساعة");
    }

    @Test
    void numberWords() {
        check("قتل تسعة عشر شخصا في الهجوم", "تسعة عشر شخصا", 19, "شخصا");
        check("نشر الجيش ثلاثة آلاف جندي على الحدود", "ثلاثة آلاف جندي", 3000, "جندي");
        check("شارك خمسة وعشرون لاعبا في المعسكر", "خمسة وعشرون لاعبا", 25, "لاعبا");
        check("بلغ عدد الزوار مليون زائر", "مليون زائر", 1_000_000, "زائر");
    }

    @Test
    void arabicIndicDigitsAndScales() {
        check("بلغت الخسائر ٣٫٥ مليار دولار هذا العام", "٣٫٥ مليار دولار", 3_500_000_000.0, "دولار");
        check("سجلت البلاد 1,500 إصابة جديدة", "1,500 إصابة", 1500, "إصابة");
    }

    @Test
    void percentages() {
        check("ارتفعت الأسعار بنسبة 40 في المئة خلال العام", "40 في المئة", 40, "%");
        check("بلغت نسبة المشاركة 64% وفق التقارير", "64%", 64, "%");
        check("تراجع المؤشر 2.5 بالمئة", "2.5 بالمئة", 2.5, "%");
    }

    @Test
    void currencySymbol() {
        check("بلغ سعر البرميل $75 أمس", "$75", 75, "$");
    }

    @Test
    void numbersInDatesAreNoQuantities() {
        assertThat(quantities("وفي 10 كانون الثاني 2022 جرت جولة جديدة من الحوار")).isEmpty();
        assertThat(quantities("أنتجت الشركة لقاحات عام 2017 دون المستوى")).isEmpty();
    }

    @Test
    void aLoneAmbiguousWordIsNoNumber() {
        // ست is also "lady", خمس "a fifth"
        assertThat(quantities("وقالت ست البيت إن الخمس الأول من الشهر")).isEmpty();
        assertThat(quantities("في الاجتماع الـ68 للجمعية")).isEmpty();
    }

    @Test
    void clockTimesAreNoQuantities() {
        assertThat(quantities("تبدأ المباراة الساعة 20 مساء")).isEmpty();
        assertThat(quantities("وصل الوفد في 10:30 بتوقيت غرينتش")).isEmpty();
        assertThat(quantities("أصيب 15 منهم بجروح")).isEmpty();
    }

    @Test
    void conjunctionBeforeANumberWordStaysOut() {
        List<Quantity> qs = quantities("نشر تسعة آلاف موظف وستة آلاف عنصر");
        assertThat(qs).extracting(q -> q.span().text(), Quantity::value, Quantity::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple("تسعة آلاف موظف", 9000.0, "موظف"),
                org.assertj.core.groups.Tuple.tuple("ستة آلاف عنصر", 6000.0, "عنصر"));
    }
}
