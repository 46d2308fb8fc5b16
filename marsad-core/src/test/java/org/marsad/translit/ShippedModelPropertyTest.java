package org.marsad.translit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ShippedModelPropertyTest {
    private static final GraphoneModel MODEL = GraphoneModel.standard();

    @Provide
    Arbitrary<String> words() {
        // Arabic letters, hamza forms, ة/ى, diacritics, and a few characters the model never saw
        return Arabic.chars().list().ofMinSize(0).ofMaxSize(30).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
    }

    private static final class Arabic {
        static Arbitrary<Character> chars() {
            return Arbitraries.oneOf(Arbitraries.chars().range('\u0621', '\u064A'),
                    Arbitraries.of('\u064E', '\u0640', 'ڤ', 'x', '5'));
        }
    }

    @Property(tries = 300)
    void spellsAnyFoldedWordInLowerCaseLatinOrDeclines(@ForAll("words") String raw) {
        String w = ArabicWord.fold(raw);
        String latin = MODEL.toLatin(w);
        if (latin != null) {
            assertThat(latin).matches("[a-z]+");
        }
    }

    @Property(tries = 100)
    void aLetterTheModelNeverSawLeavesTheWordToTheRules(@ForAll("words") String raw) {
        String w = ArabicWord.fold(raw + "x" + raw);
        assertThat(MODEL.toLatin(w)).isNull();
    }
}
