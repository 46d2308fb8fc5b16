package org.marsad.time;

import java.util.List;

/**
 * The month-name traditions of Arabic news. Each lists its twelve canonical names (January first, or
 * Muharram first for {@link #HIJRI}); spelling variants are in {@link TimeLexicon}.
 */
public enum MonthNameSystem {
    /** Syriac names of the Levant and Iraq. */
    LEVANTINE(List.of("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
            "تشرين الأول", "تشرين الثاني", "كانون الأول")),
    /** Transliterated names of Egypt, Sudan and the Gulf. */
    EGYPTIAN(List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
            "نوفمبر", "ديسمبر")),
    /** French-derived names of Algeria and Tunisia. */
    MAGHREBI(List.of("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
            "نوفمبر", "ديسمبر")),
    /** Moroccan names. */
    MOROCCAN(List.of("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر",
            "دجنبر")),
    /** The Islamic lunar calendar, converted through Umm al-Qura. */
    HIJRI(List.of("محرم", "صفر", "ربيع الأول", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
            "رمضان", "شوال", "ذو القعدة", "ذو الحجة"));

    private final List<String> names;

    MonthNameSystem(List<String> names) {
        this.names = names;
    }

    /** The canonical name of month {@code month} (1–12). */
    public String name(int month) {
        return names.get(month - 1);
    }

    public boolean isHijri() {
        return this == HIJRI;
    }
}
