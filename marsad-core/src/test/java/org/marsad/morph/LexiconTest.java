package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void findsSlicesWithoutAllocatingKeys() {
        Lexicon.Builder b = new Lexicon.Builder();
        for (int i = 0; i < 1000; i++) {
            b.put("w" + i, i);
        }
        b.put("w5", 55);
        Lexicon lex = b.build();
        assertThat(lex.size()).isEqualTo(1000);
        char[] buf = "xxw42yy".toCharArray();
        assertThat(lex.get(buf, 2, 3, -1)).isEqualTo(42);
        assertThat(lex.get(buf, 2, 2, -1)).isEqualTo(4);
        assertThat(lex.get("w5", -1)).isEqualTo(55);
        assertThat(lex.get("w1000", -1)).isEqualTo(-1);
        assertThat(lex.get(buf, 0, 0, -7)).isEqualTo(-7);
        char[] key = new char[10];
        int e = lex.find(buf, 2, 3);
        assertThat(new String(key, 0, lex.key(e, key))).isEqualTo("w42");
    }
}
