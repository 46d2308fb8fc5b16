package org.marsad.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Latin letters as Arabic spells them out ({@code سي إن إن} = CNN, {@code بي بي سي} = BBC). */
final class LetterNames {
    private static final Map<String, String> LETTERS = new HashMap<>();

    static {
        String[][] names = {
            {"ايه", "A"}, {"اي", "AEI"}, {"بي", "BP"}, {"سي", "C"}, {"دي", "D"}, {"اف", "F"}, {"جي", "G"},
            {"اتش", "H"}, {"اش", "H"}, {"جاي", "J"}, {"جيه", "J"}, {"كي", "K"}, {"كاي", "K"}, {"ال", "L"},
            {"ام", "M"}, {"ان", "N"}, {"او", "O"}, {"كيو", "Q"}, {"ار", "R"}, {"اس", "S"}, {"تي", "T"},
            {"يو", "U"}, {"في", "V"}, {"دبليو", "W"}, {"اكس", "X"}, {"واي", "Y"}, {"زد", "Z"}, {"زي", "Z"},
        };
        for (String[] n : names) {
            LETTERS.put(n[0], n[1]);
        }
    }

    private LetterNames() {
    }

    /** Whether a normalized word is the Arabic name of a Latin letter ({@code اس}, {@code تي}). */
    static boolean isLetter(String word) {
        return LETTERS.containsKey(word);
    }

    /** Whether the normalized words spell the upper-case acronym letter by letter. */
    static boolean spells(List<String> words, String acronym) {
        if (words.size() != acronym.length() || words.size() < 2) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String letters = LETTERS.get(words.get(i));
            if (letters == null || letters.indexOf(acronym.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
