package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordFormsTest {
    @Test
    void normalizesAndLowerCases() {
        assertThat(WordForms.normalize("أوكرانيا")).isEqualTo("اوكرانيا");
        assertThat(WordForms.normalize("CNN")).isEqualTo("cnn");
        assertThat(WordForms.normalize("مدينةٌ")).isEqualTo("مدينه");
    }

    @Test
    void stemsDropProcliticsAndTheArticleButKeepNamesWhole() {
        NerStems stems = NerStems.standard();
        assertThat(stems.stem("والرئيس")).isEqualTo("رييس");
        assertThat(stems.stem("وفرنسا")).isEqualTo("فرنسا");
        assertThat(stems.stem("الجزائر")).isEqualTo("جزاير");
        assertThat(stems.stem("للسلطة")).isEqualTo("سلطه");
        assertThat(stems.stem("بوش")).isEqualTo("بوش");
        assertThat(stems.stem("فيينا")).isEqualTo("فيينا");
        assertThat(stems.stem("CNN")).isEqualTo("cnn");
    }

    @Test
    void shapesSeparateScriptsAndCase() {
        int arabic = WordForms.shape("بيسكوف", 0, 6);
        int acronym = WordForms.shape("CNN", 0, 3);
        int capitalized = WordForms.shape("Sputnik", 0, 7);
        int lower = WordForms.shape("sputnik", 0, 7);
        int digits = WordForms.shape("2022", 0, 4);
        assertThat(new int[] {arabic, acronym, capitalized, lower, digits}).doesNotHaveDuplicates();
        assertThat(WordForms.shape("x(RT)x", 1, 5)).isNotEqualTo(acronym);
        assertThat(WordForms.shape("x(RT)x", 2, 4)).isEqualTo(acronym);
    }
}
