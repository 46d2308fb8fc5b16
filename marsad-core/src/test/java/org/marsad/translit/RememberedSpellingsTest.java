package org.marsad.translit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberedSpellingsTest {
    @Test
    void answersAsTheWrappedTransliteratorAndAsksItOncePerWord() {
        AtomicInteger asked = new AtomicInteger();
        WordTransliterator spelled = w -> {
            asked.incrementAndGet();
            return w.length() % 2 == 0 ? null : "latin-" + w;
        };
        RememberedSpellings memo = new RememberedSpellings(spelled, 1024);
        assertThat(memo.toLatin("ترامب")).isEqualTo("latin-ترامب");
        assertThat(memo.toLatin("بوتين")).isEqualTo("latin-بوتين");
        assertThat(memo.toLatin("ماكرون")).isNull();
        assertThat(memo.toLatin(new StringBuilder("ترامب"))).isEqualTo("latin-ترامب");
        assertThat(memo.toLatin("ماكرون")).isNull();
        assertThat(asked).hasValue(3);
    }

    @Test
    void wordsSharingASlotStillGetTheirOwnSpelling() {
        WordTransliterator spelled = w -> "<" + w + ">";
        RememberedSpellings memo = new RememberedSpellings(spelled, 16);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 200; i++) {
                String w = "كلمة" + i;
                assertThat(memo.toLatin(w)).isEqualTo("<" + w + ">");
            }
        }
    }

    @Test
    void keepsTheWordsOfASetUntilMoreComeAndThenDropsTheLeastRecentlyUsed() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        WordTransliterator spelled = w -> {
            asked.add(w.toString());
            return "<" + w + ">";
        };
        // one set of four ways: every word competes for it
        RememberedSpellings memo = new RememberedSpellings(spelled, RememberedSpellings.WAYS);
        for (int round = 0; round < 3; round++) {
            for (String w : new String[] {"أ", "ب", "ت", "ث"}) {
                assertThat(memo.toLatin(w)).isEqualTo("<" + w + ">");
            }
        }
        assertThat(asked).containsExactly("أ", "ب", "ت", "ث");
        memo.toLatin("أ"); // now the most recently used: ب is the least
        memo.toLatin("ج");
        memo.toLatin("أ");
        memo.toLatin("ت");
        memo.toLatin("ث");
        memo.toLatin("ب");
        assertThat(asked).containsExactly("أ", "ب", "ت", "ث", "ج", "ب");
    }
}
