package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LightStemmerTest {
    private final LightStemmer stemmer = LightStemmer.standard();

    @ParameterizedTest
    @CsvSource({
        "الولايات, ولايه",
        "وبالولايات, ولايه",
        "البحرين, بحرين",
        "الانتخابات, انتخابات",
        "والمعلمين, معلم",
        "للسلطة, سلطه",
        "بلاده, بلاد",
        "فلسطين, فلسطين",
        "الله, الله",
        "رئيستها, رييسه",
        "كازاخستان, كازاخستان"
    })
    void stemsLightly(String word, String expected) {
        assertThat(stemmer.stem(word)).isEqualTo(expected);
    }

    @Test
    void inPlaceMatchesTheStringForm() {
        char[] buf = "وبالمسؤولين".toCharArray();
        int n = stemmer.stem(buf, buf.length);
        assertThat(new String(buf, 0, n)).isEqualTo(stemmer.stem("وبالمسؤولين"));
    }

    @Test
    void nonArabicIsOnlyNormalized() {
        assertThat(stemmer.stem("٢٠٢٢")).isEqualTo("2022");
    }
}
