package uk.nhs.patientsafety.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatedPoliciesTest {

    private static final String FILE =
            """
            {"version":"v2","policies":[
              {"effectiveFrom":"2027-01-01","days":"20"},
              {"effectiveFrom":"2015-03-27","days":"10"}
            ]}
            """;

    @Test
    void the_policy_in_force_on_a_day_is_the_latest_that_has_taken_effect() {
        DatedPolicies<String> policies = DatedPolicies.read(
                ReferenceFiles.parse(FILE), period -> period.get("days").asText());

        assertThat(policies.version()).isEqualTo("v2");
        assertThat(policies.inForceOn(LocalDate.parse("2015-03-27"))).isEqualTo("10");
        assertThat(policies.inForceOn(LocalDate.parse("2026-12-31"))).isEqualTo("10");
        assertThat(policies.inForceOn(LocalDate.parse("2027-01-01"))).isEqualTo("20");
    }

    @Test
    void nothing_is_in_force_before_the_earliest_period() {
        DatedPolicies<String> policies = DatedPolicies.read(
                ReferenceFiles.parse(FILE), period -> period.get("days").asText());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> policies.inForceOn(LocalDate.parse("2015-03-26")))
                .withMessageContaining("2015-03-27");
    }

    @Test
    void a_file_without_periods_or_with_two_on_one_day_is_refused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DatedPolicies.read(
                        ReferenceFiles.parse("{\"version\":\"v\",\"policies\":[]}"), period -> period))
                .withMessageContaining("no policies");
        assertThatIllegalStateException()
                .isThrownBy(() -> DatedPolicies.read(
                        ReferenceFiles.parse(
                                """
                                {"version":"v","policies":[{"effectiveFrom":"2020-01-01"},{"effectiveFrom":"2020-01-01"}]}
                                """),
                        period -> period))
                .withMessageContaining("two policies");
        assertThatIllegalStateException()
                .isThrownBy(() -> DatedPolicies.read(
                        ReferenceFiles.parse("{\"policies\":[{\"effectiveFrom\":\"2020-01-01\"}]}"), period -> period))
                .withMessageContaining("version");
    }
}
