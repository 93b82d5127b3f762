package uk.nhs.patientsafety.incident.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NeverEventsTest {

    private final NeverEvents neverEvents = new NeverEvents();

    @Test
    void the_2018_list_has_fifteen_types_coded_1_to_15() {
        assertThat(neverEvents.version()).isEqualTo("2018 (updated Feb 2021)");
        assertThat(neverEvents.codes())
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15");
        assertThat(neverEvents.name("1")).contains("Wrong site surgery");
        assertThat(neverEvents.name("15"))
                .contains("Unintentional connection of a patient requiring oxygen to an air flowmeter");
    }

    @Test
    void unknown_codes() {
        assertThat(neverEvents.isKnown("0")).isFalse();
        assertThat(neverEvents.isKnown("16")).isFalse();
        assertThat(neverEvents.isKnown("01")).isFalse();
        assertThat(neverEvents.isKnown(null)).isFalse();
        assertThat(neverEvents.name("16")).isEmpty();
        assertThat(neverEvents.name(null)).isEmpty();
    }
}
