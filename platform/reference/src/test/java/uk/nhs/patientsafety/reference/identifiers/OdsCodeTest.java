package uk.nhs.patientsafety.reference.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.patientsafety.reference.identifiers.OdsCode.Kind;

class OdsCodeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "RT5, NHS_TRUST",
        "RBS, NHS_TRUST",
        "QWU, ICB",
        "QHM, ICB",
        "A81021, GP_PRACTICE",
        "Y56, REGION",
        "16C, OTHER",
        "FEQ00, OTHER"
    })
    void valid_codes_and_their_shape(String code, Kind kind) {
        assertThat(OdsCode.isValid(code)).isTrue();
        assertThat(OdsCode.kind(code)).contains(kind);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"rt5", "RT", "123", "1234567", "RT5A123", "RT 5", " RT5", "RT5-", "RŤ5"})
    void invalid_codes(String code) {
        assertThat(OdsCode.isValid(code)).isFalse();
        assertThat(OdsCode.kind(code)).isEmpty();
    }
}
