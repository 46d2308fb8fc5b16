package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Field;
import org.marsad.model.TokenKind;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> tokens(String s) {
        TokenSequence ts = tokenizer.tokenize(s, Field.TEXT);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            out.add(ts.text(i) + "/" + ts.kind(i));
        }
        return out;
    }

    @Test
    void arabicWordsAndPunctuation() {
        assertThat(tokens("قال بيسكوف، إن روسيا؛ هل؟")).containsExactly(
                "قال/ARABIC", "بيسكوف/ARABIC", "،/PUNCT", "إن/ARABIC", "روسيا/ARABIC", "؛/PUNCT", "هل/ARABIC", "؟/PUNCT");
    }

    @Test
    void wordsKeepDiacriticsAndTatweel() {
        assertThat(tokens("قدّمها روســيا")).containsExactly("قدّمها/ARABIC", "روســيا/ARABIC");
    }

    @Test
    void latinWords() {
        assertThat(tokens("قناة CNN و RT")).containsExactly("قناة/ARABIC", "CNN/LATIN", "و/ARABIC", "RT/LATIN");
    }

    @Test
    void numbers() {
        assertThat(tokens("1,000.5 و٣٫٥ و19")).containsExactly("1,000.5/NUMBER", "و/ARABIC", "٣٫٥/NUMBER", "و/ARABIC",
                "19/NUMBER");
    }

    @Test
    void everyQuotationMark() {
        assertThat(tokens("“أ” «ب» \"ج\" „د‹ ›")).containsExactly("“/QUOTE", "أ/ARABIC", "”/QUOTE", "«/QUOTE",
                "ب/ARABIC", "»/QUOTE", "\"/QUOTE", "ج/ARABIC", "\"/QUOTE", "„/QUOTE", "د/ARABIC", "‹/QUOTE", "›/QUOTE");
    }

    @Test
    void urlsEmailsHashtagsMentions() {
        assertThat(tokens("انظر https://www.bbc.com/arabic/x?y=1. وراسلنا info@marsad.org #روسيا_اليوم #MeToo @RT_Arabic"))
                .containsExactly("انظر/ARABIC", "https://www.bbc.com/arabic/x?y=1/URL", "./PUNCT", "وراسلنا/ARABIC",
                        "info@marsad.org/EMAIL", "#روسيا_اليوم/HASHTAG", "#MeToo/HASHTAG", "@RT_Arabic/MENTION");
        // a one-word Arabic hashtag in running text is a word of the sentence with a mark before it
        assertThat(tokens("قال الرئيس دونالد #ترمب إن")).containsExactly("قال/ARABIC", "الرئيس/ARABIC", "دونالد/ARABIC",
                "#/PUNCT", "ترمب/ARABIC", "إن/ARABIC");
        assertThat(tokens("www.jawharafm.net")).containsExactly("www.jawharafm.net/URL");
    }

    @Test
    void abbreviations() {
        assertThat(tokens("قال د. أحمد و م. علي")).containsExactly("قال/ARABIC", "د./ABBREVIATION", "أحمد/ARABIC",
                "و/ARABIC", "م./ABBREVIATION", "علي/ARABIC");
        assertThat(tokens("the U.S. and Dr. Smith")).containsExactly("the/LATIN", "U.S./ABBREVIATION", "and/LATIN",
                "Dr./ABBREVIATION", "Smith/LATIN");
    }

    @Test
    void numericDates() {
        assertThat(tokens("في 10/1/2022 و2022-01-10")).containsExactly("في/ARABIC", "10/1/2022/DATE", "و/ARABIC",
                "2022-01-10/DATE");
    }

    @Test
    void ellipsisAndDoubleDots() {
        assertThat(tokens("نولاند.. أما… نعم...")).containsExactly("نولاند/ARABIC", "../PUNCT", "أما/ARABIC",
                "…/PUNCT", "نعم/ARABIC", ".../PUNCT");
    }

    @Test
    void invisibleControlsSeparateNothing() {
        TokenSequence ts = tokenizer.tokenize("\u200Fروسيا\u200E و\u202Bأوكرانيا\u202C", Field.TEXT);
        assertThat(ts.size()).isEqualTo(3);
        assertThat(ts.text(0)).isEqualTo("روسيا");
        assertThat(ts.norm(2)).isEqualTo("اوكرانيا");
    }

    @Test
    void emojiIsOneSymbol() {
        TokenSequence ts = tokenizer.tokenize("سلام 😀!", Field.TEXT);
        assertThat(ts.size()).isEqualTo(3);
        assertThat(ts.text(1)).isEqualTo("😀");
        assertThat(ts.kind(1)).isEqualTo(TokenKind.SYMBOL);
    }

    @Test
    void normalizedFormsFoldVariants() {
        TokenSequence ts = tokenizer.tokenize("أمريكا ٢٠٢٢ منظمة", Field.TEXT);
        assertThat(ts.norm(0)).isEqualTo("امريكا");
        assertThat(ts.norm(1)).isEqualTo("2022");
        assertThat(ts.norm(2)).isEqualTo("منظمه");
    }

    @Test
    void tokenLookupByOffset() {
        TokenSequence ts = tokenizer.tokenize("قال بيسكوف", Field.TEXT);
        assertThat(ts.tokenAt(5)).isEqualTo(1);
        assertThat(ts.tokenAt(3)).isEqualTo(-1);
        assertThat(ts.firstTokenFrom(3)).isEqualTo(1);
    }
}
