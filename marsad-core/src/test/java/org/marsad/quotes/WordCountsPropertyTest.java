package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The article's word counts answer as a map of counts would. */
class WordCountsPropertyTest {

    @Property(tries = 300)
    void countsAsAMap(@ForAll("words") List<String> tokens, @ForAll("words") List<String> probes) {
        WordCounts counts = new WordCounts(tokens.size());
        Map<String, Integer> expected = new HashMap<>();
        for (String t : tokens) {
            counts.add(t);
            expected.merge(t, 1, Integer::sum);
        }
        for (String w : tokens) {
            assertThat(counts.count(w)).isEqualTo(expected.get(w));
            assertThat(counts.contains(w)).isTrue();
        }
        for (String w : probes) {
            assertThat(counts.count(w)).isEqualTo(expected.getOrDefault(w, 0));
            assertThat(counts.contains(w)).isEqualTo(expected.containsKey(w));
        }
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.strings().withChars("ابتلمنو").ofMinLength(0).ofMaxLength(4).list().ofMaxSize(200);
    }
}
