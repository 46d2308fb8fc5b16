package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.model.Article;
import org.marsad.model.Field;
import org.marsad.model.Sentence;

/** The offset invariant of the text layer on generated text: every span lies in its field, in order, and covers no space at its edges. */
class TextLayerPropertiesTest {
    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("قال", "بيسكوف", "وأضاف", "الولايات", "المتحدة", "ناتو", "CNN", "RT", "19", "٣٫٥",
                        "1,000.5", "10/1/2022", "د.", "U.S.", "https://t.co/x", "a@b.org", "#وسم", "@user", "😀",
                        "قدّمها", "روســيا"),
                Arbitraries.of(" ", " ", " ", "\n", "\r\n", "، ", ". ", "؟ ", "! ", ".. ", "… ", ": ", "“", "”", "«", "»",
                        "\"", "(", ")", "\u200F", "\u202B", "\u200B", "\t", "\u0000", "\uFEFF"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(4));
        return pieces.list().ofMaxSize(200).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void tokensAndSentencesStayInsideTheirField(@ForAll("newsLikeText") String title, @ForAll("newsLikeText") String text) {
        Article a = Article.of("p", title, text, null);
        AnalyzedText at = analyzer.analyze(a);
        for (Field f : Field.values()) {
            TokenSequence ts = at.tokens(f);
            String src = a.field(f);
            int prevEnd = 0;
            for (int i = 0; i < ts.size(); i++) {
                assertThat(ts.start(i)).isGreaterThanOrEqualTo(prevEnd);
                assertThat(ts.end(i)).isGreaterThan(ts.start(i)).isLessThanOrEqualTo(src.length());
                assertThat(ts.text(i)).isEqualTo(src.substring(ts.start(i), ts.end(i)));
                assertThat(Chars.isSpace(src.charAt(ts.start(i)))).isFalse();
                prevEnd = ts.end(i);
            }
        }
        int prevField = -1;
        int prevEnd = 0;
        for (int s = 0; s < at.sentences().size(); s++) {
            Sentence sent = at.sentences().get(s);
            if (sent.field().ordinal() != prevField) {
                prevField = sent.field().ordinal();
                prevEnd = 0;
            }
            assertThat(sent.start()).isGreaterThanOrEqualTo(prevEnd);
            assertThat(sent.end()).isGreaterThan(sent.start());
            assertThat(at.sentenceEndToken(s)).isGreaterThan(at.sentenceFirstToken(s));
            prevEnd = sent.end();
        }
    }

    @Property(tries = 200)
    void everyTokenIsInExactlyOneSentence(@ForAll("newsLikeText") String text) {
        AnalyzedText at = analyzer.analyze(Article.of("p", "", text, null));
        int covered = 0;
        for (int s = 0; s < at.sentences().size(); s++) {
            assertThat(at.sentenceFirstToken(s)).isEqualTo(covered);
            covered = at.sentenceEndToken(s);
        }
        assertThat(covered).isEqualTo(at.tokens(Field.TEXT).size());
    }

    @Property(tries = 300)
    void normalizationIsIdempotent(@ForAll("newsLikeText") String s) {
        String once = ArabicNormalizer.normalize(s);
        assertThat(ArabicNormalizer.normalize(once)).isEqualTo(once);
    }
}
