package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.Field;
import org.marsad.text.TokenSequence;
import org.marsad.text.Tokenizer;

class QuoteMarksTest {
    private static TokenSequence tokens(String s) {
        return new Tokenizer().tokenize(s, Field.TEXT);
    }

    private static String inner(TokenSequence ts, QuoteMarks m, int open) {
        int close = m.closeOf(open);
        return ts.source().substring(ts.end(open), ts.start(close)).strip();
    }

    @Test
    void straightMarksReadFromSpacingAndContinueAfterAStop() {
        TokenSequence ts = tokens("وقالت وايت \"من أجل السلام. \"ويشمل ذلك التعليق\". وأضافت\" دعما للمفاوضات\".");
        QuoteMarks m = QuoteMarks.pair(ts);
        int first = ts.firstTokenFrom(ts.source().indexOf('"'));
        assertThat(inner(ts, m, first)).isEqualTo("من أجل السلام. \"ويشمل ذلك التعليق");
        int third = ts.firstTokenFrom(ts.source().indexOf("وأضافت") + 6);
        assertThat(m.isOpening(third)).isTrue();
        assertThat(inner(ts, m, third)).isEqualTo("دعما للمفاوضات");
    }

    @Test
    void curlyMarksNestAndAnUnclosedMarkClosesAtTheParagraphEnd() {
        TokenSequence ts = tokens("قال «هو “دليل” قاطع» ثم “بلا إغلاق\nسطر آخر");
        QuoteMarks m = QuoteMarks.pair(ts);
        int open = ts.firstTokenFrom(ts.source().indexOf('«'));
        assertThat(inner(ts, m, open)).isEqualTo("هو “دليل” قاطع");
        int unclosed = ts.firstTokenFrom(ts.source().indexOf("ثم") + 2);
        assertThat(m.closeOf(unclosed)).isEqualTo(ts.firstTokenFrom(ts.source().indexOf("إغلاق")));
    }
}
