package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.model.Article;
import org.marsad.model.Quote;
import org.marsad.model.TextSpan;
import org.marsad.text.TextAnalyzer;

/** On random news-like text with unbalanced marks the extractor never fails and every span points into its field. */
class QuoteExtractorPropertiesTest {
    private static final String[] PIECES = {"قال", "وقالت", "وأضاف", "أكد", "نفى", "ونقلت", "عن", "قوله", "وفقاً", "لها",
        "بحسب", "وفق", "الوزير", "ديمتري", "بيسكوف", "مصادر", "مطلعة", "وزارة", "الدفاع", "الروسية", "إن", "أن", "بأن",
        "أنه", "في", "مقابلة", "مع", "قناة", "على", "تويتر", "الذي", "، ", ": ", ". ", "؟ ", "\n", "“", "”", "«", "»", "\"",
        "„", "(", ")", "-", "مشيرا", "إلى", "قائلة", "لكن", "كان", "قد", "أعلن", "طاجيكستان", "12", "CNN", "ـ", "\u064B"};

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(60)
                .map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void neverFailsAndSpansAreExact(@ForAll("newsLike") String title, @ForAll("newsLike") String text) {
        Article a = Article.of("p", title, text, LocalDate.of(2020, 1, 1));
        List<Quote> qs = RuleQuoteExtractor.standard().extract(new TextAnalyzer().analyze(a), List.of());
        for (Quote q : qs) {
            check(a, q.content());
            assertThat(q.content().length()).isPositive();
            if (q.cue() != null) {
                check(a, q.cue());
            }
            assertThat(q.speaker().name()).isNotBlank();
            assertThat(q.inTitle()).isEqualTo(q.content().field() == org.marsad.model.Field.TITLE);
        }
    }

    private static void check(Article a, TextSpan s) {
        String field = a.field(s.field());
        assertThat(s.start()).isBetween(0, field.length());
        assertThat(s.end()).isBetween(s.start(), field.length());
        assertThat(field.substring(s.start(), s.end())).isEqualTo(s.text());
    }
}
