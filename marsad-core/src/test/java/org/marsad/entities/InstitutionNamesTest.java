package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstitutionNamesTest {
    private final InstitutionNames names = InstitutionNames.standard();

    private String english(String arabic) {
        return names.english(NameKey.words(arabic));
    }

    @Test
    void ministriesReadAsEnglishNames() {
        assertThat(english("وزارة الداخلية")).isEqualTo("Ministry of Interior");
        assertThat(english("وزارة الدفاع الوطني")).isEqualTo("Ministry of National Defence");
        assertThat(english("وزارة الشؤون الخارجية")).isEqualTo("Ministry of Foreign Affairs");
        assertThat(english("وزارة التعليم العالي")).isEqualTo("Ministry of Higher Education");
        assertThat(english("وزارة الفلاحة والموارد المائية")).isEqualTo("Ministry of Agriculture and Water Resources");
    }

    @Test
    void adjectivesOfTheInstitutionGoBeforeIt() {
        assertThat(english("البنك المركزي التونسي")).isEqualTo("Tunisian Central Bank");
        assertThat(english("الحكومة التونسية")).isEqualTo("Tunisian Government");
        assertThat(english("الجبهة الشعبية")).isEqualTo("Popular Front");
        assertThat(english("وزارة الدفاع الجزائرية")).isEqualTo("Algerian Ministry of Defence");
    }

    @Test
    void aHeadOfTwoWordsIsOneName() {
        assertThat(english("سلاح الجو الروسي")).isEqualTo("Russian Air Force");
        assertThat(english("سلاح الجو")).isEqualTo("Air Force");
        assertThat(english("الاستخبارات الروسية")).isEqualTo("Russian Intelligence");
        assertThat(english("القوات المسلحة السورية")).isEqualTo("Syrian Armed Forces");
        // the first word alone is no head: سلاح is a weapon
        assertThat(english("سلاح الردع")).isNull();
    }

    @Test
    void theComplementMayCarryLam() {
        assertThat(english("الاتحاد التونسي للصناعة")).isEqualTo("Tunisian Union of Industry");
        assertThat(english("النقابة العامة للتعليم الثانوي")).isEqualTo("General Union of Secondary Education");
        assertThat(english("وزارة الوظيفة العمومية")).isEqualTo("Ministry of Public Service");
    }

    @Test
    void anUnknownWordLeavesTheNameToTransliteration() {
        assertThat(english("حزب نداء تونس")).isNull();
        assertThat(english("المعهد الوطني للرصد الجوي")).isNull();
        assertThat(english("وزارة")).isNull();
        assertThat(english("بيسكوف الداخلية")).isNull();
    }

    @Test
    void broadcastersLetterNamesReadAsFmAndTv() {
        Transliterator t = Transliterator.standard();
        assertThat(t.toLatin("موزاييك أف أم")).endsWith(" FM");
        assertThat(t.toLatin("نسمة تي في")).endsWith(" TV");
        assertThat(t.toLatin("أفام")).doesNotContain("FM");
    }
}
