package uk.nhs.patientsafety.incident.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LfpseCodesTest {

    private final LfpseCodes codes = new LfpseCodes();

    @Test
    void the_domain_lists_are_loaded() {
        assertThat(codes.outcomeTypes()).hasSize(8).contains("unplanned_readmission", "pph_of_concern");
        assertThat(codes.riskThemes()).hasSize(8).contains("staffing", "other");
        assertThat(codes.riskImminence()).containsExactly("yes", "no", "unknown");
        assertThat(codes.version()).isEqualTo("LFPSE taxonomy v5");
    }

    @Test
    void validity() {
        assertThat(codes.isOutcomeType("return_to_theatre")).isTrue();
        assertThat(codes.isOutcomeType("Return to theatre")).isFalse();
        assertThat(codes.isOutcomeType("staffing")).isFalse();
        assertThat(codes.isRiskTheme("medication")).isTrue();
        assertThat(codes.isRiskTheme(null)).isFalse();
        assertThat(codes.isRiskImminence("unknown")).isTrue();
        assertThat(codes.isRiskImminence("Y")).isFalse();
        assertThat(codes.isRiskImminence("YES")).isFalse();
    }
}
