package uk.nhs.patientsafety.incident.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.incident.reference.HarmCodes.Harm;
import uk.nhs.patientsafety.incident.reference.HarmCodes.PatientHarm;

class HarmCodesTest {

    @Test
    void physical_ot001() {
        assertThat(HarmCodes.physical("1")).isEqualTo(Harm.FATAL);
        assertThat(HarmCodes.physical("2")).isEqualTo(Harm.SEVERE);
        assertThat(HarmCodes.physical("3")).isEqualTo(Harm.MODERATE);
        assertThat(HarmCodes.physical("4")).isEqualTo(Harm.LOW);
        assertThat(HarmCodes.physical("5")).isEqualTo(Harm.NONE);
    }

    @Test
    void psychological_ot002() {
        assertThat(HarmCodes.psychological("1")).isEqualTo(Harm.SEVERE);
        assertThat(HarmCodes.psychological("2")).isEqualTo(Harm.MODERATE);
        assertThat(HarmCodes.psychological("3")).isEqualTo(Harm.LOW);
        assertThat(HarmCodes.psychological("4")).isEqualTo(Harm.NONE);
    }

    @Test
    void validity() {
        assertThat(HarmCodes.isPhysical("5")).isTrue();
        assertThat(HarmCodes.isPsychological("5")).isFalse();
        for (String bad : new String[] {null, "", "0", "6", "05", " 1", "one"}) {
            assertThat(HarmCodes.isPhysical(bad)).as("'%s'", bad).isFalse();
            assertThat(HarmCodes.isPsychological(bad)).as("'%s'", bad).isFalse();
        }
        assertThatIllegalArgumentException().isThrownBy(() -> HarmCodes.physical("6"));
        assertThatIllegalArgumentException().isThrownBy(() -> HarmCodes.psychological("5"));
    }

    @Test
    void wire_names() {
        assertThat(Harm.NONE.code()).isEqualTo("none");
        assertThat(Harm.FATAL.code()).isEqualTo("fatal");
    }

    @Test
    void severe_psychological_harm_grades_as_severe() {
        assertThat(HarmCodes.worst(List.of(new PatientHarm("5", "1")))).contains(Harm.SEVERE);
        assertThat(HarmCodes.worst(List.of(new PatientHarm("4", "2")))).contains(Harm.MODERATE);
    }

    @Test
    void fatal_physical_harm_dominates_every_patient() {
        assertThat(HarmCodes.worst(
                        List.of(new PatientHarm("5", "1"), new PatientHarm("1", "4"), new PatientHarm("3", null))))
                .contains(Harm.FATAL);
    }

    @Test
    void missing_codes_are_skipped_and_none_at_all_gives_empty() {
        assertThat(HarmCodes.worst(List.of(new PatientHarm(null, "3"), new PatientHarm(null, null))))
                .contains(Harm.LOW);
        assertThat(HarmCodes.worst(List.of(new PatientHarm("5", "4")))).contains(Harm.NONE);
        assertThat(HarmCodes.worst(List.of(new PatientHarm(null, null)))).isEmpty();
        assertThat(HarmCodes.worst(List.of())).isEmpty();
    }
}
