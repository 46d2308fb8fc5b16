package org.marsad.text;

import org.marsad.model.Field;
import org.marsad.model.TokenKind;

/**
 * One-pass tokenizer for Arabic news: Arabic and Latin words, numbers ({@code 1,000.5}, {@code ٣٫٥}),
 * numeric dates ({@code 10/1/2022}), punctuation, every quotation mark, URLs, e-mails, hashtags,
 * {@code @mentions} and abbreviations ({@code د.}, {@code U.S.}). Stateless and thread-safe.
 */
public final class Tokenizer {
    private static final String[] LATIN_TITLE_ABBREVIATIONS = {"Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "St", "Jr", "Sr",
        "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Inc", "Ltd", "Co", "Corp", "No", "vs", "etc"};

    public TokenSequence tokenize(String text, Field field) {
        TokenSequence out = new TokenSequence(text, field);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                i++;
                continue;
            }
            int end;
            TokenKind kind;
            if ((end = url(text, i, n)) > i) {
                kind = TokenKind.URL;
            } else if ((end = email(text, i, n)) > i) {
                kind = TokenKind.EMAIL;
            } else if (Chars.isArabicLetter(c)) {
                end = arabicWord(text, i, n);
                int abbr = arabicAbbreviation(text, i, end, n);
                if (abbr > end) {
                    end = abbr;
                    kind = TokenKind.ABBREVIATION;
                } else {
                    kind = TokenKind.ARABIC;
                }
            } else if (Chars.isDigit(c)) {
                int date = numericDate(text, i, n);
                if (date > i) {
                    end = date;
                    kind = TokenKind.DATE;
                } else {
                    end = number(text, i, n);
                    kind = TokenKind.NUMBER;
                }
            } else if (Chars.isLatinLetter(c)) {
                end = latinWord(text, i, n);
                int abbr = latinAbbreviation(text, i, end, n);
                if (abbr > end) {
                    end = abbr;
                    kind = TokenKind.ABBREVIATION;
                } else {
                    kind = TokenKind.LATIN;
                }
            } else if ((c == '#' || c == '@') && i + 1 < n && isTagChar(text.charAt(i + 1))) {
                end = i + 1;
                boolean joined = false;
                while (end < n && isTagChar(text.charAt(end))) {
                    joined |= text.charAt(end) == '_';
                    end++;
                }
                kind = c == '#' ? TokenKind.HASHTAG : TokenKind.MENTION;
                if (c == '#' && !joined && Chars.isArabicLetter(text.charAt(i + 1))) {
                    // a one-word Arabic hashtag in running text marks a word of the sentence (الرئيس دونالد #ترمب):
                    // the mark is punctuation, the word a word
                    end = i + 1;
                    kind = TokenKind.PUNCT;
                }
            } else if (Chars.isQuote(c)) {
                end = i + 1;
                kind = TokenKind.QUOTE;
            } else if (c == '.') {
                end = i + 1;
                while (end < n && text.charAt(end) == '.') {
                    end++;
                }
                kind = TokenKind.PUNCT;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                end = i + 2;
                kind = TokenKind.SYMBOL;
            } else if (Chars.isArabicWordMark(c)) {
                // a stray mark with no letter before it: keep it with whatever follows
                end = i + 1;
                while (end < n && Chars.isArabicWordMark(text.charAt(end))) {
                    end++;
                }
                kind = TokenKind.OTHER;
            } else {
                end = i + 1;
                kind = isPunctuation(c) ? TokenKind.PUNCT : TokenKind.SYMBOL;
            }
            out.add(i, end, kind);
            i = end;
        }
        return out;
    }

    private static boolean isPunctuation(char c) {
        int t = Character.getType(c);
        return t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static boolean isTagChar(char c) {
        return Chars.isArabicLetter(c) || Chars.isLatinLetter(c) || Chars.isDigit(c) || c == '_'
                || Chars.isArabicWordMark(c);
    }

    private static int arabicWord(String s, int i, int n) {
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (Chars.isArabicLetter(c) || Chars.isArabicWordMark(c)) {
                j++;
            } else {
                break;
            }
        }
        // a joiner at the end belongs to no word
        while (j > i + 1 && (s.charAt(j - 1) == 0x200C || s.charAt(j - 1) == 0x200D)) {
            j--;
        }
        return j;
    }

    /** {@code د.} or {@code م.}: one letter and a dot, not followed by another letter. */
    private static int arabicAbbreviation(String s, int i, int wordEnd, int n) {
        if (wordEnd < n && s.charAt(wordEnd) == '.' && letters(s, i, wordEnd) == 1) {
            int after = wordEnd + 1;
            if (after >= n || !(Chars.isArabicLetter(s.charAt(after)) || s.charAt(after) == '.')) {
                // a chain like ق.م. or أ.د.
                return after;
            }
            if (after + 1 < n && Chars.isArabicLetter(s.charAt(after)) && s.charAt(after + 1) == '.') {
                return after + 2;
            }
        }
        return wordEnd;
    }

    private static int letters(String s, int from, int to) {
        int k = 0;
        for (int j = from; j < to; j++) {
            if (Chars.isArabicLetter(s.charAt(j))) {
                k++;
            }
        }
        return k;
    }

    private static int latinWord(String s, int i, int n) {
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (Chars.isLatinLetter(c) || (c >= '0' && c <= '9')) {
                j++;
            } else if ((c == '\'' || c == '\u2019' || c == '-') && j + 1 < n && Chars.isLatinLetter(s.charAt(j + 1))
                    && j > i) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static int latinAbbreviation(String s, int i, int wordEnd, int n) {
        if (wordEnd >= n || s.charAt(wordEnd) != '.') {
            return wordEnd;
        }
        int len = wordEnd - i;
        if (len == 1) {
            // U.S., U.N.: single letters joined by dots
            int j = wordEnd + 1;
            while (j + 1 < n && Chars.isLatinLetter(s.charAt(j)) && s.charAt(j + 1) == '.') {
                j += 2;
            }
            if (j > wordEnd + 1 || Character.isUpperCase(s.charAt(i))) {
                return j;
            }
            return wordEnd;
        }
        for (String a : LATIN_TITLE_ABBREVIATIONS) {
            if (a.length() == len && s.regionMatches(i, a, 0, len)) {
                return wordEnd + 1;
            }
        }
        return wordEnd;
    }

    private static int number(String s, int i, int n) {
        int j = i;
        while (j < n && Chars.isDigit(s.charAt(j))) {
            j++;
        }
        while (j + 1 < n) {
            char sep = s.charAt(j);
            if ((sep == ',' || sep == '.' || sep == '\u066B' || sep == '\u066C') && Chars.isDigit(s.charAt(j + 1))) {
                j++;
                while (j < n && Chars.isDigit(s.charAt(j))) {
                    j++;
                }
            } else {
                break;
            }
        }
        return j;
    }

    /** {@code 10/1/2022}, {@code 2022-01-10}, {@code 10.1.2022}: three digit groups with one separator. */
    private static int numericDate(String s, int i, int n) {
        int a = digits(s, i, n);
        int la = a - i;
        if (la < 1 || la > 4 || a >= n) {
            return i;
        }
        char sep = s.charAt(a);
        if (sep != '/' && sep != '-' && sep != '.') {
            return i;
        }
        int b = digits(s, a + 1, n);
        int lb = b - a - 1;
        if (lb < 1 || lb > 2 || b >= n || s.charAt(b) != sep) {
            return i;
        }
        int c = digits(s, b + 1, n);
        int lc = c - b - 1;
        boolean yearFirst = la == 4 && lc <= 2 && lc >= 1;
        boolean yearLast = la <= 2 && (lc == 4 || lc == 2);
        if (!(yearFirst || yearLast)) {
            return i;
        }
        if (c < n && (Chars.isDigit(s.charAt(c)) || Chars.isLatinLetter(s.charAt(c)))) {
            return i;
        }
        return c;
    }

    private static int digits(String s, int i, int n) {
        int j = i;
        while (j < n && Chars.isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int url(String s, int i, int n) {
        char c = s.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
            return i;
        }
        if (!(s.regionMatches(true, i, "http://", 0, 7) || s.regionMatches(true, i, "https://", 0, 8)
                || s.regionMatches(true, i, "www.", 0, 4))) {
            return i;
        }
        int j = i;
        while (j < n && !Chars.isSpace(s.charAt(j)) && !Chars.isQuote(s.charAt(j)) && s.charAt(j) != '<'
                && s.charAt(j) != '>' && !Chars.isArabicLetter(s.charAt(j))) {
            j++;
        }
        while (j > i && ".,;:!?)]}\u060C\u061B\u061F".indexOf(s.charAt(j - 1)) >= 0) {
            j--;
        }
        return j;
    }

    private static boolean isEmailLocal(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                || c == '-' || c == '+';
    }

    private static int email(String s, int i, int n) {
        char c = s.charAt(i);
        if (!isEmailLocal(c) || c == '.') {
            return i;
        }
        int j = i;
        while (j < n && isEmailLocal(s.charAt(j))) {
            j++;
        }
        if (j >= n || s.charAt(j) != '@' || j == i) {
            return i;
        }
        int k = j + 1;
        int lastDot = -1;
        while (k < n) {
            char d = s.charAt(k);
            if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9') || d == '-') {
                k++;
            } else if (d == '.' && k + 1 < n && Character.isLetterOrDigit(s.charAt(k + 1)) && s.charAt(k + 1) < 128) {
                lastDot = k;
                k++;
            } else {
                break;
            }
        }
        return lastDot > j + 1 && k > lastDot + 1 ? k : i;
    }
}
