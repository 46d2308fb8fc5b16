package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatinSearchTest {

    private static void meet(String latin, String arabic) {
        assertThat(LatinSearch.skeleton(latin)).as(latin + " / " + arabic).isEqualTo(LatinSearch.skeleton(arabic));
    }

    @Test
    void englishSpellingsFindTheArabicNames() {
        meet("Peskov", "بيسكوف");
        meet("Polyanskiy", "بوليانسكي");
        meet("Polyansky", "بوليانسكي");
        meet("Putin", "بوتين");
        meet("Lavrov", "لافروف");
        meet("Zelensky", "زيلينسكي");
        meet("Erdogan", "أردوغان");
        meet("Trump", "ترامب");
        meet("Netanyahu", "نتنياهو");
        meet("Stanislav Zas", "ستانيسلاف زاس");
    }

    @Test
    void theTransliterationFindsItsOwnSource() {
        Transliterator t = Transliterator.standard();
        for (String a : new String[] {"بيسكوف", "ماتفينكو", "فولودين", "رمزي القصراوي", "جويل روبوشون"}) {
            assertThat(LatinSearch.skeleton(t.toLatin(a))).as(a).isEqualTo(LatinSearch.skeleton(a));
        }
    }

    @Test
    void differentNamesStayApart() {
        assertThat(LatinSearch.skeleton("Peskov")).isNotEqualTo(LatinSearch.skeleton("Lavrov"));
        assertThat(LatinSearch.skeleton("بيسكوف")).isNotEqualTo(LatinSearch.skeleton("بوتين"));
    }

    @Test
    void keysHoldThePlainFormTheWholeSkeletonAndEachWord() {
        assertThat(LatinSearch.keys("Dmitry Peskov")).containsExactly("dmitry peskov", "dmtr bskf", "dmtr", "bskf");
        assertThat(LatinSearch.keys("ديمتري بيسكوف")).containsExactly("dmtr bskf", "dmtr", "bskf");
    }
}
