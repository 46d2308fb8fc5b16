package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.time.DateTesting.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.marsad.model.DateExpression;

/** Writing a day in Arabic, then reading it back, gives the same day; weekdays agree with java.time. */
class DateRoundTripPropertiesTest {
    private static final LocalDate FIRST = LocalDate.of(1950, 1, 1);
    /** Days from 1950-01-01 to 2050-12-31. */
    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST, LocalDate.of(2051, 1, 1));

    @Provide
    Arbitrary<MonthNameSystem> gregorianSystems() {
        return Arbitraries.of(MonthNameSystem.LEVANTINE, MonthNameSystem.EGYPTIAN, MonthNameSystem.MAGHREBI,
                MonthNameSystem.MOROCCAN);
    }

    /** Every day 1950–2050 in every Gregorian month-name system, in four ways of writing it. */
    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 4 * 36_890)
    void everyDayRoundTrips(@ForAll @IntRange(min = 0, max = 36_889) int offset,
                            @ForAll("gregorianSystems") MonthNameSystem system) {
        assertThat(DAYS).isEqualTo(36_890);
        LocalDate day = FIRST.plusDays(offset);
        String month = system.name(day.getMonthValue());
        String text = switch ((offset + system.ordinal()) % 4) {
            case 0 -> "وقع ذلك في " + day.getDayOfMonth() + " " + month + " " + day.getYear() + " في العاصمة";
            case 1 -> "وقع ذلك في " + ArabicDateWriter.arabicIndic(day.getDayOfMonth()) + " " + month + " "
                    + ArabicDateWriter.arabicIndic(day.getYear()) + "م.";
            case 2 -> "ويوم " + ArabicDateWriter.weekday(day.getDayOfWeek()) + " " + day.getDayOfMonth() + " " + month
                    + " " + day.getYear() + "، جرت مشاورات";
            default -> "في " + ArabicDateWriter.ordinalDay(day.getDayOfMonth()) + " من " + month + " عام "
                    + day.getYear() + " أعلن";
        };
        List<DateExpression> ds = dates(text, (LocalDate) null);
        assertThat(ds).as(text).hasSize(1);
        assertThat(ds.get(0).value()).as(text).isEqualTo(day.toString());
    }

    /** Without a year, a day near publication resolves to itself, and its written weekday agrees. */
    @Property(tries = 3000)
    void dayWithoutYearNearPublication(@ForAll @IntRange(min = 0, max = 36_889) int offset,
                                       @ForAll @IntRange(min = -150, max = 150) int distance,
                                       @ForAll("gregorianSystems") MonthNameSystem system) {
        LocalDate day = FIRST.plusDays(offset);
        String text = "وفي يوم " + ArabicDateWriter.weekday(day.getDayOfWeek()) + " " + day.getDayOfMonth() + " "
                + system.name(day.getMonthValue()) + "، جرت مشاورات";
        List<DateExpression> ds = dates(text, day.plusDays(distance));
        assertThat(ds).as(text).hasSize(1);
        assertThat(ds.get(0).value()).as(text).isEqualTo(day.toString());
    }

    /** Without publication, a weekday picks a year on which the day really falls on it. */
    @Property(tries = 2000)
    void weekdayInfersAYearOnWhichItIsTrue(@ForAll @IntRange(min = 0, max = 36_889) int offset,
                                           @ForAll DayOfWeek weekday) {
        LocalDate day = FIRST.plusDays(offset);
        String text = "بدأت القصة عام " + day.getYear() + ". ويوم " + ArabicDateWriter.weekday(weekday) + " "
                + day.getDayOfMonth() + " " + MonthNameSystem.LEVANTINE.name(day.getMonthValue()) + "، جرت مشاورات";
        List<DateExpression> ds = dates(text, (LocalDate) null);
        assertThat(ds).as(text).hasSize(2);
        String value = ds.get(1).value();
        if (!value.startsWith("X")) {
            LocalDate found = LocalDate.parse(value);
            assertThat(found.getDayOfWeek()).as(text).isEqualTo(weekday);
            assertThat(found.getMonthValue()).isEqualTo(day.getMonthValue());
            assertThat(found.getDayOfMonth()).isEqualTo(day.getDayOfMonth());
            assertThat(Math.abs(found.getYear() - day.getYear())).isLessThanOrEqualTo(11);
        } else {
            assertThat(day.getMonthValue() == 2 && day.getDayOfMonth() == 29).as(text).isTrue();
        }
    }

    /** {@code الأحد الماضي} and {@code الأحد المقبل} are java.time's previous and next Sunday. */
    @Property(tries = 2000)
    void qualifiedWeekdayAgreesWithJavaTime(@ForAll @IntRange(min = 0, max = 36_889) int offset,
                                            @ForAll DayOfWeek weekday) {
        LocalDate published = FIRST.plusDays(offset);
        String name = ArabicDateWriter.weekday(weekday);
        List<DateExpression> past = dates("وقع الهجوم يوم " + name + " الماضي في المدينة", published);
        List<DateExpression> next = dates("يصل الوفد يوم " + name + " المقبل إلى المدينة", published);
        assertThat(past).hasSize(1);
        assertThat(next).hasSize(1);
        assertThat(past.get(0).value()).isEqualTo(published.with(TemporalAdjusters.previous(weekday)).toString());
        assertThat(next.get(0).value()).isEqualTo(published.with(TemporalAdjusters.next(weekday)).toString());
    }

    /** A bare weekday in a past report is the latest such day up to publication. */
    @Property(tries = 1000)
    void bareWeekdayIsTheLatestUpToPublication(@ForAll @IntRange(min = 0, max = 36_889) int offset,
                                              @ForAll DayOfWeek weekday) {
        LocalDate published = FIRST.plusDays(offset);
        List<DateExpression> ds = dates("أعلنت الشرطة " + ArabicDateWriter.weekday(weekday) + " اعتقال المشتبه به",
                published);
        assertThat(ds).hasSize(1);
        assertThat(ds.get(0).value())
                .isEqualTo(published.with(TemporalAdjusters.previousOrSame(weekday)).toString());
    }

    /** Hijri days written with {@code هـ} come back as their Umm al-Qura Gregorian day. */
    @Property(tries = 3000)
    void hijriRoundTrips(@ForAll @IntRange(min = 0, max = 36_889) int offset) {
        LocalDate day = FIRST.plusDays(offset);
        HijrahDate h = HijrahDate.from(day);
        String text = "الموافق " + h.get(ChronoField.DAY_OF_MONTH) + " "
                + MonthNameSystem.HIJRI.name(h.get(ChronoField.MONTH_OF_YEAR)) + " " + h.get(ChronoField.YEAR)
                + " هـ، أعلنت الوزارة";
        List<DateExpression> ds = dates(text, (LocalDate) null);
        assertThat(ds).as(text).hasSize(1);
        assertThat(ds.get(0).value()).as(text).isEqualTo(day.toString());
    }
}
