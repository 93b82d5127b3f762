package uk.nhs.patientsafety.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.patientsafety.reference.calendar.ClockDuration.Unit;

class ClockDurationTest {

    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();

    @Test
    void parses_the_three_units() {
        assertThat(ClockDuration.parse("2WD")).isEqualTo(new ClockDuration(2, Unit.WORKING_DAYS));
        assertThat(ClockDuration.parse("20CD")).isEqualTo(new ClockDuration(20, Unit.CALENDAR_DAYS));
        assertThat(ClockDuration.parse("6M")).isEqualTo(new ClockDuration(6, Unit.MONTHS));
        assertThat(ClockDuration.parse("60WD").text()).isEqualTo("60WD");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "2", "WD", "2wd", " 2WD", "2 WD", "-2WD", "2.5WD", "2W", "2D", "6MO", "12345CD"})
    void rejects_anything_else(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClockDuration.parse(text))
                .withMessageContaining("expected a whole number followed by WD");
    }

    @Test
    void adds_each_unit_in_its_own_terms() {
        LocalDate thursdayBeforeEaster = LocalDate.parse("2025-04-17");
        assertThat(ClockDuration.parse("2WD").addTo(thursdayBeforeEaster, CALENDAR))
                .isEqualTo(LocalDate.parse("2025-04-23"));
        assertThat(ClockDuration.parse("20CD").addTo(thursdayBeforeEaster, CALENDAR))
                .isEqualTo(LocalDate.parse("2025-05-07"));
        assertThat(ClockDuration.parse("6M").addTo(LocalDate.parse("2025-08-31"), CALENDAR))
                .isEqualTo(LocalDate.parse("2026-02-28"));
    }

    @Test
    void subtracts_each_unit_in_its_own_terms() {
        assertThat(ClockDuration.parse("1WD").subtractFrom(LocalDate.parse("2025-04-22"), CALENDAR))
                .isEqualTo(LocalDate.parse("2025-04-17"));
        assertThat(ClockDuration.parse("2CD").subtractFrom(LocalDate.parse("2025-04-22"), CALENDAR))
                .isEqualTo(LocalDate.parse("2025-04-20"));
    }
}
