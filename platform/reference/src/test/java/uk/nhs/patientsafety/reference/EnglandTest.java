package uk.nhs.patientsafety.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnglandTest {

    @Test
    void a_day_ends_at_midnight_in_london_in_winter_and_in_summer() {
        assertThat(England.endOf(LocalDate.parse("2026-01-15"))).isEqualTo(Instant.parse("2026-01-16T00:00:00Z"));
        assertThat(England.endOf(LocalDate.parse("2026-07-15"))).isEqualTo(Instant.parse("2026-07-15T23:00:00Z"));
    }

    @Test
    void the_date_of_an_instant_is_the_date_in_london() {
        // 23:30 UTC on 15 July is already 16 July in British Summer Time.
        assertThat(England.dateOf(Instant.parse("2026-07-15T23:30:00Z"))).isEqualTo(LocalDate.parse("2026-07-16"));
        assertThat(England.dateOf(Instant.parse("2026-01-15T23:30:00Z"))).isEqualTo(LocalDate.parse("2026-01-15"));
    }
}
