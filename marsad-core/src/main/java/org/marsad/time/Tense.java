package org.marsad.time;

import java.util.Set;

/** Whether a word marks the future, to place a bare weekday before or after publication. */
final class Tense {
    private static final Set<String> FUTURE_WORDS = TimeLexicon.normalizedSet("سوف", "وسوف", "المقرر", "المزمع", "المرتقب", "يعتزم",
            "تعتزم", "المقبل", "المقبله", "القادم", "القادمه", "ستكون", "سيكون", "غدا", "مرتقب", "مقرر", "المنتظر");
    /** Nouns that look like a future verb (س + imperfect prefix). */
    private static final Set<String> NOT_FUTURE = TimeLexicon.normalizedSet("سياسه", "سياسي", "سياسيه", "سياسات", "سياسيين", "سياسيون",
            "سيارات", "سياره", "سيد", "سيده", "سيدات", "سيطره", "ستين", "سنوات", "سنين", "سنه", "سنتين", "سياق", "سيول",
            "سيناء", "سيناريو", "سيناريوهات", "سيادي", "سياديه", "سياده", "سيرته", "سيره", "سيبيريا", "سينما", "سيئه",
            "سيئ", "ستار", "ستوكهولم", "سنغافوره", "سياحه", "سياحي", "سياحيه", "سيوف", "سيل", "سيطرت", "سيطر",
            "سيادته", "سينمائي", "سيلفي", "ستالين", "ستيفن", "سيرغي", "سيول", "ستراتيجي", "سياج", "سيمون", "سيتي");

    private Tense() {
    }

    static boolean isFuture(String norm) {
        if (FUTURE_WORDS.contains(norm)) {
            return true;
        }
        String w = norm;
        if (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.charAt(1) == 'س') {
            w = w.substring(1);
        }
        if (w.length() < 4 || w.charAt(0) != 'س') {
            return false;
        }
        char c = w.charAt(1);
        if (c != 'ي' && c != 'ت' && c != 'ن') {
            return false;
        }
        if (w.endsWith("ه") || w.endsWith("ات") || NOT_FUTURE.contains(w)) {
            return false;
        }
        return true;
    }
}
