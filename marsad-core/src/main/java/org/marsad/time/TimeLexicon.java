package org.marsad.time;

import java.util.HashMap;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * The words of Arabic time expressions, looked up by a token's normalized form. Every entry is also
 * stored with the proclitics it may carry ({@code و ف ب ل}, {@code لل} for {@code ل + ال}), so one map
 * lookup on the cached token norm answers without allocating.
 */
final class TimeLexicon {

    enum Kind {
        /** A one-word month name; value = month, aux = {@link MonthNameSystem} ordinal. */
        MONTH,
        /** First word of a two-word month ({@code كانون}, {@code تشرين}, {@code ربيع}, {@code جمادى}, {@code ذو}). */
        MONTH_HEAD,
        /** Weekday; value = ISO day of week (1 = Monday). */
        WEEKDAY,
        /** {@code اليوم}, {@code أمس}, {@code غدا}: value = day offset from publication. */
        REL_DAY,
        /** {@code الأسبوع}, {@code الشهر}, {@code العام}: value = {@link #WEEK}, {@link #MONTH_PERIOD}, {@link #YEAR}. */
        PERIOD,
        /** {@code الماضي}, {@code الجاري}, {@code المقبل}: value = -1, 0, +1. */
        QUALIFIER,
        /** {@code مطلع}, {@code منتصف}, {@code نهاية}: a part of the following period (same value). */
        PART,
        /** {@code عام}, {@code سنة}: introduces a year number. */
        YEAR_WORD,
        /** {@code شهر}: introduces a month name. */
        MONTH_WORD,
        /** {@code يوم}. */
        DAY_WORD,
        /** Era after a year: value 0 = Gregorian ({@code م}), 1 = Hijri ({@code هـ}). */
        ERA,
        /** {@code صباح}, {@code مساء}: a part of a day, kept in the span of the day it modifies. */
        DAY_PART,
        /** Ordinal day word: value = 1..10 for {@code الأول}..{@code العاشر}, 11 for {@code الحادي}, 20, 30. */
        ORDINAL
    }

    static final int WEEK = 1;
    static final int MONTH_PERIOD = 2;
    static final int YEAR = 3;

    /** Ambiguity of a month name: how much support it needs to count. */
    static final int CLEAR = 0;
    /** Also a common word ({@code مارس} practised, {@code آب} father, {@code نيسان} Nissan): needs a day,
     *  a year, {@code شهر}, the other name of a double form, or a temporal preposition. */
    static final int COMMON_WORD = 1;
    /** Also a frequent name ({@code ماي} May, {@code جوان}, Hijri months): needs a day or a year. */
    static final int NAME = 2;

    record Word(Kind kind, int value, int aux, int ambiguity, int prefix) {
    }

    private static final String[] PROCLITICS = {"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"};

    @SuppressWarnings("unchecked")
    private final Map<String, Word>[] words = new Map[Kind.values().length];
    /** Second words of two-word months, keyed by head value then normalized second word. */
    private final Map<String, Integer> monthTails = new HashMap<>();
    private final java.util.Set<String> allWords = new java.util.HashSet<>();
    /** Admits every word of {@link #allWords}: most tokens are turned away without a hash-table probe. */
    private final org.marsad.text.HashPrefilter maybeTimeWord;

    private static final TimeLexicon INSTANCE = new TimeLexicon();

    static TimeLexicon get() {
        return INSTANCE;
    }

    private TimeLexicon() {
        for (int k = 0; k < words.length; k++) {
            words[k] = new HashMap<>();
        }
        for (MonthNameSystem sys : MonthNameSystem.values()) {
            for (int m = 1; m <= 12; m++) {
                String name = sys.name(m);
                if (name.indexOf(' ') < 0) {
                    month(name, m, sys, ambiguity(sys, name));
                }
            }
        }
        // spelling variants seen in news
        month("إبريل", 4, MonthNameSystem.EGYPTIAN, CLEAR);
        month("ابريل", 4, MonthNameSystem.EGYPTIAN, CLEAR);
        month("أبريل", 4, MonthNameSystem.EGYPTIAN, CLEAR);
        month("يونيه", 6, MonthNameSystem.EGYPTIAN, CLEAR);
        month("يوليه", 7, MonthNameSystem.EGYPTIAN, CLEAR);
        month("اغسطس", 8, MonthNameSystem.EGYPTIAN, CLEAR);
        month("أغسطوس", 8, MonthNameSystem.EGYPTIAN, CLEAR);
        month("فبرير", 2, MonthNameSystem.EGYPTIAN, CLEAR);
        month("سبتمر", 9, MonthNameSystem.EGYPTIAN, CLEAR);
        month("اكتوبر", 10, MonthNameSystem.EGYPTIAN, CLEAR);
        month("أوكتوبر", 10, MonthNameSystem.EGYPTIAN, CLEAR);
        month("نوفمير", 11, MonthNameSystem.EGYPTIAN, CLEAR);
        month("ديسمير", 12, MonthNameSystem.EGYPTIAN, CLEAR);
        month("جويليه", 7, MonthNameSystem.MAGHREBI, CLEAR);
        month("جانفييه", 1, MonthNameSystem.MAGHREBI, CLEAR);
        month("فيفرييه", 2, MonthNameSystem.MAGHREBI, CLEAR);
        month("أفريل", 4, MonthNameSystem.MAGHREBI, CLEAR);
        month("مايس", 5, MonthNameSystem.LEVANTINE, COMMON_WORD); // Iraqi
        month("محرّم", 1, MonthNameSystem.HIJRI, NAME);

        head("كانون", 1);
        head("تشرين", 2);
        head("ربيع", 3);
        head("جمادى", 4);
        head("جمادي", 4);
        head("ذو", 5);
        head("ذي", 5);
        head("ذا", 5);
        tail(1, 1, "الثاني", "ثاني");
        tail(1, 12, "الأول", "أول");
        tail(2, 10, "الأول", "أول");
        tail(2, 11, "الثاني", "ثاني");
        tail(3, 3, "الأول", "أول");
        tail(3, 4, "الثاني", "ثاني", "الآخر", "آخر");
        tail(4, 5, "الأولى", "الأول", "أولى", "الاولى");
        tail(4, 6, "الآخرة", "الثانية", "الآخر", "الثاني", "آخرة", "ثانية");
        tail(5, 11, "القعدة");
        tail(5, 12, "الحجة");

        weekday(7, "الأحد", "الاحد");
        weekday(1, "الاثنين", "الإثنين", "الأثنين");
        weekday(2, "الثلاثاء");
        weekday(3, "الأربعاء");
        weekday(4, "الخميس");
        weekday(5, "الجمعة");
        weekday(6, "السبت");

        add(Kind.REL_DAY, 0, "اليوم");
        add(Kind.REL_DAY, -1, "أمس", "الأمس", "البارحة");
        add(Kind.REL_DAY, 1, "غدا", "غدًا", "غداً", "الغد");

        add(Kind.PERIOD, WEEK, "الأسبوع", "الاسبوع");
        add(Kind.PERIOD, MONTH_PERIOD, "الشهر");
        add(Kind.PERIOD, YEAR, "العام", "السنة");

        add(Kind.QUALIFIER, -1, "الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "المنقضي", "الماضيين", "الفارط", "الفارطة",
                "المنصرمين");
        add(Kind.QUALIFIER, 0, "الجاري", "الجارية", "الحالي", "الحالية");
        add(Kind.QUALIFIER, 1, "المقبل", "المقبلة", "القادم", "القادمة", "المقبلين",
                "القادمين");

        add(Kind.PART, 0, "مطلع", "بداية", "أوائل", "مستهل", "بدايات", "مطالع");
        add(Kind.PART, 1, "منتصف", "أواسط", "وسط");
        add(Kind.PART, 2, "أواخر", "نهاية", "ختام", "أواخر", "نهايات");

        add(Kind.YEAR_WORD, 0, "عام", "العام", "سنة", "السنة", "عامي", "العامين", "عامَي");
        add(Kind.MONTH_WORD, 0, "شهر", "الشهر", "شهري");
        add(Kind.DAY_WORD, 0, "يوم", "اليوم", "يومي");

        add(Kind.ERA, 0, "م", "ميلادي", "ميلادية", "للميلاد", "الميلادي", "الميلادية");
        add(Kind.ERA, 1, "هـ", "ه", "هجري", "هجرية", "للهجرة", "الهجري", "الهجرية");

        add(Kind.DAY_PART, 0, "صباح", "مساء", "ظهر", "فجر", "عصر", "ليل", "ليلة", "صبيحة", "ظهيرة", "منتصف", "عشية", "ليلة", "ضحى",
                "مساء", "غداة");

        ordinal(1, "الأول");
        ordinal(2, "الثاني");
        ordinal(3, "الثالث");
        ordinal(4, "الرابع");
        ordinal(5, "الخامس");
        ordinal(6, "السادس");
        ordinal(7, "السابع");
        ordinal(8, "الثامن");
        ordinal(9, "التاسع");
        ordinal(10, "العاشر");
        ordinal(11, "الحادي");
        ordinal(20, "العشرين");
        ordinal(30, "الثلاثين");
        ordinal(1, "الفاتح"); // الفاتح من سبتمبر
        ordinal(1, "غرة"); // غرة رمضان
        for (Map<String, Word> m : words) {
            allWords.addAll(m.keySet());
        }
        this.maybeTimeWord = org.marsad.text.HashPrefilter.ofWords(allWords);
    }

    private static int ambiguity(MonthNameSystem sys, String name) {
        if (sys == MonthNameSystem.HIJRI) {
            return NAME;
        }
        return switch (name) {
            case "ماي", "جوان" -> NAME;
            case "مارس", "آب", "نيسان", "شباط", "تموز", "أوت", "غشت" -> COMMON_WORD;
            default -> CLEAR;
        };
    }

    private void month(String name, int month, MonthNameSystem sys, int ambiguity) {
        String n = norm(name);
        Word existing = words[Kind.MONTH.ordinal()].get(n);
        if (existing != null && existing.kind() == Kind.MONTH) {
            // shared names (مارس, سبتمبر): keep the strictest ambiguity and the first system
            if (existing.ambiguity() >= ambiguity) {
                return;
            }
        }
        // an ambiguous word takes no proclitic but و: ب + آب is باب (door)
        String[] clitics = ambiguity == CLEAR ? PROCLITICS : new String[] {"", "و"};
        for (String p : clitics) {
            words[Kind.MONTH.ordinal()].put(p + n, new Word(Kind.MONTH, month, sys.ordinal(), ambiguity, p.length()));
        }
    }

    private void head(String name, int id) {
        for (String p : PROCLITICS) {
            words[Kind.MONTH_HEAD.ordinal()].putIfAbsent(p + norm(name), new Word(Kind.MONTH_HEAD, id, 0, CLEAR, p.length()));
        }
    }

    private void tail(int head, int month, String... seconds) {
        for (String s : seconds) {
            monthTails.put(head + ":" + norm(s), month);
        }
    }

    private void weekday(int dow, String... names) {
        // للاثنين is "for both", بالأحد rare: a weekday takes only و and ف
        for (String f : names) {
            String n = norm(f);
            for (String p : new String[] {"", "و", "ف"}) {
                words[Kind.WEEKDAY.ordinal()].putIfAbsent(p + n, new Word(Kind.WEEKDAY, dow, 0, CLEAR, p.length()));
            }
        }
    }

    private void ordinal(int value, String name) {
        add(Kind.ORDINAL, value, name);
    }

    private void add(Kind kind, int value, String... forms) {
        for (String f : forms) {
            String n = norm(f);
            for (String p : PROCLITICS) {
                if (p.endsWith("ل") && n.startsWith("ال")) {
                    // ل + الشهر = للشهر: the article's alef is gone, so the span keeps the whole word
                    words[kind.ordinal()].putIfAbsent(p + n.substring(1), new Word(kind, value, 0, CLEAR, 0));
                } else {
                    words[kind.ordinal()].putIfAbsent(p + n, new Word(kind, value, 0, CLEAR, p.length()));
                }
            }
        }
    }

    /** A set of the normalized forms of {@code words} (duplicates after normalization allowed). */
    static java.util.Set<String> normalizedSet(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(norm(w));
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    static String norm(String s) {
        return ArabicNormalizer.normalize(s);
    }

    /** Whether a normalized token is any time word: the one lookup that lets most tokens pass at once. */
    boolean isTimeWord(String norm) {
        return maybeTimeWord.mayContainWord(norm) && allWords.contains(norm);
    }

    /** The entry of kind {@code kind} for a normalized token, or null. */
    Word lookup(Kind kind, String norm) {
        // the grammar asks about most tokens, several kinds each; the filter admits the words of every kind
        return maybeTimeWord.mayContainWord(norm) ? words[kind.ordinal()].get(norm) : null;
    }

    /** Month of a two-word month whose head has id {@code head} and whose second word is {@code norm}, or 0. */
    int monthTail(int head, String norm) {
        // two-word lookups are rare (only after a head word), so the key string is acceptable here
        Integer m = monthTails.get(head + ":" + norm);
        return m == null ? 0 : m;
    }

    /** Whether head {@code head} names a Hijri month. */
    static boolean hijriHead(int head) {
        return head >= 3;
    }
}
