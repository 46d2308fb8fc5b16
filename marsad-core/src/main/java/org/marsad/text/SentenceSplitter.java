package org.marsad.text;

import org.marsad.model.TokenKind;

/**
 * Splits a field's tokens into sentences. A line break always ends a sentence (paragraphs, the
 * headline); {@code . ! ؟ … ..} end one unless inside a quotation, so a quoted statement of several
 * sentences stays whole. Closing marks after the stop belong to the sentence; the number of a
 * numbered paragraph ({@code 1.}) and a dot inside an abbreviation ({@code إل.سي.إي}) do not end one.
 */
public final class SentenceSplitter {

    /** Receives each sentence as a token range {@code [firstToken, endToken)}. */
    @FunctionalInterface
    public interface Sink {
        void sentence(int firstToken, int endToken);
    }

    public void split(TokenSequence tokens, Sink sink) {
        int n = tokens.size();
        int first = 0;
        int depth = 0;
        boolean straightOpen = false;
        for (int i = 0; i < n; i++) {
            if (i > first && tokens.lineBreakBefore(i)) {
                sink.sentence(first, i);
                first = i;
                depth = 0;
                straightOpen = false;
            }
            TokenKind kind = tokens.kind(i);
            char c = tokens.firstChar(i);
            if (kind == TokenKind.QUOTE) {
                if (c == '"') {
                    if (straightOpen) {
                        depth = Math.max(0, depth - 1);
                    } else {
                        depth++;
                    }
                    straightOpen = !straightOpen;
                } else if (Chars.isOpeningQuote(c) && c != '\u2018') {
                    depth++;
                } else if (Chars.isClosingQuote(c) && c != '\u2019') {
                    depth = Math.max(0, depth - 1);
                }
                continue;
            }
            if (kind != TokenKind.PUNCT || depth > 0 || !Chars.isSentenceEnd(c)) {
                continue;
            }
            if (c == '.' && i == first + 1 && tokens.kind(first) == TokenKind.NUMBER) {
                continue; // "1." numbering a paragraph
            }
            if (c == '.' && i > first && abbreviationDot(tokens, i)) {
                continue; // "لقناة إل.سي.إي الإخبارية": letters of an abbreviation
            }
            int end = i + 1;
            // further stops and closing marks stay with the sentence: "؟!" , ".”" , ".)"
            while (end < n && !tokens.lineBreakBefore(end)) {
                char d = tokens.firstChar(end);
                TokenKind k = tokens.kind(end);
                if ((k == TokenKind.PUNCT && (Chars.isSentenceEnd(d) || d == ')' || d == ']'))
                        || (k == TokenKind.QUOTE && (Chars.isClosingQuote(d) || (d == '"' && straightOpen)))) {
                    if (d == '"') {
                        straightOpen = false;
                    }
                    end++;
                } else {
                    break;
                }
            }
            // a stop glued to the next word (no space: "الثاني.وفي") is more likely a typo than a break,
            // but still a break; a stop between digits was already taken by the number
            sink.sentence(first, end);
            first = end;
            depth = 0;
            i = end - 1;
        }
        if (first < n) {
            sink.sentence(first, n);
        }
    }

    /** Whether token {@code i} is a dot glued between two short words (three letters at most): إل.سي.إي، أ.ف.ب. */
    public static boolean abbreviationDot(TokenSequence tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size() || tokens.lineBreakBefore(i + 1) || tokens.firstChar(i) != '.') {
            return false;
        }
        int before = i - 1;
        int after = i + 1;
        return tokens.end(before) == tokens.start(i) && tokens.start(after) == tokens.end(i)
                && shortWord(tokens, before) && shortWord(tokens, after);
    }

    private static boolean shortWord(TokenSequence tokens, int k) {
        TokenKind kind = tokens.kind(k);
        return (kind == TokenKind.ARABIC || kind == TokenKind.LATIN) && tokens.end(k) - tokens.start(k) <= 3;
    }
}
