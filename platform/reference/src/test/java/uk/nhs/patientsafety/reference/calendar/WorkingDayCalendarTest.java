package uk.nhs.patientsafety.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();
    private static final Set<Integer> YEARS_WITH_ONE_OFF_CHANGES = Set.of(2020, 2022, 2023);

    @Test
    void the_data_file_covers_2018_to_2030() {
        for (int year = 2018; year <= 2030; year++) {
            assertThat(CALENDAR.bankHolidays(year)).as("year %d", year).hasSizeGreaterThanOrEqualTo(8);
        }
        assertThat(CALENDAR.version()).isNotBlank();
    }

    @Test
    void standard_rules_reproduce_the_data_for_every_year_without_a_one_off_change() {
        IntStream.rangeClosed(2018, 2030)
                .filter(year -> !YEARS_WITH_ONE_OFF_CHANGES.contains(year))
                .forEach(year -> assertThat(CALENDAR.bankHolidays(year))
                        .as("year %d", year)
                        .isEqualTo(WorkingDayCalendar.standardBankHolidays(year)));
    }

    @Test
    void the_one_off_changes_come_from_the_data() {
        assertThat(CALENDAR.bankHolidays(2020)).contains(d("2020-05-08")).doesNotContain(d("2020-05-04"));
        assertThat(CALENDAR.bankHolidays(2022))
                .contains(d("2022-06-02"), d("2022-06-03"), d("2022-09-19"))
                .doesNotContain(d("2022-05-30"));
        assertThat(CALENDAR.bankHolidays(2023)).contains(d("2023-05-08"), d("2023-05-01"));
        for (int year : YEARS_WITH_ONE_OFF_CHANGES) {
            assertThat(CALENDAR.bankHolidays(year)).isNotEqualTo(WorkingDayCalendar.standardBankHolidays(year));
        }
    }

    @Test
    void domain_vectors_hold_for_data_and_rules() {
        Set<LocalDate> y2025 = dates(
                "2025-01-01",
                "2025-04-18",
                "2025-04-21",
                "2025-05-05",
                "2025-05-26",
                "2025-08-25",
                "2025-12-25",
                "2025-12-26");
        Set<LocalDate> y2026 = dates(
                "2026-01-01",
                "2026-04-03",
                "2026-04-06",
                "2026-05-04",
                "2026-05-25",
                "2026-08-31",
                "2026-12-25",
                "2026-12-28");
        Set<LocalDate> y2027 = dates(
                "2027-01-01",
                "2027-03-26",
                "2027-03-29",
                "2027-05-03",
                "2027-05-31",
                "2027-08-30",
                "2027-12-27",
                "2027-12-28");
        assertThat(CALENDAR.bankHolidays(2025)).isEqualTo(y2025);
        assertThat(CALENDAR.bankHolidays(2026)).isEqualTo(y2026);
        assertThat(CALENDAR.bankHolidays(2027)).isEqualTo(y2027);
        assertThat(WorkingDayCalendar.standardBankHolidays(2025)).isEqualTo(y2025);
        assertThat(WorkingDayCalendar.standardBankHolidays(2026)).isEqualTo(y2026);
        assertThat(WorkingDayCalendar.standardBankHolidays(2027)).isEqualTo(y2027);
    }

    @Test
    void years_outside_the_data_fall_back_to_the_rules() {
        // 2032: Christmas on Saturday, New Year on Thursday; Easter Sunday 28 March.
        assertThat(CALENDAR.bankHolidays(2032))
                .isEqualTo(dates(
                        "2032-01-01",
                        "2032-03-26",
                        "2032-03-29",
                        "2032-05-03",
                        "2032-05-31",
                        "2032-08-30",
                        "2032-12-27",
                        "2032-12-28"));
        // 2033: New Year on Saturday; 2034: New Year on Sunday.
        assertThat(CALENDAR.bankHolidays(2033)).contains(d("2033-01-03"));
        assertThat(CALENDAR.bankHolidays(2034)).contains(d("2034-01-02"));
    }

    @Test
    void christmas_substitutions() {
        assertThat(WorkingDayCalendar.standardBankHolidays(2021)).contains(d("2021-12-27"), d("2021-12-28"));
        assertThat(WorkingDayCalendar.standardBankHolidays(2022)).contains(d("2022-12-26"), d("2022-12-27"));
        assertThat(WorkingDayCalendar.standardBankHolidays(2020)).contains(d("2020-12-25"), d("2020-12-28"));
    }

    @Test
    void easter_computus_matches_known_dates() {
        assertThat(WorkingDayCalendar.easterSunday(2019)).isEqualTo(d("2019-04-21"));
        assertThat(WorkingDayCalendar.easterSunday(2024)).isEqualTo(d("2024-03-31"));
        assertThat(WorkingDayCalendar.easterSunday(2025)).isEqualTo(d("2025-04-20"));
        assertThat(WorkingDayCalendar.easterSunday(2038)).isEqualTo(d("2038-04-25"));
    }

    @ParameterizedTest(name = "{0} + {1} WD = {2}")
    @CsvSource({
        "2025-04-17, 2, 2025-04-23",
        "2025-04-17, 3, 2025-04-24",
        "2025-04-17, 60, 2025-07-16",
        "2025-12-19, 10, 2026-01-07",
        "2025-04-17, 0, 2025-04-17",
        "2025-04-19, 1, 2025-04-22"
    })
    void plus_working_days_counts_from_the_day_after_the_trigger(LocalDate from, int n, LocalDate expected) {
        assertThat(CALENDAR.plusWorkingDays(from, n)).isEqualTo(expected);
        assertThat(CALENDAR.workingDaysBetween(from, expected)).isEqualTo(n);
    }

    @Test
    void minus_working_days_walks_back_over_weekends_and_holidays() {
        assertThat(CALENDAR.minusWorkingDays(d("2025-04-23"), 2)).isEqualTo(d("2025-04-17"));
        assertThat(CALENDAR.minusWorkingDays(d("2026-01-07"), 10)).isEqualTo(d("2025-12-19"));
        assertThat(CALENDAR.plusWorkingDays(d("2025-04-23"), -1)).isEqualTo(d("2025-04-22"));
    }

    @Test
    void working_days_between_is_negative_backwards_and_zero_for_same_day() {
        assertThat(CALENDAR.workingDaysBetween(d("2025-04-23"), d("2025-04-17")))
                .isEqualTo(-2);
        assertThat(CALENDAR.workingDaysBetween(d("2025-04-17"), d("2025-04-17")))
                .isZero();
    }

    @Test
    void weekends_and_bank_holidays_are_not_working_days() {
        assertThat(CALENDAR.isWorkingDay(d("2025-04-17"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2025-04-18"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2025-04-19"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2022-09-19"))).isFalse();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Set<LocalDate> dates(String... iso) {
        Set<LocalDate> dates = new HashSet<>();
        for (String date : iso) {
            dates.add(d(date));
        }
        return dates;
    }
}
