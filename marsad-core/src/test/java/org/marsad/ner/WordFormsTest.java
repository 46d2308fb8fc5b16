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
    void stripsProcliticsButKeepsShortWords() {
        assertThat(WordForms.procliticLength("والرييس")).isEqualTo(3);
        assertThat(WordForms.procliticLength("للرييس")).isEqualTo(2);
        assertThat(WordForms.procliticLength("وفرنسا")).isEqualTo(1);
        assertThat(WordForms.procliticLength("الجزاير")).isEqualTo(2);
        // one letter needs three after it: بوش is a name, not ب + وش
        assertThat(WordForms.procliticLength("بوش")).isZero();
        assertThat(WordForms.procliticLength("ال")).isZero();
        assertThat(WordForms.procliticLength("cnn")).isZero();
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
