package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.model.Article;
import org.marsad.model.Field;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TokenSequence;

/** One pass per token answers each filter as its own table would, and gives the normalized form's hash code. */
class TokenFiltersPropertyTest {
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    @Property(tries = 300)
    void eachTokenIsMarkedAsEachFilterAloneWouldMarkIt(@ForAll("texts") String title, @ForAll("texts") String body,
                                                        @ForAll("wordSets") List<String> firstWords,
                                                        @ForAll("wordSets") List<String> heads) {
        AnalyzedText text = ANALYZER.analyze(Article.of("a", title, body, null));
        TokenFilters.Marks marks = new TokenFilters(firstWords, heads).mark(text);
        NameHashes first = new NameHashes(firstWords);
        NameHashes head = new NameHashes(heads);
        for (Field f : Field.values()) {
            TokenSequence ts = text.tokens(f);
            for (int i = 0; i < ts.size(); i++) {
                if (!ts.kind(i).isWord()) {
                    assertThat(marks.has(f, i, TokenFilters.CATALOG_FIRST_WORD | TokenFilters.ORGANIZATION_HEAD)).isFalse();
                    continue;
                }
                String src = ts.source();
                assertThat(marks.normalizedHash(f, i)).as(ts.text(i)).isEqualTo(ts.norm(i).hashCode());
                assertThat(marks.has(f, i, TokenFilters.CATALOG_FIRST_WORD))
                        .isEqualTo(first.mayHoldNormalizedOrReading(src, ts.start(i), ts.end(i)));
                assertThat(marks.has(f, i, TokenFilters.ORGANIZATION_HEAD))
                        .isEqualTo(head.mayHoldNormalizedOrReading(src, ts.start(i), ts.end(i)));
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.strings().withChars("وفبلكالمنهأإةى\u064B\u0650\u0640\uFEFB").ofMinLength(1).ofMaxLength(7);
        Arbitrary<String> other = Arbitraries.of("CNN", "2024", "،", ".", "«", "»", "-", "\n", "#وسم");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, word), net.jqwik.api.Tuple.of(1, other))
                .list().ofMaxSize(30).map(ws -> String.join(" ", ws));
    }

    @Provide
    Arbitrary<List<String>> wordSets() {
        // short words over the texts' letters, so that forms and readings often hit
        return Arbitraries.strings().withChars("ولنهاك").ofMinLength(1).ofMaxLength(4).list().ofMaxSize(30);
    }
}
