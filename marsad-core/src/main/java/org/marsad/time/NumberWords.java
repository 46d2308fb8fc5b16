package org.marsad.time;

import java.util.HashMap;
import java.util.Map;
import org.marsad.model.TokenKind;
import org.marsad.text.TokenSequence;

/**
 * Arabic numbers in digits (Western or Arabic-Indic, with {@code ,} {@code .} {@code ٫} {@code ٬}) and in
 * words ({@code تسعة عشر}, {@code ثلاثة آلاف}, {@code خمسة وعشرون}, {@code مليون}). Reads the token norms,
 * where Arabic-Indic digits are already Western.
 */
final class NumberWords {
    /** What a number word contributes. */
    private enum Role { UNIT, TEN, TEEN_TEN, HUNDRED, SCALE }

    private record Entry(Role role, long value, boolean standsAlone, boolean withWaw) {
    }

    private static final Map<String, Entry> WORDS = new HashMap<>();

    static {
        String[][] units = {
            {"1", "واحد", "واحدة"}, {"2", "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"},
            {"3", "ثلاث", "ثلاثة"}, {"4", "أربع", "أربعة"}, {"5", "خمس", "خمسة"}, {"6", "ست", "ستة"},
            {"7", "سبع", "سبعة"}, {"8", "ثمان", "ثماني", "ثمانية"}, {"9", "تسع", "تسعة"},
        };
        for (String[] u : units) {
            for (int k = 1; k < u.length; k++) {
                // the short forms are also words (ست lady, خمس a fifth, ثمان price): only in a compound
                boolean alone = u[k].endsWith("ة") || u[k].startsWith("اثن") || u[k].startsWith("واحد");
                put(u[k], Role.UNIT, Long.parseLong(u[0]), alone);
            }
        }
        put("أحد", Role.UNIT, 1, false);
        put("إحدى", Role.UNIT, 1, false);
        put("عشرة", Role.TEN, 10, true);
        put("عشر", Role.TEEN_TEN, 10, false);
        String[][] tens = {{"20", "عشرون", "عشرين"}, {"30", "ثلاثون", "ثلاثين"}, {"40", "أربعون", "أربعين"},
            {"50", "خمسون", "خمسين"}, {"60", "ستون", "ستين"}, {"70", "سبعون", "سبعين"}, {"80", "ثمانون", "ثمانين"},
            {"90", "تسعون", "تسعين"}};
        for (String[] t : tens) {
            for (int k = 1; k < t.length; k++) {
                put(t[k], Role.TEN, Long.parseLong(t[0]), true);
            }
        }
        put("مئة", Role.HUNDRED, 100, true);
        put("مائة", Role.HUNDRED, 100, true);
        put("مئات", Role.HUNDRED, 100, true);
        put("مئتان", Role.HUNDRED, 200, true);
        put("مئتين", Role.HUNDRED, 200, true);
        put("مائتان", Role.HUNDRED, 200, true);
        put("مائتين", Role.HUNDRED, 200, true);
        put("مئتي", Role.HUNDRED, 200, true);
        put("مائتي", Role.HUNDRED, 200, true);
        String[] hundredsHeads = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int k = 0; k < hundredsHeads.length; k++) {
            put(hundredsHeads[k] + "مئة", Role.HUNDRED, (k + 3) * 100L, true);
            put(hundredsHeads[k] + "مائة", Role.HUNDRED, (k + 3) * 100L, true);
        }
        put("ثمانمئة", Role.HUNDRED, 800, true);
        put("ثمانمائة", Role.HUNDRED, 800, true);
        for (String w : new String[] {"ألف", "آلاف", "ألفا", "ألفاً", "الف"}) {
            put(w, Role.SCALE, 1_000, true);
        }
        put("ألفين", Role.SCALE, 2_000, true);
        put("ألفان", Role.SCALE, 2_000, true);
        for (String w : new String[] {"مليون", "ملايين", "مليونا", "مليوناً"}) {
            put(w, Role.SCALE, 1_000_000, true);
        }
        put("مليونين", Role.SCALE, 2_000_000, true);
        put("مليونان", Role.SCALE, 2_000_000, true);
        for (String w : new String[] {"مليار", "مليارات", "مليارا", "ملياراً", "بليون", "بلايين"}) {
            put(w, Role.SCALE, 1_000_000_000, true);
        }
        put("مليارين", Role.SCALE, 2_000_000_000, true);
        put("ملياران", Role.SCALE, 2_000_000_000, true);
        put("تريليون", Role.SCALE, 1_000_000_000_000L, true);
    }

    private static void put(String word, Role role, long value, boolean alone) {
        String n = TimeLexicon.norm(word);
        WORDS.put(n, new Entry(role, value, alone, false));
        // خمسة وعشرون, وستة آلاف: the و form is stored too, so no token is cut to look it up
        WORDS.putIfAbsent("و" + n, new Entry(role, value, alone, true));
    }

    private NumberWords() {
    }

    /** Result of {@link #parse}: value and the token after the number. */
    static final class Match {
        double value;
        int end;
        /** True when the number is written in digits only (no scale word). */
        boolean digitsOnly;
        /** True when a scale word ({@code ألف}, {@code مليون}) was part of it. */
        boolean scaled;
        /** Letters of a و on the first word that are not part of the number ({@code وستة}). */
        int prefix;
    }

    /** Integer value of a digit token ({@code 2022}, {@code ٢٠٢٢}) or -1; no separators. */
    static int integer(TokenSequence ts, int i) {
        if (ts.kind(i) != TokenKind.NUMBER) {
            return -1;
        }
        String n = ts.norm(i);
        if (n.length() > 9) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < n.length(); k++) {
            char c = n.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Number of digits of a plain digit token, or 0. */
    static int digitCount(TokenSequence ts, int i) {
        return integer(ts, i) < 0 ? 0 : ts.norm(i).length();
    }

    /**
     * Reads a number starting at token {@code i} (digits, words, or digits with a scale word) into
     * {@code m}; returns false when there is none. A lone ambiguous word ({@code ست}) is no number.
     */
    static boolean parse(TokenSequence ts, int i, int limit, Match m) {
        m.scaled = false;
        m.digitsOnly = false;
        m.prefix = 0;
        if (ts.kind(i) == TokenKind.NUMBER) {
            double v = decimal(ts.norm(i));
            if (Double.isNaN(v)) {
                return false;
            }
            int j = i + 1;
            m.digitsOnly = true;
            if (j < limit) {
                Entry e = WORDS.get(ts.norm(j));
                if (e != null && e.role() == Role.SCALE) {
                    v *= e.value() >= 2_000 && (e.value() == 2_000 || e.value() == 2_000_000 || e.value() == 2_000_000_000)
                            ? e.value() / 2 : e.value();
                    j++;
                    m.scaled = true;
                    m.digitsOnly = false;
                }
            }
            m.value = v;
            m.end = j;
            return true;
        }
        long total = 0;
        long current = 0;
        int j = i;
        int words = 0;
        boolean lastUnit = false;
        Entry first = null;
        while (j < limit && ts.kind(j) == TokenKind.ARABIC) {
            String n = ts.norm(j);
            Entry e = WORDS.get(n);
            if (e != null && e.withWaw() && words == 0) {
                m.prefix = 1;
            }
            if (e == null) {
                break;
            }
            switch (e.role()) {
                case UNIT -> {
                    if (lastUnit) {
                        return finish(total, current, i, j, words, first, m);
                    }
                    current += e.value();
                }
                case TEEN_TEN, TEN -> {
                    if (e.value() == 10 && lastUnit) {
                        current += 10;
                    } else if (e.role() == Role.TEEN_TEN && !lastUnit) {
                        return finish(total, current, i, j, words, first, m);
                    } else {
                        current += e.value();
                    }
                }
                case HUNDRED -> current = (e.value() == 100 && current > 0 && current < 10) ? current * 100
                        : current + e.value();
                case SCALE -> {
                    long scale = e.value();
                    boolean dual = scale == 2_000 || scale == 2_000_000 || scale == 2_000_000_000;
                    if (dual) {
                        total += current == 0 ? scale : current * scale / 2;
                    } else {
                        total += (current == 0 ? 1 : current) * scale;
                    }
                    current = 0;
                    m.scaled = true;
                }
                default -> throw new IllegalStateException();
            }
            lastUnit = e.role() == Role.UNIT;
            if (first == null) {
                first = e;
            }
            words++;
            j++;
        }
        return finish(total, current, i, j, words, first, m);
    }

    private static boolean finish(long total, long current, int i, int j, int words, Entry first, Match m) {
        if (words == 0 || (words == 1 && !first.standsAlone())) {
            return false;
        }
        m.value = total + current;
        m.end = j;
        return m.value > 0;
    }

    /** Value of a digit token with thousands separators or a decimal point; NaN when not a number. */
    static double decimal(String n) {
        int commas = 0;
        int dots = 0;
        for (int k = 0; k < n.length(); k++) {
            char c = n.charAt(k);
            if (c == ',') {
                commas++;
            } else if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return Double.NaN;
            }
        }
        try {
            if (dots > 1) {
                // 1.000.000 thousands separators
                return Double.parseDouble(n.replace(".", "").replace(",", "."));
            }
            return Double.parseDouble(n.replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
