package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** A remembered word type answers as the name hashes do for its characters, whatever it shares a set or hash with. */
class WordTypesPropertyTest {

    @Property(tries = 300)
    void answersAsComputingDirectly(@ForAll("tokens") List<String> tokens, @ForAll("wordSets") List<String> firstWords,
                                    @ForAll("wordSets") List<String> heads) {
        NameHashes table = new NameHashes(List.of(firstWords, heads));
        WordTypes types = new WordTypes(table, 16); // four sets of four: evictions are frequent
        String text = String.join(" ", tokens);
        // each token twice over, so that many are found again, some after being pushed out
        for (int round = 0; round < 2; round++) {
            int at = 0;
            for (String t : tokens) {
                long expected = table.flagsAndHashOfNormalizedOrReading(text, at, at + t.length());
                assertThat(types.flagsAndHash(text, at, at + t.length())).as(t).isEqualTo(expected);
                at += t.length() + 1;
            }
        }
    }

    @Test
    void typesOfEqualHashAndLengthAreToldApart() {
        // "با" and "ة\u0608" have the same 31-polynomial hash and length, so they share a set and a hash
        String a = "با";
        String b = "ة\u0608";
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        NameHashes table = new NameHashes(List.of(List.of("با"), List.of()));
        WordTypes types = new WordTypes(table, 16);
        String text = a + " " + b + " " + a + " " + b;
        for (int at = 0; at < text.length(); at += 3) {
            assertThat(types.flagsAndHash(text, at, at + 2))
                    .isEqualTo(table.flagsAndHashOfNormalizedOrReading(text, at, at + 2));
        }
        assertThat((int) types.flagsAndHash(text, 0, 2)).isEqualTo(1);
        assertThat((int) types.flagsAndHash(text, 3, 5)).isEqualTo(0);
    }

    @Provide
    Arbitrary<List<String>> tokens() {
        Arbitrary<String> word = Arbitraries.strings().withChars("وفبلكالمنهأإةى\u064B\u0650\u0640\uFEFB").ofMinLength(1).ofMaxLength(6);
        // blocks of equal hash and length: tokens made of them collide in hash and set
        Arbitrary<String> colliding = Arbitraries.of("با", "ة\u0608").list().ofMinSize(1).ofMaxSize(3)
                .map(bs -> String.join("", bs));
        Arbitrary<String> longWord = Arbitraries.strings().withChars("والمنك").ofMinLength(WordTypes.KEY_CHARS - 1)
                .ofMaxLength(WordTypes.KEY_CHARS + 3);
        return Arbitraries.frequencyOf(Tuple.of(6, word), Tuple.of(3, colliding), Tuple.of(1, longWord))
                .list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<String>> wordSets() {
        return Arbitraries.strings().withChars("ولنهاكبة").ofMinLength(1).ofMaxLength(4).list().ofMaxSize(30);
    }
}
