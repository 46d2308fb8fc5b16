package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliteratorModelHookTest {
    private final Transliterator withModel = Transliterator.withModel(w -> "model");

    @Test
    void wordTableStillWinsOverTheModel() {
        assertThat(withModel.toLatin("ديمتري")).isEqualTo("Dmitry");
        assertThat(withModel.toLatin("ديمتري بوليانسكي")).isEqualTo("Dmitry Model");
    }

    @Test
    void modelSpellsUnknownWordsAndRulesSpellTheRest() {
        assertThat(withModel.toLatin("بساكي")).isEqualTo("Model");
        assertThat(Transliterator.withModel(w -> null).toLatin("بوليانسكي"))
                .isEqualTo(Transliterator.rulesOnly().toLatin("بوليانسكي"));
        assertThat(Transliterator.rulesOnly().toLatin("بوليانسكي")).isEqualTo("Bolyanskiy");
    }

    @Test
    void shippedTransliteratorKeepsArabicWordsToTheRules() {
        Transliterator t = Transliterator.standard();
        assertThat(t.toLatin("حزب")).isEqualTo(Transliterator.rulesOnly().toLatin("حزب"));
        assertThat(t.toLatin("رمزي القصراوي")).isEqualTo("Ramzi al-Qasrawi");
    }

    @Test
    void shippedModelSpellsForeignNamesAsEnglishNewsDoes() {
        Transliterator t = Transliterator.standard();
        assertThat(t.toLatin("جين بساكي")).isEqualTo("Jen Psaki");
        assertThat(t.toLatin("جوش شابيرو")).isEqualTo("Josh Shapiro");
        assertThat(t.toLatin("بوليانسكي")).startsWith("Pol");
    }
}
