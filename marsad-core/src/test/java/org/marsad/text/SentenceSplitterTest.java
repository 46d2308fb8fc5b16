package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Field;
import org.marsad.model.Sentence;

class SentenceSplitterTest {
    private final TextAnalyzer analyzer = new TextAnalyzer();

    private List<String> sentences(String title, String text) {
        Article a = Article.of("t", title, text, null);
        AnalyzedText at = analyzer.analyze(a);
        return at.sentences().stream().map(s -> s.field().jsonName() + ":" + a.field(s.field()).substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void splitsOnStopsAndLines() {
        assertThat(sentences("عنوان الخبر", "جرت جولة جديدة. وأعقب ذلك اجتماع!\nفقرة ثانية؟ نعم"))
                .containsExactly("title:عنوان الخبر", "text:جرت جولة جديدة.", "text:وأعقب ذلك اجتماع!",
                        "text:فقرة ثانية؟", "text:نعم");
    }

    @Test
    void keepsQuotationWhole() {
        assertThat(sentences("", "وأضاف: “لن أتحدّث عن ذلك. أنا متأكد. هذا مستحيل”. ثم غادر."))
                .containsExactly("text:وأضاف: “لن أتحدّث عن ذلك. أنا متأكد. هذا مستحيل”.", "text:ثم غادر.");
    }

    @Test
    void closingMarkStaysWithSentence() {
        assertThat(sentences("", "قال «انتهى الأمر.» وذهب")).containsExactly("text:قال «انتهى الأمر.» وذهب");
        // a stop inside the marks does not end the sentence: the attribution after it stays with the quote
        assertThat(sentences("", "«انتهى الأمر.» قال الرئيس. ثم ذهب."))
                .containsExactly("text:«انتهى الأمر.» قال الرئيس.", "text:ثم ذهب.");
    }

    @Test
    void unclosedQuoteEndsAtParagraph() {
        assertThat(sentences("", "قال: “لا علاقة لنا. بتاتاً\nفقرة أخرى. ثانية."))
                .containsExactly("text:قال: “لا علاقة لنا. بتاتاً", "text:فقرة أخرى.", "text:ثانية.");
    }

    @Test
    void ellipsisAndDoubleDots() {
        assertThat(sentences("", "أو فيكتوريا نولاند.. أما الذين لم يفعلوا… فسيعلمون"))
                .containsExactly("text:أو فيكتوريا نولاند..", "text:أما الذين لم يفعلوا…", "text:فسيعلمون");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(sentences("", "التقى د. أحمد زويل بالوفد. ثم عاد")).containsExactly("text:التقى د. أحمد زويل بالوفد.",
                "text:ثم عاد");
    }

    @Test
    void numberedParagraphs() {
        assertThat(sentences("", "1. البند الأول.\n2. البند الثاني."))
                .containsExactly("text:1. البند الأول.", "text:2. البند الثاني.");
    }

    @Test
    void decimalsAreNotStops() {
        assertThat(sentences("", "بلغ النمو 3.5 بالمئة. وتراجع")).containsExactly("text:بلغ النمو 3.5 بالمئة.", "text:وتراجع");
    }

    @Test
    void headlineIsOneSentence() {
        List<String> s = sentences("بيسكوف: العلاقات تدخل مرحلة خطيرة", "نص.");
        assertThat(s).first().isEqualTo("title:بيسكوف: العلاقات تدخل مرحلة خطيرة");
    }

    @Test
    void sentenceTokenRangesMatchOffsets() {
        Article a = Article.of("t", "", "جرت جولة. وأعقبها اجتماع.", null);
        AnalyzedText at = analyzer.analyze(a);
        TokenSequence ts = at.tokens(Field.TEXT);
        for (int s = 0; s < at.sentences().size(); s++) {
            Sentence sent = at.sentences().get(s);
            assertThat(ts.start(at.sentenceFirstToken(s))).isEqualTo(sent.start());
            assertThat(ts.end(at.sentenceEndToken(s) - 1)).isEqualTo(sent.end());
        }
        assertThat(at.sentenceAt(Field.TEXT, 12)).isEqualTo(1);
    }
}
