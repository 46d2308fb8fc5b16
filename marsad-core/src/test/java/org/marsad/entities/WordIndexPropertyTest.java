package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The linker's word index finds every candidate a scan of all pairs would find. */
class WordIndexPropertyTest {

    @Property(tries = 300)
    void vowelIndexFindsEveryWordOneVowelApart(@ForAll("words") @Size(min = 1, max = 12) List<String> words) {
        ArticleEntityLinker.WordIndex index = new ArticleEntityLinker.WordIndex();
        for (int i = 0; i < words.size(); i++) {
            index.add(words.get(i), i);
        }
        for (int w = 0; w < words.size(); w++) {
            int i = w;
            List<Integer> expectedAfter = new ArrayList<>();
            List<Integer> expectedAll = new ArrayList<>();
            for (int j = 0; j < words.size(); j++) {
                boolean apart = ArticleEntityLinker.oneVowelApart(words.get(i), words.get(j));
                if (apart || words.get(i).equals(words.get(j))) {
                    expectedAll.add(j);
                }
                if (apart && j > i) {
                    expectedAfter.add(j);
                }
            }
            assertThat(Arrays.stream(index.vowelApart(words.get(i), i)).boxed().toList())
                    .containsAll(expectedAfter).allMatch(j -> j > i).isSorted();
            assertThat(Arrays.stream(index.sameOrVowelApart(words.get(i))).boxed().toList())
                    .containsAll(expectedAll).isSorted();
        }
    }

    @Provide
    Arbitrary<List<String>> words() {
        // few letters, many of them long vowels, so that one-vowel-apart pairs are common
        return Arbitraries.strings().withChars("باويت").ofMinLength(3).ofMaxLength(7).list();
    }
}
