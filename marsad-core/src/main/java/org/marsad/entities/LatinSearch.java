package org.marsad.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Chars;

/**
 * Search keys that let a Latin query find an Arabic name and back: {@code Peskov}, {@code Peskoff},
 * {@code بيسكوف} and the transliteration {@code Biskuf} all give the skeleton {@code bskf}. A skeleton
 * keeps the consonants in coarse classes Arabic and English writing agree on (p=b, v=f, g=j, q=c=k,
 * z=s=sh, th=t, dh=d) and drops vowels, w, y, h, ʿayn and the article. Index {@link #keys} of an
 * entity's {@code latin} and names; look up {@link #keys} of the query.
 */
public final class LatinSearch {
    private LatinSearch() {
    }

    /** The skeleton of each word of a name in Latin or Arabic script; empty words are left out. */
    public static List<String> wordSkeletons(CharSequence name) {
        List<String> out = new ArrayList<>();
        String s = name.toString();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Chars.isArabicLetter(c) || Chars.isArabicWordMark(c)) {
                int j = i;
                while (j < s.length() && (Chars.isArabicLetter(s.charAt(j)) || Chars.isArabicWordMark(s.charAt(j)))) {
                    j++;
                }
                add(out, arabic(ArabicNormalizer.normalize(s.substring(i, j))));
                i = j;
            } else if (Chars.isLatinLetter(c)) {
                int j = i;
                while (j < s.length() && (Chars.isLatinLetter(s.charAt(j)) || s.charAt(j) == '\'')) {
                    j++;
                }
                String w = s.substring(i, j);
                boolean article = j < s.length() && s.charAt(j) == '-' && (w.equalsIgnoreCase("al") || w.equalsIgnoreCase("el"));
                if (!article) {
                    add(out, latin(w));
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The whole-name skeleton: word skeletons joined by spaces. */
    public static String skeleton(CharSequence name) {
        return String.join(" ", wordSkeletons(name));
    }

    /**
     * Keys to index or query: the lower-cased, accent-free Latin form (when the name is Latin), the
     * whole-name skeleton and each word's skeleton.
     */
    public static Set<String> keys(CharSequence name) {
        Set<String> out = new LinkedHashSet<>();
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        if (!plain.isEmpty()) {
            out.add(plain);
        }
        List<String> words = wordSkeletons(name);
        if (!words.isEmpty()) {
            out.add(String.join(" ", words));
            out.addAll(words);
        }
        return out;
    }

    private static void add(List<String> out, String k) {
        if (!k.isEmpty()) {
            out.add(k);
        }
    }

    static String arabic(String w) {
        if (w.startsWith("ال") && w.length() > 3) {
            w = w.substring(2);
        }
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char k = switch (w.charAt(i)) {
                case 'ب', 'پ' -> 'b';
                case 'ت', 'ث', 'ط' -> 't';
                case 'ج', 'غ', 'گ' -> 'j';
                case 'خ', 'ق', 'ك' -> 'k';
                case 'د', 'ذ', 'ض' -> 'd';
                case 'ر' -> 'r';
                case 'ز', 'س', 'ش', 'ص', 'ظ' -> 's';
                case 'ف', 'ڤ' -> 'f';
                case 'ل' -> 'l';
                case 'م' -> 'm';
                case 'ن' -> 'n';
                case 'چ' -> 's';
                default -> 0;
            };
            append(sb, k);
        }
        return sb.toString();
    }

    static String latin(String w) {
        String s = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replace("'", "");
        if ((s.startsWith("al-") || s.startsWith("el-"))) {
            s = s.substring(3);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char k;
            if (next == 'h' && "kgscptdz".indexOf(c) >= 0) {
                k = switch (c) {
                    case 'k' -> 'k';
                    case 'g' -> 'j';
                    case 's', 'c', 'z' -> 's';
                    case 'p' -> 'f';
                    case 't' -> 't';
                    default -> 'd';
                };
                i++;
            } else if (c == 'c' && next == 'k') {
                k = 'k';
                i++;
            } else if (c == 'x') {
                append(sb, 'k');
                k = 's';
            } else {
                k = switch (c) {
                    case 'b', 'p' -> 'b';
                    case 't' -> 't';
                    case 'g', 'j' -> 'j';
                    case 'k', 'q', 'c' -> 'k';
                    case 'd' -> 'd';
                    case 'r' -> 'r';
                    case 's', 'z' -> 's';
                    case 'f', 'v' -> 'f';
                    case 'l' -> 'l';
                    case 'm' -> 'm';
                    case 'n' -> 'n';
                    default -> 0;
                };
            }
            append(sb, k);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, char k) {
        if (k != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != k)) {
            sb.append(k);
        }
    }
}
