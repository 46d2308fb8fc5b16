package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    private static void check(String input, String expected) {
        assertThat(ArabicNormalizer.normalize(input)).isEqualTo(expected);
        char[] buf = java.util.Arrays.copyOf(input.toCharArray(), input.length() * 2);
        int n = ArabicNormalizer.normalize(buf, input.length());
        assertThat(new String(buf, 0, n)).isEqualTo(expected);
    }

    @Test
    void testDiacritics() {
        check("قَدَّمَهَا", "قدمها");
        check("يعُد", "يعد");
    }

    @Test
    void testTatweel() {
        check("روســـيا", "روسيا");
    }

    @Test
    void testAlefVariants() {
        check("أمريكا", "امريكا");
        check("إيران", "ايران");
        check("آذار", "اذار");
        check("ٱلله", "الله");
    }

    @Test
    void testHamzaOnWawAndYeh() {
        check("مؤتمر", "موتمر");
        check("رئيس", "رييس");
    }

    @Test
    void testAlefMaqsura() {
        check("موسى", "موسي");
    }

    @Test
    void testTehMarbuta() {
        check("منظمة", "منظمه");
    }

    @Test
    void testDigits() {
        check("٢٠٢٢", "2022");
        check("۱۹", "19");
        check("٣٫٥", "3.5");
    }

    @Test
    void testPresentationForms() {
        // ﻻ (lam-alef ligature) unfolds into two letters; ﺑ (beh initial form) into one
        check("\uFEFB", "لا");
        check("\uFE91\uFEE4", "بم");
    }

    @Test
    void inPlaceRefusesToTruncate() {
        char[] tight = "\uFEFB".toCharArray();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArabicNormalizer.normalize(tight, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void testInvisibleControls() {
        check("بي\u200Fسكوف\u200B", "بيسكوف");
        check("\u202Bروسيا\u202C", "روسيا");
        check("\uFEFFنص", "نص");
    }

    @Test
    void testPersianLetters() {
        check("کی", "كي");
    }

    @Test
    void testLatinUnchanged() {
        check("CNN RT", "CNN RT");
    }

    @Test
    void equalsNormalizedIgnoresVariants() {
        assertThat(ArabicNormalizer.equalsNormalized("أمريكا", "امريكا")).isTrue();
        assertThat(ArabicNormalizer.equalsNormalized("منظمة", "منظمه")).isTrue();
        assertThat(ArabicNormalizer.equalsNormalized("روسيا", "روسي")).isFalse();
        assertThat(ArabicNormalizer.equalsNormalized("قدّم", "قدم")).isTrue();
        assertThat(ArabicNormalizer.equalsNormalized("\uFEFB", "لا")).isTrue();
    }
}
