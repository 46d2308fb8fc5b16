package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WordStringsTest {
    @Property
    void returnsAStringEqualToTheCharsAskedAbout(@ForAll @StringLength(max = 40) String a, @ForAll @StringLength(max = 40) String b) {
        WordStrings words = new WordStrings(2); // four slots: words collide often
        String text = "<" + a + "|" + b + ">";
        assertThat(words.of(a)).isEqualTo(a);
        assertThat(words.of(text, 1, 1 + a.length())).isEqualTo(a);
        assertThat(words.of(new StringBuilder(b))).isEqualTo(b);
        assertThat(words.of(text, 2 + a.length(), 2 + a.length() + b.length())).isEqualTo(b);
        assertThat(words.of(a)).isEqualTo(a);
    }

    @Test
    void aWordMetAgainIsTheSameString() {
        WordStrings words = new WordStrings(10);
        String first = words.of(new StringBuilder("الحكومة"));
        assertThat(words.of("قالت الحكومة", 5, 12)).isSameAs(first);
    }
}
