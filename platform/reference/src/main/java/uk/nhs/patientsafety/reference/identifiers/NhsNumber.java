package uk.nhs.patientsafety.reference.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NHS number format and Modulus 11 check (DOMAIN §10.3). Proves the number is well formed, not that it belongs to
 * anyone: that needs PDS.
 */
public final class NhsNumber {

    // Ten digits, or the 3-3-4 form with single spaces; nothing else is normalised.
    private static final Pattern FORM = Pattern.compile("\\d{10}|\\d{3} \\d{3} \\d{4}");

    private NhsNumber() {}

    public static boolean isValid(String text) {
        return normalise(text).isPresent();
    }

    /** The ten digits of a valid NHS number, or empty if it is malformed or fails the check digit. */
    public static Optional<String> normalise(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        String digits = text.replace(" ", "");
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        // A check digit of 10 cannot be written, so no valid number has it.
        return check != 10 && check == digits.charAt(9) - '0' ? Optional.of(digits) : Optional.empty();
    }
}
