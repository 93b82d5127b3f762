package uk.nhs.patientsafety.web.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo commissioning data shipped with the platform, and provider types with effective dates. */
class CommissioningTest {

    private static Commissioning demo() {
        Commissioning commissioning = new Commissioning();
        commissioning.json = new ObjectMapper();
        commissioning.file = Optional.empty();
        return commissioning;
    }

    @Test
    void theDemoDataHasTrustsAGpPracticeAndAnIndependentProviderCommissionedByTheDemoIcbs() {
        Commissioning commissioning = demo();
        LocalDate today = LocalDate.of(2026, 12, 1);

        assertThat(commissioning.providerTypeOn("RT5", today)).contains("nhs_trust");
        assertThat(commissioning.providerTypeOn("RKB", today)).contains("nhs_trust");
        assertThat(commissioning.providerTypeOn("C82010", today)).contains("gp_practice");
        assertThat(commissioning.providerTypeOn("NT3", today)).contains("independent_hospital");
        assertThat(commissioning.providersCommissionedBy("QK1")).contains("RT5", "C82010");
        assertThat(commissioning.providersCommissionedBy("QWU")).contains("RKB", "NT3");
        assertThat(commissioning.regionOf("C82010")).contains("Y60");
    }

    @Test
    void aProvidersTypeIsTheOneInForceOnTheDate() {
        Commissioning commissioning = new Commissioning(List.of(new Commissioning.Provider(
                "RX9",
                "Y60",
                "QK1",
                Set.of(),
                List.of(
                        new Commissioning.TypePeriod("foundation_trust", LocalDate.of(2020, 4, 1)),
                        new Commissioning.TypePeriod("nhs_trust", LocalDate.of(2001, 4, 1))))));

        assertThat(commissioning.providerTypeOn("RX9", LocalDate.of(2000, 1, 1)))
                .isEmpty();
        assertThat(commissioning.providerTypeOn("RX9", LocalDate.of(2020, 3, 31)))
                .contains("nhs_trust");
        assertThat(commissioning.providerTypeOn("RX9", LocalDate.of(2020, 4, 1)))
                .contains("foundation_trust");
        assertThat(commissioning.providerTypeOn("RX8", LocalDate.of(2020, 4, 1)))
                .isEmpty();
    }

    @Test
    void aProviderWithoutTypesHasNone() {
        Commissioning commissioning =
                new Commissioning(List.of(new Commissioning.Provider("RX1", "Y59", "QXX", Set.of())));

        assertThat(commissioning.providerTypeOn("RX1", LocalDate.of(2026, 1, 1)))
                .isEmpty();
        assertThat(commissioning.commissions("QXX", "RX1")).isTrue();
    }
}
