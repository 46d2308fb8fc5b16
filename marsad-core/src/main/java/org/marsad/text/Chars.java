package org.marsad.text;

/** Character classes of Arabic news text. */
public final class Chars {
    private Chars() {
    }

    /** An Arabic-script letter (base letters, extended letters and presentation forms). */
    public static boolean isArabicLetter(char c) {
        return (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A) || c == 0x066E || c == 0x066F
                || (c >= 0x0671 && c <= 0x06D3) || c == 0x06D5 || c == 0x06EE || c == 0x06EF
                || (c >= 0x06FA && c <= 0x06FC) || c == 0x06FF || (c >= 0x0750 && c <= 0x077F)
                || (c >= 0x08A0 && c <= 0x08C9) || (c >= 0xFB50 && c <= 0xFDFB) || (c >= 0xFE70 && c <= 0xFEFC);
    }

    /** A mark that may sit inside an Arabic word: diacritics, tatweel, joiners. */
    public static boolean isArabicWordMark(char c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x0610 && c <= 0x061A)
                || (c >= 0x06D6 && c <= 0x06ED) || c == 0x200C || c == 0x200D;
    }

    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
    }

    public static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 0x0660 && c <= 0x0669) {
            return c - 0x0660;
        }
        if (c >= 0x06F0 && c <= 0x06F9) {
            return c - 0x06F0;
        }
        return -1;
    }

    public static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7);
    }

    /** Opening quotation marks; the straight {@code "} is handled apart since it both opens and closes. */
    public static boolean isOpeningQuote(char c) {
        return c == '\u201C' || c == '\u00AB' || c == '\u2039' || c == '\u201E' || c == '\u201A' || c == '\u2018'
                || c == '\u300C';
    }

    public static boolean isClosingQuote(char c) {
        return c == '\u201D' || c == '\u00BB' || c == '\u203A' || c == '\u2019' || c == '\u300D';
    }

    public static boolean isQuote(char c) {
        return c == '"' || isOpeningQuote(c) || isClosingQuote(c);
    }

    /** The closing mark that pairs with an opening one. */
    public static char closingFor(char open) {
        return switch (open) {
            case '\u201C', '\u201E' -> '\u201D';
            case '\u00AB' -> '\u00BB';
            case '\u2039' -> '\u203A';
            case '\u2018', '\u201A' -> '\u2019';
            case '\u300C' -> '\u300D';
            default -> '"';
        };
    }

    /** A hyphen or a dash that joins two parts of a name or sets off a dateline: -, en dash, em dash. */
    public static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** Whitespace, including the invisible controls that separate nothing. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0x200E || c == 0x200F
                || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF
                || c == 0x00AD || c == 0x2060 || c == 0x200C || c == 0x200D || Character.getType(c) == Character.CONTROL;
    }

    public static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4';
    }
}
