package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.marsad.model.Field;
import org.marsad.model.TextSpan;

/** The index answers exactly what a scan of every span answers, in the scan's order. */
class SpanIndexPropertyTest {

    @Property(tries = 400)
    void startingInIsTheScan(@ForAll("spans") List<TextSpan> spans, @ForAll @IntRange(min = -5, max = 230) int from,
                             @ForAll @IntRange(min = 0, max = 40) int width) {
        SpanIndex index = new SpanIndex(spans);
        for (Field f : Field.values()) {
            List<Integer> scan = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                TextSpan s = spans.get(i);
                if (s != null && s.field() == f && s.start() >= from && s.start() < from + width) {
                    scan.add(i);
                }
            }
            assertThat(Arrays.stream(index.startingIn(f, from, from + width)).boxed().toList()).isEqualTo(scan);
        }
    }

    @Property(tries = 400)
    void coveringIsTheScan(@ForAll("spans") List<TextSpan> spans, @ForAll @IntRange(min = 0, max = 230) int offset) {
        SpanIndex index = new SpanIndex(spans);
        for (Field f : Field.values()) {
            List<Integer> scan = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                TextSpan s = spans.get(i);
                if (s != null && s.field() == f && s.start() <= offset && offset < s.end()) {
                    scan.add(i);
                }
            }
            assertThat(Arrays.stream(index.covering(f, offset)).boxed().toList()).isEqualTo(scan);
        }
    }

    @Provide
    Arbitrary<List<TextSpan>> spans() {
        Arbitrary<TextSpan> one = Combinators.combine(Arbitraries.of(Field.values()),
                        Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 30))
                .as((f, start, len) -> new TextSpan(f, start, start + len, "x".repeat(len)));
        return one.injectNull(0.1).list().ofMaxSize(25);
    }
}
