package org.marsad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

/** Calendar arithmetic: Gregorian month lengths and Hijri conversion through Umm al-Qura. */
final class Calendars {
    private static final int[] MAX_DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Calendars() {
    }

    static int daysInMonth(int year, int month) {
        if (month < 1 || month > 12) {
            return 0;
        }
        return month == 2 ? (java.time.Year.isLeap(year) ? 29 : 28) : MAX_DAYS[month - 1];
    }

    /** Longest the month can be in any year. */
    static int maxDays(int month) {
        return month < 1 || month > 12 ? 0 : MAX_DAYS[month - 1];
    }

    /** The Gregorian day of a Hijri (Umm al-Qura) date, or null outside the supported range or month. */
    static LocalDate fromHijri(int year, int month, int day) {
        try {
            return LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Hijri year of a Gregorian day, or 0 outside the supported range. */
    static int hijriYear(LocalDate date) {
        try {
            return HijrahDate.from(date).get(ChronoField.YEAR);
        } catch (DateTimeException e) {
            return 0;
        }
    }
}
