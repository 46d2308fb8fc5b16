package org.marsad.robust;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.model.Field;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.TokenSequence;
import org.marsad.text.Tokenizer;

/** Tokenizer and sentence splitter alone, on any UTF-16 input, lone surrogates included. */
class TextLayerFuzzTest {
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Provide
    Arbitrary<String> input() {
        return net.jqwik.api.Arbitraries.oneOf(AdversarialText.text(200), AdversarialText.anyString(600));
    }

    @Property(tries = 300)
    void tokensAreOrderedSlicesThatNeverSplitASurrogatePair(@ForAll("input") String s) {
        TokenSequence ts = tokenizer.tokenize(s, Field.TEXT);
        int prevEnd = 0;
        for (int i = 0; i < ts.size(); i++) {
            int start = ts.start(i);
            int end = ts.end(i);
            assertThat(start).isGreaterThanOrEqualTo(prevEnd);
            assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(s.length());
            assertThat(ts.text(i)).isEqualTo(s.substring(start, end));
            assertThat(splitsPair(s, start)).as("token %d starts inside a surrogate pair", i).isFalse();
            assertThat(splitsPair(s, end)).as("token %d ends inside a surrogate pair", i).isFalse();
            assertThat(ts.norm(i)).isNotNull();
            prevEnd = end;
        }
    }

    @Property(tries = 300)
    void sentencesCoverEveryTokenOnceInOrder(@ForAll("input") String s) {
        TokenSequence ts = tokenizer.tokenize(s, Field.TEXT);
        int[] next = {0};
        splitter.split(ts, (first, end) -> {
            assertThat(first).isEqualTo(next[0]);
            assertThat(end).isGreaterThan(first).isLessThanOrEqualTo(ts.size());
            next[0] = end;
        });
        assertThat(next[0]).isEqualTo(ts.size());
    }

    @Property(tries = 200)
    void normalizerNeverThrowsAndIsIdempotent(@ForAll("input") String s) {
        String n = ArabicNormalizer.normalize(s);
        assertThat(ArabicNormalizer.normalize(n)).isEqualTo(n);
    }

    private static boolean splitsPair(String s, int at) {
        return at > 0 && at < s.length() && Character.isHighSurrogate(s.charAt(at - 1)) && Character.isLowSurrogate(s.charAt(at));
    }
}
