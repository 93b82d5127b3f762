package uk.nhs.patientsafety.incident.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameworkAdoptionsTest {

    private static final FrameworkAdoptions ADOPTIONS = new FrameworkAdoptions();

    @ParameterizedTest(name = "{0} on {1} works under {2}")
    @CsvSource({
        "RT5, 2023-09-30, SIF2015",
        "RT5, 2023-10-01, PSIRF2022",
        "RT5, 2015-03-27, SIF2015",
        "RT5, 2010-01-01, SIF2015",
        "RKB, 2023-09-01, SIF2015",
        "RKB, 2026-01-01, SIF2015",
        "RBS, 2023-08-31, SIF2015",
        "RBS, 2023-09-01, PSIRF2022",
        "A81021, 2025-01-01, PSIRF2022"
    })
    void framework_in_force(String provider, LocalDate on, String framework) {
        assertThat(ADOPTIONS.frameworkFor(provider, on)).isEqualTo(framework);
    }

    @Test
    void the_default_comes_from_the_data_not_the_code() {
        FrameworkAdoptions adoptions = FrameworkAdoptions.fromJson(new ByteArrayInputStream(
                """
                {"version":"test","default":[{"framework":"SIF2015","effectiveFrom":"2015-03-27"},
                                             {"framework":"PSIRF2022","effectiveFrom":"2024-04-01"}],
                 "adoptions":[]}
                """
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(adoptions.frameworkFor("RT5", LocalDate.parse("2024-03-31"))).isEqualTo("SIF2015");
        assertThat(adoptions.frameworkFor("RT5", LocalDate.parse("2024-04-01"))).isEqualTo("PSIRF2022");
        assertThat(adoptions.version()).isEqualTo("test");
    }
}
