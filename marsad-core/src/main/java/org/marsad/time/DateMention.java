package org.marsad.time;

/**
 * What the grammar read in one date expression, before it is resolved to the calendar: calendar
 * parts (any may be unknown), or a relation to the publication day or to an earlier date. Mutable and
 * reused by one scan, so matching allocates nothing until an expression is found.
 */
final class DateMention {
    enum Type {
        /** Year, month and day as written (any missing); Hijri when {@link #hijri}. */
        CALENDAR,
        /** {@code اليوم}, {@code أمس}: {@link #offset} days from publication. */
        RELATIVE_DAY,
        /** {@code الأسبوع الماضي}: {@link #offset} weeks from publication. */
        RELATIVE_WEEK,
        /** {@code الشهر المقبل}: {@link #offset} months from publication. */
        RELATIVE_MONTH,
        /** {@code العام الماضي}: {@link #offset} years from publication. */
        RELATIVE_YEAR,
        /** {@code الأحد}, {@code الأحد الماضي}: the nearest such weekday in {@link #direction}. */
        WEEKDAY,
        /** {@code اليوم نفسه}, {@code في اليوم التالي}: {@link #offset} days from the last day mentioned. */
        ANAPHORIC_DAY,
        /** {@code العام نفسه}, {@code بعد عامين من ذلك}: {@link #offset} years from the last year mentioned. */
        ANAPHORIC_YEAR
    }

    /** No direction given: the nearest plausible date. */
    static final int NEAREST = 2;

    Type type;
    /** Token range {@code [start, end)} and the char where the span starts (after a proclitic). */
    int start;
    int end;
    int startChar;
    int year;
    int month;
    int day;
    /** ISO day of week written beside the date, or 0. */
    int weekday;
    boolean hijri;
    /** End of a range ({@code من 10 إلى 13 كانون الثاني}); 0 when no range. */
    int endDay;
    int offset;
    /** -1 past, 0 current, +1 next, {@link #NEAREST} when not said. */
    int direction;
    /** Tense of the clause of a yearless day or month: -1 past, +1 future, 0 unknown. */
    int lean;
    /** Whether the publication day itself counts for {@link #direction} (inferred, not a written qualifier). */
    boolean inclusive;
    /** {@code من العام الماضي} after a month: year offset from publication, used when {@link #relativeYear}. */
    boolean relativeYear;
    int yearOffset;
    /** {@code رمضان 2018}: a Hijri month named with the Gregorian year it falls in; 0 when not. */
    int gregorianYear;
    /** {@code الثالث من الشهر الجاري}: the month is {@link #monthOffset} months from publication. */
    boolean relativeMonth;
    int monthOffset;

    /** Whether the year is said: written, relative ({@code من العام الماضي}) or Gregorian after a Hijri month. */
    boolean yearSaid() {
        return year > 0 || relativeYear || gregorianYear > 0;
    }

    void reset(int start) {
        type = Type.CALENDAR;
        this.start = start;
        end = start;
        startChar = -1;
        year = 0;
        month = 0;
        day = 0;
        weekday = 0;
        hijri = false;
        endDay = 0;
        offset = 0;
        direction = NEAREST;
        inclusive = false;
        lean = 0;
        relativeYear = false;
        yearOffset = 0;
        gregorianYear = 0;
        relativeMonth = false;
        monthOffset = 0;
    }
}
