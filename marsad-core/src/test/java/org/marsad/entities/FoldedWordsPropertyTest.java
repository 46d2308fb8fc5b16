package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.translit.ArabicWord;

/** The set answers about a stretch of text as the set of strings answers about its folded form. */
class FoldedWordsPropertyTest {

    @Property(tries = 2000)
    void answersAsTheFoldedString(@ForAll("words") Set<String> words, @ForAll("words") Set<String> probes,
                                  @ForAll("texts") String text) {
        java.util.Set<String> folded = new java.util.HashSet<>();
        for (String w : words) {
            folded.add(ArabicWord.fold(w));
        }
        FoldedWords set = new FoldedWords(folded);
        for (String p : probes) {
            assertThat(set.contains(p)).as(p).isEqualTo(folded.contains(ArabicWord.fold(p)));
            String around = "x " + p + " y";
            assertThat(set.contains(around, 2, 2 + p.length())).as(p).isEqualTo(folded.contains(ArabicWord.fold(p)));
        }
        assertThat(set.contains(text)).isEqualTo(folded.contains(ArabicWord.fold(text)));
    }

    @Provide
    Arbitrary<Set<String>> words() {
        // few letters with hamza forms, ة and ى, diacritics and tatweel, so that folded forms meet
        return texts().set().ofMaxSize(10);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("اأإعلىيةهنؤو\u064B\u0650\u0640").ofMaxLength(4);
    }
}
