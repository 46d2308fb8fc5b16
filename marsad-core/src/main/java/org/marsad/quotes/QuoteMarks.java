package org.marsad.quotes;

import java.util.Arrays;
import org.marsad.model.TokenKind;
import org.marsad.text.Chars;
import org.marsad.text.TokenSequence;

/**
 * Pairs the quotation marks of one field. Curly marks and guillemets pair by kind and nest; the
 * straight {@code "} is read from its spacing (a space before and a letter after opens) and only
 * toggles where spacing cannot tell; one glued to the word before and to the punctuation after it while
 * nothing is open ("مترا\".") closes what was never opened and pairs with nothing.
 * A mark re-opened right after a sentence stop continues the
 * open quotation (a statement of several paragraphs); a mark left open closes at the end of its
 * paragraph. Marks that close nothing pair with nothing.
 */
final class QuoteMarks {
    private final int[] partner;
    private final boolean[] opening;

    private QuoteMarks(int[] partner, boolean[] opening) {
        this.partner = partner;
        this.opening = opening;
    }

    /** Index of the token closing the mark at {@code i} (or the paragraph's last token when it never closes), or -1. */
    int closeOf(int i) {
        return opening[i] ? partner[i] : -1;
    }

    boolean isOpening(int i) {
        return opening[i];
    }

    /** True when the mark at {@code i} closes an earlier one. */
    boolean isClosing(int i) {
        return !opening[i] && partner[i] >= 0;
    }

    int openOf(int i) {
        return opening[i] ? -1 : partner[i];
    }

    static QuoteMarks pair(TokenSequence ts) {
        int n = ts.size();
        int[] partner = new int[n];
        boolean[] opening = new boolean[n];
        Arrays.fill(partner, -1);
        int[] stack = new int[Math.max(4, n)];
        int depth = 0;
        String text = ts.source();
        for (int i = 0; i < n; i++) {
            if (i > 0 && ts.lineBreakBefore(i)) {
                depth = closeAll(stack, depth, partner, opening, i - 1, ts);
            }
            if (ts.kind(i) != TokenKind.QUOTE) {
                continue;
            }
            char c = ts.firstChar(i);
            int role = role(text, ts.start(i), c);
            int top = depth > 0 ? stack[depth - 1] : -1;
            boolean straightOpen = top >= 0 && ts.firstChar(top) == '"';
            if (c == '"') {
                if (straightOpen) {
                    if (role > 0 && afterStop(text, ts.start(i))) {
                        continue; // the same speaker goes on after a stop: one quotation
                    }
                    if (role > 0 && !closesWell(ts, top, i)) {
                        continue;
                    }
                    partner[top] = i;
                    partner[i] = top;
                    depth--;
                } else if (role < 0 && closesClause(text, ts.start(i))) {
                    continue; // 'عمق 70 مترا".' closes a mark the writer never opened: it opens nothing
                } else {
                    opening[i] = true;
                    stack[depth++] = i;
                }
                continue;
            }
            if (Chars.isOpeningQuote(c) && !(c == '\u201C' && top >= 0 && ts.firstChar(top) == '\u201E')) {
                if (top >= 0 && Chars.closingFor(ts.firstChar(top)) == Chars.closingFor(c) && afterStop(text, ts.start(i))) {
                    continue;
                }
                opening[i] = true;
                stack[depth++] = i;
                continue;
            }
            // a closing mark: close the nearest open mark of its kind
            int k = depth - 1;
            while (k >= 0 && !closes(ts.firstChar(stack[k]), c)) {
                k--;
            }
            if (k >= 0) {
                int open = stack[k];
                partner[open] = i;
                partner[i] = open;
                // marks opened inside and never closed end here too
                for (int m = k + 1; m < depth; m++) {
                    partner[stack[m]] = i - 1 >= stack[m] ? i - 1 : stack[m];
                }
                depth = k;
            } else if (c == '\u201D' && role > 0) {
                // ” used to open, as some writers do
                opening[i] = true;
                stack[depth++] = i;
            }
        }
        closeAll(stack, depth, partner, opening, n - 1, ts);
        return new QuoteMarks(partner, opening);
    }

    private static boolean closes(char open, char close) {
        if (open == '"') {
            return false;
        }
        if (open == '\u201E') {
            return close == '\u201C' || close == '\u201D';
        }
        return Chars.closingFor(open) == close;
    }

    /** A straight mark that looks like an opener closes the open one only when the quoted stretch stays short. */
    private static boolean closesWell(TokenSequence ts, int open, int here) {
        return here - open <= 8;
    }

    private static int closeAll(int[] stack, int depth, int[] partner, boolean[] opening, int last, TokenSequence ts) {
        for (int m = 0; m < depth; m++) {
            int o = stack[m];
            partner[o] = Math.max(o, last);
        }
        return 0;
    }

    /** +1 looks like an opener (space before, text after), -1 like a closer, 0 cannot tell. */
    static int role(String text, int at, char c) {
        boolean spaceBefore = at == 0 || isGap(text.charAt(at - 1));
        boolean spaceAfter = at + 1 >= text.length() || isGap(text.charAt(at + 1)) || isStop(text.charAt(at + 1));
        if (spaceBefore && !spaceAfter) {
            return 1;
        }
        if (!spaceBefore && spaceAfter) {
            return -1;
        }
        return 0;
    }

    private static boolean isGap(char c) {
        return Chars.isSpace(c) || c == '(' || c == ':' || c == '\u060C' || c == ',';
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '\u060C' || c == ',' || c == '\u061B' || c == ';' || c == '!' || c == '\u061F'
                || c == '?' || c == ')' || c == ':';
    }

    /** The mark is followed at once by punctuation or the end of its line ("مترا".", "مترا"،"). */
    private static boolean closesClause(String text, int at) {
        return at + 1 >= text.length() || text.charAt(at + 1) == '\n' || isStop(text.charAt(at + 1));
    }

    private static boolean afterStop(String text, int at) {
        int k = at - 1;
        while (k >= 0 && Chars.isSpace(text.charAt(k)) && text.charAt(k) != '\n') {
            k--;
        }
        return k >= 0 && Chars.isSentenceEnd(text.charAt(k));
    }
}
