package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HashPrefilterTest {

    @Property
    void everyMemberIsLetThrough(@ForAll @Size(max = 300) Set<String> words) {
        HashPrefilter filter = HashPrefilter.ofWords(words);
        for (String w : words) {
            assertThat(filter.mayContainWord(w)).as(w).isTrue();
        }
    }

    @Test
    void mostWordsOutsideTheListAreTurnedAway() {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            members.add("قال" + i);
        }
        HashPrefilter filter = HashPrefilter.ofWords(members);
        int passed = 0;
        int trials = 100_000;
        for (int i = 0; i < trials; i++) {
            if (filter.mayContainWord("كلمة" + i)) {
                passed++;
            }
        }
        // 16 bits per member and two bits per word: about 3 % of other words pass
        assertThat(passed).isLessThan(trials / 10);
        assertThat(HashPrefilter.ofWords(List.of()).mayContainWord("قال")).isFalse();
    }
}
