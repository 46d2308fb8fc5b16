package org.marsad.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Example;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Field;
import org.marsad.pipeline.Pipeline;

/** The whole standard pipeline on hostile text: it never throws and every offset it reports is valid. */
class PipelineFuzzTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    @Provide
    Arbitrary<String> hostile() {
        return AdversarialText.text(300);
    }

    @Provide
    Arbitrary<String> anything() {
        return AdversarialText.anyString(400);
    }

    @Property(tries = 150)
    void newsLikeHostileText(@ForAll("hostile") String title, @ForAll("hostile") String text,
                             @ForAll @IntRange(min = 0, max = 3) int withDate) {
        Article a = Article.of("fuzz", title, text, withDate == 0 ? null : LocalDate.of(2022, 1, 14));
        SpanChecks.assertValid(PIPELINE.analyze(a, true));
    }

    @Property(tries = 100)
    void arbitraryUtf16(@ForAll("anything") String title, @ForAll("anything") String text) {
        SpanChecks.assertValid(PIPELINE.analyze(Article.of("any", title, text, LocalDate.of(2018, 7, 3)), true));
    }

    @Example
    void aHundredThousandCharacterSentence() {
        StringBuilder b = new StringBuilder("قال الرئيس إن ");
        String[] words = {"الولايات", "المتحدة", "وروسيا", "تتفاوضان", "في", "جنيف", "منذ", "10", "كانون", "الثاني", "2022", "،"};
        for (int i = 0; b.length() < 100_000; i++) {
            b.append(words[i % words.length]).append(' ');
        }
        Analysis a = PIPELINE.analyze(Article.of("long", "عنوان", b.toString(), LocalDate.of(2022, 1, 14)), true);
        SpanChecks.assertValid(a);
        assertThat(a.sentences().stream().filter(s -> s.field() == Field.TEXT)).hasSize(1);
    }

    @Example
    void aHundredThousandCharactersWithoutSpace() {
        String s = "ب".repeat(50_000) + "😀".repeat(25_000);
        SpanChecks.assertValid(PIPELINE.analyze(Article.of("nospace", s, s, null), true));
    }

    @Example
    void unbalancedQuotesAllTheWay() {
        String s = "قال: «" + "كلام ".repeat(5_000) + "“ و\" " + "آخر. ".repeat(5_000) + "»»»” \"\"\"";
        Analysis a = PIPELINE.analyze(Article.of("quotes", "«", s, null), true);
        SpanChecks.assertValid(a);
        assertThat(a.sentences()).isNotEmpty();
    }

    /** Found by {@link #newsLikeHostileText}: two numbers run together once made the quantity recognizer throw. */
    @Example
    void numbersRunTogether() {
        for (String s : new String[] {"1,000.51,000.5", "1.2.3.4", "٣٫٥٫٦", "1,,2..3", "10/1/2022/5", "..1", "1."}) {
            SpanChecks.assertValid(PIPELINE.analyze(Article.of("n", s, "بلغ " + s + " طائرة في " + s, null), true));
        }
    }

    @Example
    void onlyControlAndBidiCharacters() {
        String s = "\u200F\u202B\u0000\u0007\uFEFF\u2066\u2069\u200B\r\n\u0085\u2028";
        SpanChecks.assertValid(PIPELINE.analyze(Article.of("ctl", s, s, null), true));
        SpanChecks.assertValid(PIPELINE.analyze(Article.of("empty", "", "", null), true));
    }
}
