package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SegmentationPropertiesTest {
    private final Segmenter segmenter = Segmenter.standard();

    @Provide
    Arbitrary<String> arabicWords() {
        // letters, clitic letters more often, diacritics, tatweel and the odd foreign character
        Arbitrary<Character> c = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.chars().range('\u0621', '\u064A')),
                net.jqwik.api.Tuple.of(4, Arbitraries.of('و', 'ف', 'ب', 'ل', 'ك', 'س', 'ه', 'ا', 'ي', 'ن', 'م', 'ة')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u064B', '\u0652')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\u0640', 'a', '1')));
        return c.list().ofMinSize(0).ofMaxSize(14).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(sb::append);
            return sb.toString();
        });
    }

    @Property(tries = 2000)
    void piecesConcatenateBackToTheWord(@ForAll("arabicWords") String word) {
        Segmentation s = segmenter.segment(word);
        StringBuilder joined = new StringBuilder();
        int prev = 0;
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.start(i)).isEqualTo(prev);
            assertThat(s.end(i)).isGreaterThanOrEqualTo(s.start(i));
            joined.append(s.word(i));
            prev = s.end(i);
        }
        assertThat(prev).isEqualTo(word.length());
        assertThat(joined.toString()).isEqualTo(word);
        assertThat(s.stemIndex()).isBetween(0, s.size() - 1);
        if (s.size() > 1) {
            for (int i = 0; i < s.size(); i++) {
                assertThat(s.end(i)).isGreaterThan(s.start(i));
            }
        }
    }

    @Property(tries = 500)
    void stemmingIsIdempotentOnItsOwnShape(@ForAll("arabicWords") String word) {
        String stem = LightStemmer.standard().stem(word);
        assertThat(stem.length()).isLessThanOrEqualTo(word.length() + 1);
    }
}
