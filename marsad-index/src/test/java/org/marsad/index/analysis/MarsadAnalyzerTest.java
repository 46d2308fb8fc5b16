package org.marsad.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class MarsadAnalyzerTest {
    private final MarsadAnalyzer analyzer = new MarsadAnalyzer();

    /** The terms of each position, in order. */
    private List<List<String>> positions(String text) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0 || out.isEmpty()) {
                    out.add(new ArrayList<>());
                }
                out.get(out.size() - 1).add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    private List<String> terms(String word) throws IOException {
        List<List<String>> p = positions(word);
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    private boolean meet(String a, String b) throws IOException {
        return terms(a).stream().anyMatch(terms(b)::contains);
    }

    @Test
    void hamzaVariantsMeet() throws IOException {
        assertThat(meet("امريكا", "أمريكا")).isTrue();
        assertThat(meet("إيران", "ايران")).isTrue();
        assertThat(meet("مصطفى", "مصطفي")).isTrue();
        // ta marbuta typed as heh
        assertThat(meet("سوسه", "سوسة")).isTrue();
        assertThat(meet("الحكومه", "الحكومة")).isTrue();
    }

    @Test
    void attachedConjunctionStillFindsTheWord() throws IOException {
        assertThat(meet("امريكا", "وأمريكا")).isTrue();
        assertThat(meet("روسيا", "لروسيا")).isTrue();
        assertThat(meet("الرئيس", "والرئيس")).isTrue();
        assertThat(meet("الرئيس", "للرئيس")).isTrue();
        assertThat(meet("رئيس", "بالرئيس")).isTrue();
    }

    @Test
    void articleAndAttestedPluralsAreRemoved() throws IOException {
        assertThat(meet("الحكومة", "حكومة")).isTrue();
        assertThat(meet("المسؤولين", "مسؤول")).isTrue();
        assertThat(meet("للحكومة", "حكومة")).isTrue();
    }

    @Test
    void doesNotOverStem() throws IOException {
        // the morphology's lemma may take the plural to its singular (ولاية), never down to ولا
        assertThat(terms("الولايات")).hasSize(1).first().isIn("ولايات", "ولايه");
        assertThat(meet("الولايات", "ولا")).isFalse();
        assertThat(terms("بوتين")).containsExactly("بوتين");
        assertThat(terms("قانون")).containsExactly("قانون");
        assertThat(terms("فلسطين")).containsExactly("فلسطين");
    }

    @Test
    void wordsThatBeginWithAProcliticLetterKeepIt() throws IOException {
        assertThat(terms("وزير")).containsExactly("وزير");
        assertThat(terms("بيسكوف")).containsExactly("بيسكوف");
        assertThat(terms("وأمريكا")).containsExactly("امريكا");
    }

    @Test
    void theLexiconFreeStemmerGivesBothReadingsOfAProclitic() throws IOException {
        MarsadAnalyzer light = new MarsadAnalyzer(new LightStemmer());
        List<String> wazir = new ArrayList<>();
        try (TokenStream ts = light.tokenStream("text", "وزير الولايات ولاية")) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                wazir.add(term.toString());
            }
            ts.end();
        }
        // وزير may be و + زير; الولايات and ولاية meet at ولاي, never at ولا
        assertThat(wazir).containsExactly("وزير", "زير", "ولاي", "ولاي", "لاي");
    }

    @Test
    void diacriticsAndTatweelAreIgnored() throws IOException {
        assertThat(meet("مُحَمَّد", "محمد")).isTrue();
        assertThat(meet("الرئيـــس", "الرئيس")).isTrue();
    }

    @Test
    void latinIsLowerCasedAndUnaccented() throws IOException {
        assertThat(terms("Peskov")).containsExactly("peskov");
        assertThat(terms("Élysée")).containsExactly("elysee");
    }

    @Test
    void punctuationIsDroppedAndOffsetsPointIntoTheOriginal() throws IOException {
        String text = "قال بيسكوف: «إن روسيا» #سوريا";
        List<String> terms = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0) {
                    terms.add(term.toString());
                    covered.add(text.substring(off.startOffset(), off.endOffset()));
                }
            }
            ts.end();
        }
        assertThat(covered).containsExactly("قال", "بيسكوف", "إن", "روسيا", "سوريا");
        assertThat(terms).hasSize(5);
    }

    @Test
    void digitsAreFolded() throws IOException {
        assertThat(terms("٢٠١٨")).containsExactly("2018");
    }
}
