package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {
    private final Segmenter segmenter = Segmenter.standard();

    @ParameterizedTest
    @CsvSource({
        "بلاده, بلاد+ه",
        "بلال, بلال",
        "وزير, وزير",
        "فيينا, فيينا",
        "كازاخستان, كازاخستان",
        "للسلطة, ل+لسلطة",
        "وبالولايات, و+ب+الولايات",
        "الولايات, الولايات",
        "وبالتالي, و+ب+التالي",
        "لروسيا, ل+روسيا",
        "وكالاتها, وكالات+ها",
        "له, ل+ه",
        "وله, و+ل+ه",
        "سيقول, س+يقول",
        "مدرسة, مدرسة",
        "فلسطين, فلسطين"
    })
    void splitsCliticsAndKnowsWhenNot(String word, String expected) {
        assertThat(segmenter.segment(word).toString()).isEqualTo(expected);
    }

    @Test
    void diacriticsStayWithTheirLetter() {
        Segmentation s = segmenter.segment("قدّمها");
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.word(0)).isEqualTo("قدّم");
        assertThat(s.word(1)).isEqualTo("ها");
        assertThat(s.lemma(0)).isEqualTo("قدم");
    }

    @Test
    void elidedArticleIsRestoredInTheLemma() {
        Segmentation s = segmenter.segment("للسلطة");
        assertThat(s.articleElided()).isTrue();
        assertThat(s.stemIndex()).isEqualTo(1);
        assertThat(s.word(1)).isEqualTo("لسلطة");
        assertThat(s.lemma(1)).isEqualTo("السلطة");
        assertThat(s.lemma(0)).isEqualTo("ل");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "قال إن وبالولايات المتحدة";
        int start = text.indexOf("وبال");
        int end = start + "وبالولايات".length();
        int[] ends = new int[Segmentation.MAX_WORDS];
        int n = segmenter.segment(text, start, end, ends);
        assertThat(n).isEqualTo(3);
        assertThat(ends[0]).isEqualTo(start + 1);
        assertThat(ends[1]).isEqualTo(start + 2);
        assertThat(ends[2]).isEqualTo(end);
        long span = segmenter.stemSpan(text, start, end);
        assertThat(text.substring(Segmenter.spanStart(span), Segmenter.spanEnd(span))).isEqualTo("الولايات");
    }

    @Test
    void nonArabicTokensStayWhole() {
        assertThat(segmenter.segment("2022").size()).isEqualTo(1);
        assertThat(segmenter.segment("Washington").size()).isEqualTo(1);
        assertThat(segmenter.segment("و").size()).isEqualTo(1);
    }
}
