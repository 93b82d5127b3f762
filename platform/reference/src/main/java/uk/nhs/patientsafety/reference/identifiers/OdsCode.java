package uk.nhs.patientsafety.reference.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ODS organisation code format (DOMAIN §10.2). A format check only: whether the organisation exists, and what it is
 * today, is for the ODS terminology API.
 */
public final class OdsCode {

    /** What the code's shape suggests; ODS roles, not the shape, say what the organisation really is. */
    public enum Kind {
        NHS_TRUST,
        ICB,
        GP_PRACTICE,
        REGION,
        OTHER
    }

    private static final Pattern GENERAL = Pattern.compile("(?=.*[A-Z])[A-Z0-9]{3,6}");
    private static final Pattern REGION = Pattern.compile("Y\\d{2}");
    private static final Pattern NHS_TRUST = Pattern.compile("R[A-Z0-9]{2}");
    private static final Pattern ICB = Pattern.compile("Q[A-Z0-9]{2}");
    private static final Pattern GP_PRACTICE = Pattern.compile("[A-Z]\\d{5}");

    private OdsCode() {}

    /** 3 to 6 upper-case letters and digits, at least one a letter. */
    public static boolean isValid(String code) {
        return code != null && GENERAL.matcher(code).matches();
    }

    public static Optional<Kind> kind(String code) {
        if (!isValid(code)) {
            return Optional.empty();
        }
        if (REGION.matcher(code).matches()) {
            return Optional.of(Kind.REGION);
        }
        if (NHS_TRUST.matcher(code).matches()) {
            return Optional.of(Kind.NHS_TRUST);
        }
        if (ICB.matcher(code).matches()) {
            return Optional.of(Kind.ICB);
        }
        if (GP_PRACTICE.matcher(code).matches()) {
            return Optional.of(Kind.GP_PRACTICE);
        }
        return Optional.of(Kind.OTHER);
    }
}
