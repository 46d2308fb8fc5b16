package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

class IobCodecTest {
    private static int[] tags(String... names) {
        int[] t = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            t[i] = NerTags.parse(names[i]);
        }
        return t;
    }

    @Test
    void decodesSpansAsTheConllScorerDoes() {
        int[] t = tags("B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "I-ORG", "B-ORG", "I-ORG");
        assertThat(IobCodec.decode(t)).containsExactly(
                new TagSpan(0, 2, EntityType.PERS),
                new TagSpan(3, 5, EntityType.LOC),
                new TagSpan(5, 6, EntityType.ORG),
                new TagSpan(6, 8, EntityType.ORG));
    }

    @Test
    void encodesIob2() {
        int[] t = IobCodec.encode(List.of(new TagSpan(1, 3, EntityType.MISC), new TagSpan(3, 4, EntityType.MISC)), 5);
        assertThat(t).containsExactly(NerTags.O, NerTags.begin(EntityType.MISC), NerTags.inside(EntityType.MISC),
                NerTags.begin(EntityType.MISC), NerTags.O);
    }

    @Test
    void rejectsOverlapsAndUnknownTags() {
        assertThatThrownBy(() -> IobCodec.encode(List.of(new TagSpan(0, 2, EntityType.LOC), new TagSpan(1, 3,
                EntityType.ORG)), 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NerTags.parse("B-DATE")).hasMessageContaining("DATE");
        assertThatThrownBy(() -> NerTags.parse("X-PERS")).hasMessageContaining("X-PERS");
    }

    @Property
    void encodeOfDecodeKeepsSpansAndIsValidIob2(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 8) Integer> raw) {
        int[] t = raw.stream().mapToInt(Integer::intValue).toArray();
        List<TagSpan> spans = IobCodec.decode(t);
        int[] iob2 = IobCodec.encode(spans, t.length);
        assertThat(IobCodec.decode(iob2)).isEqualTo(spans);
        for (int i = 0; i < iob2.length; i++) {
            assertThat(NerTags.allowed(i == 0 ? -1 : iob2[i - 1], iob2[i])).isTrue();
        }
    }
}
