package org.marsad.entities;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Chars;

/**
 * The matching form of a name: its words, each normalized with {@link ArabicNormalizer} (Latin letters
 * lower-cased), joined by one space; punctuation, dashes and quotation marks between words are ignored.
 * {@code "مجلس روسيا – ناتو"} and {@code "مجلس روسيا-ناتو"} have the same key.
 */
public final class NameKey {
    private NameKey() {
    }

    /** The words of {@code s} in matching form. */
    public static List<String> words(CharSequence s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isArabicLetter(c) || Chars.isLatinLetter(c) || Chars.isDigit(c)) {
                char f = ArabicNormalizer.fold(c);
                if (f != ArabicNormalizer.DROP) {
                    w.append(lowerCase(f));
                }
            } else if (ArabicNormalizer.isDropped(c) || Chars.isArabicWordMark(c)) {
                // diacritics and tatweel inside a word
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /** The key of a name: its words in matching form, separated by single spaces. */
    public static String of(CharSequence s) {
        return of(s, 0, s.length());
    }

    /** {@link #of(CharSequence)} of {@code s[start, end)}, without cutting it out. */
    public static String of(CharSequence s, int start, int end) {
        // as String.join(" ", words(s)), built in one buffer
        StringBuilder out = new StringBuilder(end - start);
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (Chars.isArabicLetter(c) || Chars.isLatinLetter(c) || Chars.isDigit(c)) {
                char f = ArabicNormalizer.fold(c);
                if (f != ArabicNormalizer.DROP) {
                    if (!inWord && out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(lowerCase(f));
                    inWord = true;
                }
            } else if (ArabicNormalizer.isDropped(c) || Chars.isArabicWordMark(c)) {
                // diacritics and tatweel inside a word
            } else {
                inWord = false;
            }
        }
        return out.toString();
    }

    /** {@code Character.toLowerCase(c)}, without its table lookups for ASCII and Arabic letters (which have no case). */
    static char lowerCase(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return c >= '\u0600' && c <= '\u06FF' ? c : Character.toLowerCase(c);
    }

    /** A word without its definite article ({@code الكرملين → كرملين}), when enough of it is left. */
    public static String withoutArticle(String normalizedWord) {
        return normalizedWord.length() >= 4 && normalizedWord.startsWith("ال") ? normalizedWord.substring(2) : normalizedWord;
    }

    /**
     * The words {@code w} for which {@code bare.contains(withoutArticle(w))}, so that a caller can test a
     * word without cutting its article off: the bare words {@link #withoutArticle} leaves as they are, and
     * each bare word with the article before it.
     */
    static java.util.Set<String> withOrWithoutArticle(java.util.Set<String> bare) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String h : bare) {
            if (withoutArticle(h).equals(h)) {
                out.add(h);
            }
            String definite = "ال" + h;
            if (withoutArticle(definite).equals(h)) {
                out.add(definite);
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** The key with every word's article removed: {@code "مكتب العمدة"} and {@code "مكتب عمدة"} meet here. */
    public static String loose(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(withoutArticle(w));
        }
        return sb.toString();
    }
}
