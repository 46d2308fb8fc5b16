package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class WordPrefilterTest {

    @Property
    void everyMemberIsLetThrough(@ForAll @Size(max = 300) Set<String> words) {
        WordPrefilter filter = new WordPrefilter(words);
        for (String w : words) {
            assertThat(filter.mayContain(w)).as(w).isTrue();
        }
    }

    @Test
    void mostWordsOutsideTheListAreTurnedAway() {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            members.add("قال" + i);
        }
        WordPrefilter filter = new WordPrefilter(members);
        int passed = 0;
        int trials = 100_000;
        for (int i = 0; i < trials; i++) {
            if (filter.mayContain("كلمة" + i)) {
                passed++;
            }
        }
        // 16 bits per member and one bit per word: about 6 % of other words pass
        assertThat(passed).isLessThan(trials / 10);
        assertThat(new WordPrefilter(List.of()).mayContain("قال")).isFalse();
    }
}
