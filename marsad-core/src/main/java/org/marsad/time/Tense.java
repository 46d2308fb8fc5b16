package org.marsad.time;

import java.util.Set;

/** Whether a word marks the future, to place a bare weekday before or after publication. */
final class Tense {
    private static final Set<String> FUTURE_WORDS = TimeLexicon.normalizedSet("سوف", "وسوف", "المقرر", "المزمع", "المرتقب", "يعتزم",
            "تعتزم", "المقبل", "المقبله", "القادم", "القادمه", "ستكون", "سيكون", "سيأتي", "ستأتي", "سيأخذ", "غدا", "مرتقب", "مقرر", "المنتظر");
    /** Nouns that look like a future verb (س + imperfect prefix). */
    private static final Set<String> NOT_FUTURE = TimeLexicon.normalizedSet("سياسه", "سياسي", "سياسيه", "سياسات", "سياسيين", "سياسيون",
            "سيارات", "سياره", "سيد", "سيده", "سيدات", "سيطره", "ستين", "سنوات", "سنين", "سنه", "سنتين", "سياق", "سيول",
            "سيناء", "سيناريو", "سيناريوهات", "سيادي", "سياديه", "سياده", "سيرته", "سيره", "سيبيريا", "سينما", "سيئه",
            "سيئ", "ستار", "ستوكهولم", "سنغافوره", "سياحه", "سياحي", "سياحيه", "سيوف", "سيل", "سيطرت", "سيطر",
            "سيادته", "سينمائي", "سيلفي", "ستالين", "ستيفن", "سيرغي", "ستيف", "ستيفان", "ستيفاني", "سيباستيان", "سيرجيو", "سيلفيو", "سيدريك", "ستانلي",
            "ستيوارت", "سيرج", "سيزار", "سيبان", "سيول", "ستراتيجي", "سياج", "سيمون", "سيتي",
            // the most frequent such nouns and names in the 2015-2018 corpus (لا سيما، سنتا، سيدني، ستريت …)
            "سيما", "سيدي", "سنتا", "سنتي", "سنتيمترا", "سيئا", "سنحت", "سيرا", "سيري", "سيرها", "سيرك", "سيرون", "سيدر",
            "سيلفا", "ستريت", "ستيت", "سيرينا", "سيرخيو", "سيرجي", "ستوك", "ستورمي", "سيميوني", "سيموني", "سيمونا", "سيدني",
            "سيشنز", "سنجار", "ستولتنبرغ", "ستيفنز", "سيلتا", "سيغيف", "سيسوكو", "ستيرلينغ", "ستيرلنغ", "سترلينغ", "ستراسبورغ",
            "سيريبرينيكوف", "سيهوفر", "سنترال", "سينا", "سينغ", "سيرو", "ستونز", "سيكسرز", "سيلتيكس", "ستون", "سيلا", "سييرا",
            "ستمنستر", "ستونمان", "ستور", "ستورغيس", "سيسكا", "سيفنتي", "سيسيليا", "ستيفانو", "سيطا", "سيسي", "سيستمز", "ستورم",
            "سنودن", "سترافا", "سيسك", "سيغال", "ستيشن", "ستبروك", "سينمائيا", "ستواني", "ستيب");
    /** Stems whose forms are never a future verb: سنوي (yearly), سيطرة (control). */
    private static final String[] NOT_FUTURE_STEMS = {"سنوي", "سيطر"};

    private static final Set<String> COMPLEMENTIZERS = TimeLexicon.normalizedSet("أن", "إن", "أنه", "إنه", "أنها",
            "إنها", "بأن", "بأنه", "بأنها", "وأن", "وإن", "أنهم", "إنهم", "لأن");
    private static final Set<String> PAST_REPORT = TimeLexicon.normalizedSet("قال", "قالت", "وقال", "وقالت", "أعلن",
            "أعلنت", "وأعلن", "وأعلنت", "ذكر", "ذكرت", "وذكر", "وذكرت", "أكد", "أكدت", "وأكد", "وأكدت", "أوضح",
            "أوضحت", "صرح", "صرحت", "كشف", "كشفت", "وكشف", "وكشفت", "أصدر", "أصدرت", "أصدرته", "أصدرها", "أفاد",
            "أفادت", "نشر", "نشرت", "نشرته", "أضاف", "أضافت", "وأضاف", "وأضافت", "أشار", "أشارت", "نفى", "نفت",
            "أعلنته", "كشفه", "نقلت", "قتل", "قتلت", "وقع", "وقعت", "جرى", "جرت", "عقد", "عقدت", "التقى",
            "التقت", "اعتقل", "اعتقلت", "أعلنوا", "قالوا", "وكان", "وكانت", "كان", "كانت", "قضت", "قضى", "أطاح",
            "شهدت", "شهد", "بدأت", "بدأ", "انطلقت", "توفي", "اغتيل", "فاز", "فازت", "خسر", "خسرت", "تعرض", "تعرضت",
            "أقر", "أقرت", "صادق", "صادقت", "انتخب", "أجريت", "أجرى", "وافق", "وافقت", "أكدت", "أعلنت",
            "وقّع", "وقعت", "سقطت", "سقط", "أطلقت", "أطلق", "نفذ", "نفذت", "استقال", "استقالت", "حكمت",
            "أدين", "أفرج", "أفرجت", "هاجم", "هاجمت", "طرحت");

    /** Words after which an أن clause tells what is planned or expected (من المقرر أن، من المتوقع أن). */
    private static final Set<String> EXPECTATION = TimeLexicon.normalizedSet("المقرر", "المتوقع", "المنتظر", "المرتقب",
            "المزمع", "يتوقع", "ويتوقع", "يعتزم", "تعتزم", "يُنتظر", "ينتظر", "مقرر", "متوقع", "تقرر", "وتقرر");

    static boolean isExpectation(String norm) {
        return EXPECTATION.contains(norm);
    }

    static boolean isComplementizer(String norm) {
        return COMPLEMENTIZERS.contains(norm);
    }

    static boolean isPastReport(String norm) {
        return PAST_REPORT.contains(norm);
    }

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
        // سياسة، سيارة، سياح: س + ي + ا starts nouns far more often than verbs
        if (w.charAt(2) == 'ا' || w.endsWith("ه") || w.endsWith("ات") || NOT_FUTURE.contains(w)) {
            return false;
        }
        for (String stem : NOT_FUTURE_STEMS) {
            if (w.startsWith(stem)) {
                return false;
            }
        }
        return true;
    }
}
