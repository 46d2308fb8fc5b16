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

    @Property(tries = 1000)
    void keyOfAStretchIsTheKeyOfTheStretchCutOut(@ForAll("names") String s, @ForAll int a, @ForAll int b) {
        int start = Math.floorMod(a, s.length() + 1);
        int end = start + Math.floorMod(b, s.length() - start + 1);
        assertThat(NameKey.of(s, start, end)).isEqualTo(NameKey.of(s.substring(start, end)));
    }

    @net.jqwik.api.Example
    void lowerCaseIsCharacterLowerCaseForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(NameKey.lowerCase((char) c)).as("U+%04X", c).isEqualTo(Character.toLowerCase((char) c));
        }
    }

    @Property(tries = 1000)
    void articleFormsAnswerAsTheBareSetAfterTheArticleIsCut(@ForAll("words") java.util.Set<String> bare,
                                                            @ForAll("words") java.util.Set<String> probes) {
        java.util.Set<String> forms = NameKey.withOrWithoutArticle(bare);
        for (String w : probes) {
            assertThat(forms.contains(w)).as(w).isEqualTo(bare.contains(NameKey.withoutArticle(w)));
            String definite = "ال" + w;
            assertThat(forms.contains(definite)).as(definite).isEqualTo(bare.contains(NameKey.withoutArticle(definite)));
        }
    }

    @Provide
    Arbitrary<java.util.Set<String>> words() {
        // short words over few letters, the article's among them, so that bare and definite forms meet
        return Arbitraries.strings().withChars("الوب").ofMinLength(0).ofMaxLength(5).set().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> names() {
        // letters, hamza forms, diacritics, tatweel, a ligature, Latin, digits, spaces, dashes, quotes, joiners
        return Arbitraries.strings().withChars("اأإآبةىيوءئؤلمنABcdz09 \u064B\u0650\u0640\uFEFB-–\"«»\u200C\u200D\n.")
                .ofMaxLength(20);
    }
}
