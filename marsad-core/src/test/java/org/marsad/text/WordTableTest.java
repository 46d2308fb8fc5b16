package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WordTableTest {
    @Test
    void wordsWhoseHashIsZeroOrOneAreToldApart() {
        // "", "\0" and "\0\0" hash to 0, the code of an empty slot; "\1" hashes to 1, which 0 is stored as
        WordTable t = WordTable.of(Map.of("", 5, "\0", 6, "\u0001", 7, "وزير", 8));
        assertThat(t.get("", -1)).isEqualTo(5);
        assertThat(t.get("\0", -1)).isEqualTo(6);
        assertThat(t.get("\u0001", -1)).isEqualTo(7);
        assertThat(t.get("وزير", -1)).isEqualTo(8);
        assertThat(t.get("\0\0", -1)).isEqualTo(-1);
        assertThat(t.contains("وزيرة")).isFalse();
        assertThat(WordTable.ofWords(List.of()).contains("")).isFalse();
    }

    @Property(tries = 200)
    void answersAsTheMapItWasBuiltFrom(@ForAll @Size(max = 40) List<@StringLength(max = 4) @CharRange(from = 'ا', to = 'ي') String> keys,
            @ForAll @Size(max = 40) List<@StringLength(max = 4) @CharRange(from = 'ا', to = 'ي') String> asked) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            m.put(keys.get(i), i);
        }
        WordTable t = WordTable.of(m);
        for (String w : asked) {
            assertThat(t.get(w, -1)).isEqualTo(m.getOrDefault(w, -1));
            assertThat(t.contains(w)).isEqualTo(m.containsKey(w));
        }
        for (String w : keys) {
            assertThat(t.get(w, -1)).isEqualTo(m.get(w));
        }
    }
}
