package org.marsad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * Resolves what the grammar read to ISO 8601 values against the publication day, the way TimeML's
 * TIMEX3 does: relative expressions count from publication, a day or month without a year takes the
 * nearest plausible year (or the one its qualifier or weekday demands), anaphoric ones count from the
 * last date of the article, and what cannot be known stays X. One instance per article.
 */
final class DateResolver {
    private final LocalDate published;
    /** Last day and year the article named, for {@code اليوم نفسه} and {@code بعد عامين من ذلك}. */
    private LocalDate lastDay;
    private int lastYear;

    /** Value and end value of the last resolution. */
    String value;
    String endValue;

    DateResolver(LocalDate published) {
        this.published = published;
    }

    /** Resolves {@code m}; returns false when it cannot be (an anaphor with nothing before it). */
    boolean resolve(DateMention m) {
        value = null;
        endValue = null;
        switch (m.type) {
            case CALENDAR -> calendar(m);
            case RELATIVE_DAY -> value = published == null ? "XXXX-XX-XX" : day(relativeDay(m));
            case RELATIVE_WEEK -> value = published == null ? "XXXX-WXX" : week(published.plusWeeks(m.offset));
            case RELATIVE_MONTH -> value = published == null ? "XXXX-XX"
                    : YearMonth.from(published).plusMonths(m.offset).toString();
            case RELATIVE_YEAR -> value = published == null ? "XXXX" : year(published.getYear() + m.offset);
            case WEEKDAY -> weekday(m);
            case ANAPHORIC_DAY -> {
                if (lastDay == null) {
                    return false;
                }
                value = day(lastDay.plusDays(m.offset));
            }
            case ANAPHORIC_YEAR -> {
                if (lastYear == 0) {
                    return false;
                }
                value = year(lastYear + m.offset);
            }
            default -> throw new IllegalStateException(m.type.toString());
        }
        remember(value, m.type);
        return value != null;
    }

    /** {@code أمس الأربعاء}: the written weekday wins over the count when they disagree by a day or two. */
    private LocalDate relativeDay(DateMention m) {
        LocalDate d = published.plusDays(m.offset);
        if (m.weekday == 0 || d.getDayOfWeek().getValue() == m.weekday) {
            return d;
        }
        for (int k = 1; k <= 2; k++) {
            for (LocalDate c : new LocalDate[] {d.minusDays(k), d.plusDays(k)}) {
                if (c.getDayOfWeek().getValue() == m.weekday) {
                    return c;
                }
            }
        }
        return d;
    }

    private void calendar(DateMention m) {
        if (m.relativeMonth) {
            if (published == null) {
                value = "XXXX-XX-" + two(m.day);
                return;
            }
            YearMonth ym = YearMonth.from(published).plusMonths(m.monthOffset);
            value = m.day <= ym.lengthOfMonth() ? day(ym.atDay(m.day)) : ym + "-" + two(m.day);
            return;
        }
        if (m.hijri) {
            hijri(m);
            return;
        }
        int y = m.year;
        if (y == 0 && m.relativeYear && published != null) {
            y = published.getYear() + m.yearOffset;
        }
        if (m.month == 0) {
            value = year(y);
            return;
        }
        if (y == 0 && published != null) {
            y = m.day > 0 ? yearOfDay(m) : yearOfMonth(m);
        }
        if (m.day == 0) {
            value = y == 0 ? "XXXX-" + two(m.month) : YearMonth.of(y, m.month).toString();
            return;
        }
        if (y == 0 && m.weekday > 0 && lastYear > 0) {
            y = yearOfWeekday(m, lastYear);
        }
        if (y == 0) {
            value = "XXXX-" + two(m.month) + "-" + two(m.day);
            if (m.endDay > 0) {
                endValue = "XXXX-" + two(m.month) + "-" + two(m.endDay);
            }
            return;
        }
        if (m.day > Calendars.daysInMonth(y, m.month)) {
            value = year(y) + "-" + two(m.month) + "-" + two(m.day); // 29 February of a common year, as written
            return;
        }
        value = day(LocalDate.of(y, m.month, m.day));
        if (m.endDay > 0 && m.endDay <= Calendars.daysInMonth(y, m.month)) {
            endValue = day(LocalDate.of(y, m.month, m.endDay));
        }
    }

    /** Year for a day and month: the qualifier's, else the weekday's, else the nearest to publication. */
    private int yearOfDay(DateMention m) {
        int py = published.getYear();
        if (m.direction == 0) {
            return py;
        }
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        boolean bestWeekdayAgrees = false;
        for (int y = py - 1; y <= py + 1; y++) {
            if (m.day > Calendars.daysInMonth(y, m.month)) {
                continue;
            }
            LocalDate d = LocalDate.of(y, m.month, m.day);
            long distance = ChronoUnit.DAYS.between(published, d);
            if (m.direction == -1 && distance >= 0 || m.direction == 1 && distance <= 0) {
                continue;
            }
            if (m.lean != 0 && distance != 0 && Long.signum(distance) != m.lean && m.weekday == 0) {
                continue; // the clause's tense says which side of publication
            }
            boolean agrees = m.weekday > 0 && d.getDayOfWeek().getValue() == m.weekday;
            // a written weekday outranks distance; among equals, the nearest, and the past on a tie
            long score = Math.abs(distance) * 2 + (distance > 0 ? 1 : 0);
            if (best == 0 || (agrees && !bestWeekdayAgrees) || (agrees == bestWeekdayAgrees && score < bestDistance)) {
                best = y;
                bestDistance = score;
                bestWeekdayAgrees = agrees;
            }
        }
        return best == 0 ? py : best;
    }

    private int yearOfMonth(DateMention m) {
        int py = published.getYear();
        int pm = published.getMonthValue();
        if (m.direction == 0) {
            return py;
        }
        if (m.direction == -1) {
            return m.month < pm ? py : py - 1;
        }
        if (m.direction == 1) {
            return m.month > pm ? py : py + 1;
        }
        if (m.lean == -1) {
            return m.month <= pm ? py : py - 1;
        }
        if (m.lean == 1) {
            return m.month >= pm ? py : py + 1;
        }
        int diff = m.month - pm;
        if (diff >= 6) {
            return py - 1; // half a year ahead or back: news reports the past
        }
        if (diff < -6) {
            return py + 1;
        }
        return py;
    }

    /** Without publication: the year nearest {@code anchor} on which the day falls on the written weekday. */
    private static int yearOfWeekday(DateMention m, int anchor) {
        for (int k = 0; k <= 6; k++) {
            for (int y : new int[] {anchor - k, anchor + k}) {
                if (m.day <= Calendars.daysInMonth(y, m.month)
                        && LocalDate.of(y, m.month, m.day).getDayOfWeek().getValue() == m.weekday) {
                    return y;
                }
            }
        }
        return 0;
    }

    private void hijri(DateMention m) {
        if (m.year > 0) {
            LocalDate start = Calendars.fromHijri(m.year, Math.max(1, m.month), Math.max(1, m.day));
            if (start == null) {
                value = m.month == 0 ? "XXXX" : "XXXX-XX" + (m.day > 0 ? "-XX" : "");
                return;
            }
            value = m.month == 0 ? year(start.getYear()) : m.day == 0 ? YearMonth.from(start).toString() : day(start);
            if (m.endDay > 0) {
                LocalDate end = Calendars.fromHijri(m.year, m.month, m.endDay);
                endValue = end == null ? null : day(end);
            }
            return;
        }
        if (m.gregorianYear > 0) {
            inGregorianYear(m, m.gregorianYear, Calendars.hijriYear(LocalDate.of(m.gregorianYear, 7, 1)));
            return;
        }
        int hy = published == null ? 0 : Calendars.hijriYear(published);
        if (hy == 0) {
            value = m.day == 0 ? "XXXX-XX" : "XXXX-XX-XX";
            return;
        }
        if (m.relativeYear) {
            // "رمضان العام الماضي": that Hijri month as it fell in the Gregorian year named
            inGregorianYear(m, published.getYear() + m.yearOffset, hy);
            return;
        }
        if (m.day == 0) {
            hijriMonth(m, hy);
            return;
        }
        LocalDate best = null;
        int bestYear = 0;
        for (int y = hy - 1; y <= hy + 1; y++) {
            LocalDate d = Calendars.fromHijri(y, m.month, m.day);
            if (d == null) {
                continue;
            }
            long distance = ChronoUnit.DAYS.between(published, d);
            if (m.direction == -1 && distance >= 0 || m.direction == 1 && distance <= 0) {
                continue;
            }
            if (m.direction == 0 && y != hy) {
                continue;
            }
            if (best == null || Math.abs(distance) < Math.abs(ChronoUnit.DAYS.between(published, best))) {
                best = d;
                bestYear = y;
            }
        }
        value = best == null ? "XXXX-XX-XX" : day(best);
        if (best != null && m.endDay > 0) {
            LocalDate end = Calendars.fromHijri(bestYear, m.month, m.endDay);
            endValue = end == null ? null : day(end);
        }
    }

    /** The Hijri month (and day) of {@code m} as it falls in Gregorian year {@code gy}; {@code hy} is a Hijri year near it. */
    private void inGregorianYear(DateMention m, int gy, int hy) {
        if (hy > 0) {
            for (int y = hy - 2; y <= hy + 2; y++) {
                LocalDate d = Calendars.fromHijri(y, m.month, Math.max(1, m.day));
                if (d != null && d.getYear() == gy) {
                    value = m.day == 0 ? YearMonth.from(d).toString() : day(d);
                    return;
                }
            }
        }
        value = m.day == 0 ? "XXXX-XX" : "XXXX-XX-XX";
    }

    /**
     * "شهر رمضان الماضي / المقبل / الجاري": the Gregorian month in which that Hijri month begins — the last one
     * over before publication, the next one to begin after it, or the one of the publication's Hijri year.
     */
    private void hijriMonth(DateMention m, int hy) {
        LocalDate chosen = null;
        if (m.direction == -1) {
            for (int y = hy; y >= hy - 1 && chosen == null; y--) {
                LocalDate next = Calendars.fromHijri(m.month == 12 ? y + 1 : y, m.month == 12 ? 1 : m.month + 1, 1);
                if (next != null && !next.isAfter(published)) {
                    chosen = Calendars.fromHijri(y, m.month, 1);
                }
            }
        } else if (m.direction == 1) {
            for (int y = hy; y <= hy + 1 && chosen == null; y++) {
                LocalDate start = Calendars.fromHijri(y, m.month, 1);
                if (start != null && start.isAfter(published)) {
                    chosen = start;
                }
            }
        } else {
            chosen = Calendars.fromHijri(hy, m.month, 1);
        }
        value = chosen == null ? "XXXX-XX" : YearMonth.from(chosen).toString();
    }

    private void weekday(DateMention m) {
        if (published == null) {
            value = "XXXX-WXX-" + m.weekday;
            return;
        }
        DayOfWeek target = DayOfWeek.of(m.weekday);
        int pd = published.getDayOfWeek().getValue();
        int back = Math.floorMod(pd - m.weekday, 7);
        int ahead = Math.floorMod(m.weekday - pd, 7);
        LocalDate d;
        if (m.direction == 1) {
            d = published.plusDays(ahead == 0 && !m.inclusive ? 7 : ahead);
        } else if (m.direction == 0) {
            d = published.with(java.time.temporal.ChronoField.DAY_OF_WEEK, target.getValue());
        } else {
            d = published.minusDays(back == 0 && !m.inclusive ? 7 : back);
        }
        value = day(d);
    }

    private void remember(String v, DateMention.Type type) {
        if (v == null || v.startsWith("X")) {
            return;
        }
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            lastDay = isoDay(v);
            // 29 February of a common year, kept as written: no day to count from
            lastYear = lastDay != null ? lastDay.getYear() : Integer.parseInt(v.substring(0, 4));
        } else if (v.length() >= 4 && Character.isDigit(v.charAt(3)) && type != DateMention.Type.RELATIVE_WEEK) {
            lastYear = Integer.parseInt(v.substring(0, 4));
        }
    }

    /**
     * The day a {@code yyyy-MM-dd} value names, or null when it names none: {@code LocalDate.parse} without
     * its formatter, which cost more than the rest of the date step's resolution.
     */
    static LocalDate isoDay(String v) {
        for (int k = 0; k < 10; k++) {
            char c = v.charAt(k);
            if (k != 4 && k != 7 && (c < '0' || c > '9')) {
                return null;
            }
        }
        try {
            return LocalDate.of(digits(v, 0, 4), digits(v, 5, 7), digits(v, 8, 10));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n = n * 10 + v.charAt(k) - '0';
        }
        return n;
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String week(LocalDate d) {
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String year(int y) {
        if (y <= 0) {
            return "XXXX";
        }
        return y < 1000 ? String.format("%04d", y) : Integer.toString(y);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
