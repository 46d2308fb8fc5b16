package org.marsad.time;

import java.time.DayOfWeek;

/** Writes dates the way Arabic news does, for round-trip properties. */
final class ArabicDateWriter {
    private static final String[] WEEKDAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
    private static final String[] ORDINALS = {"", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
        "الثامن", "التاسع", "العاشر"};

    private ArabicDateWriter() {
    }

    static String weekday(DayOfWeek d) {
        return WEEKDAYS[d.getValue() - 1];
    }

    /** The day of month as an ordinal word: الأول، الثالث عشر، الحادي والعشرين. */
    static String ordinalDay(int day) {
        if (day <= 10) {
            return ORDINALS[day];
        }
        if (day < 20) {
            return (day == 11 ? "الحادي" : ORDINALS[day - 10]) + " عشر";
        }
        if (day == 20) {
            return "العشرين";
        }
        if (day == 30) {
            return "الثلاثين";
        }
        int unit = day % 10;
        return (unit == 1 ? "الحادي" : ORDINALS[unit]) + (day < 30 ? " والعشرين" : " والثلاثين");
    }

    /** Western digits as Arabic-Indic ones. */
    static String arabicIndic(int n) {
        String s = Integer.toString(n);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append((char) ('\u0660' + (s.charAt(i) - '0')));
        }
        return b.toString();
    }
}
