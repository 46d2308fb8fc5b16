package org.marsad.translit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForeignWordSpellerTest {
    @Test
    void wordsOfArabicMakeAreLeftToTheRules() {
        ForeignWordSpeller s = new ForeignWordSpeller(w -> "x");
        assertThat(s.toLatin("حزب")).isNull();     // no vowel letter
        assertThat(s.toLatin("في")).isNull();      // two letters
        assertThat(s.toLatin("قوات")).isNull();    // qaf
        assertThat(s.toLatin("بوليانسكي")).isEqualTo("x");
        assertThat(s.toLatin("شابيرو")).isEqualTo("x");
    }
}
