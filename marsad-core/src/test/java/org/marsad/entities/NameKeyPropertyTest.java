package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The key built in one buffer is the words joined by single spaces, whatever the text. */
class NameKeyPropertyTest {

    @Property(tries = 1000)
    void keyIsTheWordsJoinedBySpaces(@ForAll("names") String s) {
        assertThat(NameKey.of(s)).isEqualTo(String.join(" ", NameKey.words(s)));
    }

    @Property(tries = 300)
    void keyOfAnyTextIsTheWordsJoinedBySpaces(@ForAll String s) {
        assertThat(NameKey.of(s)).isEqualTo(String.join(" ", NameKey.words(s)));
    }

    @Provide
    Arbitrary<String> names() {
        // letters, hamza forms, diacritics, tatweel, a ligature, Latin, digits, spaces, dashes, quotes, joiners
        return Arbitraries.strings().withChars("اأإآبةىيوءئؤلمنABcdz09 \u064B\u0650\u0640\uFEFB-–\"«»\u200C\u200D\n.")
                .ofMaxLength(20);
    }
}
