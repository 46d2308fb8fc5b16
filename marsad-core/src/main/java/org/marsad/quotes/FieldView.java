package org.marsad.quotes;

import org.marsad.model.Field;
import org.marsad.model.TokenKind;
import org.marsad.text.Chars;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.TokenSequence;

/**
 * One field of an article as the quote rules read it: tokens, paired quotation marks and its own
 * sentence boundaries (a stop inside a paired quotation does not end a sentence).
 */
final class FieldView {
    final Field field;
    final TokenSequence ts;
    final String text;
    final QuoteMarks marks;
    final int n;
    /** Sentence number of each token, counted across the article (title first). */
    final int[] sentence;
    /** First token of the sentence of each token. */
    final int[] sentFirst;
    /** One past the last token of the sentence of each token. */
    final int[] sentEnd;
    /** Inside a quotation of four words or more: what someone said, not narration. */
    final boolean[] quoted;
    /** Inside the content of a quote already found. */
    final boolean[] consumed;
    /** Per-token memos of the finder's clitic stripping (filled lazily: the stripped forms are substrings). */
    final String[] memoStrip;
    final String[] memoLam;
    final String[] memoBase;
    /** Per-token memo of the speech cue a token is (null for none), valid where {@code cueDone}. */
    final Cue[] memoCue;
    final boolean[] cueDone;

    FieldView(Field field, TokenSequence ts, int firstSentenceNumber) {
        this.field = field;
        this.ts = ts;
        this.text = ts.source();
        this.n = ts.size();
        this.marks = QuoteMarks.pair(ts);
        this.sentence = new int[n];
        this.sentFirst = new int[n];
        this.sentEnd = new int[n];
        this.quoted = new boolean[n];
        this.consumed = new boolean[n];
        this.memoStrip = new String[n];
        this.memoLam = new String[n];
        this.memoBase = new String[n];
        this.memoCue = new Cue[n];
        this.cueDone = new boolean[n];
        for (int i = 0; i < n; i++) {
            int close = marks.closeOf(i);
            if (close > i && words(i + 1, close) >= 4) {
                for (int k = i + 1; k < close; k++) {
                    quoted[k] = true;
                }
            }
        }
        int s = firstSentenceNumber;
        int first = 0;
        int i = 0;
        while (i < n) {
            if (i > first && ts.lineBreakBefore(i)) {
                close(first, i, s++);
                first = i;
            }
            int close = marks.closeOf(i);
            if (close > i && !lineBetween(i, close)) {
                i = close + 1;
                continue;
            }
            if (ts.kind(i) == TokenKind.PUNCT && Chars.isSentenceEnd(ts.firstChar(i))
                    && !(ts.firstChar(i) == '.' && i == first + 1 && ts.kind(first) == TokenKind.NUMBER)
                    && !SentenceSplitter.abbreviationDot(ts, i)) {
                int end = i + 1;
                while (end < n && !ts.lineBreakBefore(end) && (marks.isClosing(end)
                        || (ts.kind(end) == TokenKind.PUNCT && Chars.isSentenceEnd(ts.firstChar(end))))) {
                    end++;
                }
                close(first, end, s++);
                first = end;
                i = end;
                continue;
            }
            i++;
        }
        if (first < n) {
            close(first, n, s);
        }
    }

    private boolean lineBetween(int from, int to) {
        for (int k = from + 1; k <= to && k < n; k++) {
            if (ts.lineBreakBefore(k)) {
                return true;
            }
        }
        return false;
    }

    private void close(int first, int end, int number) {
        for (int k = first; k < end; k++) {
            sentence[k] = number;
            sentFirst[k] = first;
            sentEnd[k] = end;
        }
    }

    /** Number of the last sentence, or {@code firstSentenceNumber - 1} when the field is empty. */
    int lastSentence(int firstSentenceNumber) {
        return n == 0 ? firstSentenceNumber - 1 : sentence[n - 1];
    }

    int words(int from, int to) {
        int w = 0;
        for (int k = Math.max(0, from); k < to && k < n; k++) {
            if (isWord(k)) {
                w++;
            }
        }
        return w;
    }

    boolean isWord(int i) {
        if (i < 0 || i >= n) {
            return false;
        }
        TokenKind k = ts.kind(i);
        return k.isWord() || k == TokenKind.NUMBER || k == TokenKind.HASHTAG || k == TokenKind.MENTION;
    }

    boolean isArabicOrLatin(int i) {
        if (i < 0 || i >= n) {
            return false;
        }
        TokenKind k = ts.kind(i);
        return k == TokenKind.ARABIC || k == TokenKind.LATIN || k == TokenKind.ABBREVIATION;
    }

    /** Whether token i as written ends with the suffix (no substring). */
    boolean rawEndsWith(int i, String suffix) {
        int len = suffix.length();
        int s = ts.end(i) - len;
        return s >= ts.start(i) && text.regionMatches(s, suffix, 0, len);
    }

    String norm(int i) {
        return ts.norm(i);
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < n && ts.kind(i) == TokenKind.PUNCT && ts.firstChar(i) == c;
    }

    boolean isComma(int i) {
        return i >= 0 && i < n && ts.kind(i) == TokenKind.PUNCT && (ts.firstChar(i) == '\u060C' || ts.firstChar(i) == ',');
    }

    boolean isColon(int i) {
        return i >= 0 && i < n && ts.kind(i) == TokenKind.PUNCT && ts.firstChar(i) == ':';
    }

    boolean isStop(int i) {
        return i >= 0 && i < n && ts.kind(i) == TokenKind.PUNCT && Chars.isSentenceEnd(ts.firstChar(i))
                && !SentenceSplitter.abbreviationDot(ts, i);
    }

    /** A word glued to the dot of an abbreviation: the letters أن، إن of "أن.بي.أو"، "سي.إن.إن". */
    boolean inAbbreviation(int i) {
        return i + 1 < n && SentenceSplitter.abbreviationDot(ts, i + 1)
                || i > 0 && SentenceSplitter.abbreviationDot(ts, i - 1);
    }

    boolean isQuote(int i) {
        return i >= 0 && i < n && ts.kind(i) == TokenKind.QUOTE;
    }
}
