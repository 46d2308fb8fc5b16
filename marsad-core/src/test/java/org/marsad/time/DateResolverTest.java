package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    @Test
    void isoDayReadsValidDaysAndRejectsImpossibleOnes() {
        assertThat(DateResolver.isoDay("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DateResolver.isoDay("2023-02-29")).isNull();
        assertThat(DateResolver.isoDay("2023-04-31")).isNull();
        assertThat(DateResolver.isoDay("2023-13-01")).isNull();
        assertThat(DateResolver.isoDay("2023-00-10")).isNull();
        assertThat(DateResolver.isoDay("2023-XX-10")).isNull();
        assertThat(DateResolver.isoDay("٢٠٢٣-01-10")).isNull();
    }

    @Property
    void isoDayAgreesWithLocalDateParse(@ForAll @IntRange(min = 0, max = 9999) int year,
            @ForAll @IntRange(min = 0, max = 14) int month, @ForAll @IntRange(min = 0, max = 33) int day) {
        String v = String.format("%04d-%02d-%02d", year, month, day);
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            parsed = null;
        }
        assertThat(DateResolver.isoDay(v)).isEqualTo(parsed);
    }
}
