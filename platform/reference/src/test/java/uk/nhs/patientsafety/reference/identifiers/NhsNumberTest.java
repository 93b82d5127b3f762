package uk.nhs.patientsafety.reference.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @Test
    void the_domain_example_is_valid_in_both_forms() {
        assertThat(NhsNumber.normalise("9434765919")).contains("9434765919");
        assertThat(NhsNumber.normalise("943 476 5919")).contains("9434765919");
    }

    @Test
    void a_remainder_of_zero_gives_check_digit_zero() {
        assertThat(NhsNumber.isValid("9434765080")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "9434765918", // wrong check digit
                "9434765030", // prefix 943476503 needs check digit 10: no valid number
                "9434765031",
                "943476591", // nine digits
                "94347659190", // eleven digits
                "943-476-5919",
                "9434 765 919", // spaces not in 3-3-4
                "943  476 5919",
                " 9434765919",
                "9434765919 ",
                "94347659I9",
                "９４３４７６５９１９" // full-width digits
            })
    void anything_else_is_invalid(String text) {
        assertThat(NhsNumber.isValid(text)).isFalse();
    }
}
