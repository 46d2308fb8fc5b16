package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hashes computed while scanning a name are those of the key and of its alternate article form. */
class NameHashesPropertyTest {

    @Property(tries = 1000)
    void aNameMayHoldItsOwnKey(@ForAll("names") String s) {
        String key = NameKey.of(s);
        assertThat(new NameHashes(List.of(key)).mayHoldKeyOf(s)).isTrue();
        assertThat(new NameHashes(List.of(key)).contains(key.hashCode())).isTrue();
    }

    @Property(tries = 1000)
    void aNameMayHoldItsKeyWithTheArticleAddedOrDropped(@ForAll("names") String s) {
        String key = NameKey.of(s);
        String alternate = key.indexOf(' ') >= 0 ? key
                : key.startsWith("ال") && key.length() >= 4 ? key.substring(2) : "ال" + key;
        assertThat(new NameHashes(List.of(alternate)).mayHoldKeyOf(s)).as(alternate).isTrue();
    }

    @Property(tries = 1000)
    void aNameWhoseFormsHaveOtherHashesIsAbsent(@ForAll("names") String s, @ForAll("names") String other) {
        String key = NameKey.of(s);
        String k = NameKey.of(other);
        String alternate = key.indexOf(' ') >= 0 ? key
                : key.startsWith("ال") && key.length() >= 4 ? key.substring(2) : "ال" + key;
        boolean sameHash = k.hashCode() == key.hashCode() || k.hashCode() == alternate.hashCode();
        assertThat(new NameHashes(List.of(k)).mayHoldKeyOf(s)).as(k + " / " + key).isEqualTo(sameHash);
    }

    @Property(tries = 2000)
    void aWordMayHoldEachOfItsReadings(@ForAll("words") String w) {
        for (Clitics.Reading r : Clitics.readings(w)) {
            assertThat(new NameHashes(List.of(r.word())).mayHoldReadingOf(w)).as(r.word()).isTrue();
        }
    }

    @Property(tries = 2000)
    void aWordIsPassedOverUnlessAFormOfAReadingHashesAsAKey(@ForAll("words") String w, @ForAll("words") String key) {
        boolean reading = false;
        for (Clitics.Reading r : Clitics.readings(w)) {
            reading |= r.word().hashCode() == key.hashCode();
        }
        boolean form = false;
        if (w.length() >= 3) {
            List<String> forms = new java.util.ArrayList<>(List.of(w.substring(1), w.substring(2), "ال" + w.substring(2)));
            if (w.length() > 3) {
                forms.add("ال" + w.substring(3));
            }
            for (String f : forms) {
                form |= f.hashCode() == key.hashCode();
            }
        }
        boolean may = new NameHashes(List.of(key)).mayHoldReadingOf(w);
        assertThat(may).as(w + " / " + key).isEqualTo(form);
        if (reading) {
            assertThat(may).isTrue();
        }
    }

    @Property(tries = 2000)
    void aTokenMayHoldItsNormalizedFormAndEachOfItsReadings(@ForAll("tokens") String t, @ForAll("words") String key) {
        String w = org.marsad.text.ArabicNormalizer.normalize(t, 0, t.length(), new StringBuilder()).toString();
        assertThat(new NameHashes(List.of(w)).mayHoldNormalizedOrReading("x" + t + "y", 1, 1 + t.length())).isTrue();
        for (Clitics.Reading r : Clitics.readings(w)) {
            assertThat(new NameHashes(List.of(r.word())).mayHoldNormalizedOrReading(t, 0, t.length())).as(r.word()).isTrue();
        }
        boolean expected = w.hashCode() == key.hashCode()
                || Clitics.CLITIC_LETTERS.indexOf(w.isEmpty() ? ' ' : w.charAt(0)) >= 0 && new NameHashes(List.of(key)).mayHoldReadingOf(w);
        assertThat(new NameHashes(List.of(key)).mayHoldNormalizedOrReading(t, 0, t.length())).as(w + " / " + key).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void holdsExactlyTheHashCodesOfItsKeys(@ForAll("keySets") List<String> keys, @ForAll("words") String probe) {
        NameHashes hashes = new NameHashes(keys);
        for (String k : keys) {
            assertThat(hashes.contains(k.hashCode())).as(k).isTrue();
        }
        boolean held = keys.stream().anyMatch(k -> k.hashCode() == probe.hashCode());
        assertThat(hashes.contains(probe.hashCode())).as(probe).isEqualTo(held);
        assertThat(hashes.contains(0)).isEqualTo(keys.stream().anyMatch(k -> k.hashCode() == 0));
    }

    @Property(tries = 1000)
    void setsSharingATableAnswerEachAsAloneWouldDo(@ForAll("keySets") List<String> a, @ForAll("keySets") List<String> b,
                                                   @ForAll("keySets") List<String> c, @ForAll("tokens") String t) {
        NameHashes shared = new NameHashes(List.of(a, b, c));
        int flags = shared.flagsOfNormalizedOrReading(t, 0, t.length());
        List<List<String>> sets = List.of(a, b, c);
        for (int k = 0; k < sets.size(); k++) {
            NameHashes alone = new NameHashes(sets.get(k));
            assertThat((flags & 1 << k) != 0).as("set " + k).isEqualTo(alone.mayHoldNormalizedOrReading(t, 0, t.length()));
            for (String key : sets.get(k)) {
                assertThat(shared.flags(key.hashCode()) & 1 << k).as(key).isNotZero();
            }
        }
        assertThat(shared.mayHoldNormalizedOrReading(t, 0, t.length())).isEqualTo(flags != 0);
    }

    @Provide
    Arbitrary<List<String>> keySets() {
        // short words over few letters, so that probes often hit; the empty word hashes to 0
        return Arbitraries.strings().withChars("ولنهاك").ofMaxLength(4).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> tokens() {
        // clitic and article letters with hamza forms, diacritics, tatweel and the lam-alef ligatures
        return Arbitraries.strings().withChars("وفبلكالمنهأإ\u064B\u0650\u0640\uFEFB\uFEF5").ofMinLength(0).ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> words() {
        // clitic letters and the article's, so that readings of every kind occur
        return Arbitraries.strings().withChars("وفبلكالمنه").ofMinLength(0).ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> names() {
        // the article's letters often, so that keys with and without it meet
        return Arbitraries.strings().withChars("الاأإآبةىيوءئؤلمنABcdz09 \u064B\u0650\u0640\uFEFB-–\"«»\u200C\u200D\n.")
                .ofMaxLength(12);
    }
}
