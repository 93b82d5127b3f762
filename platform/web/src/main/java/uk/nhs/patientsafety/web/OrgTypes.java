package uk.nhs.patientsafety.web;

import java.util.Set;

/**
 * The values of a token's {@code org_type} claim (BRIEF §4), as {@link Caller#orgType()} carries them. String
 * constants, so that they can label the cases of a {@code switch} over the claim. {@code RolesTest} checks that the
 * realm's users carry no other value.
 */
public final class OrgTypes {

    /** A provider of NHS care (a trust, a practice…). */
    public static final String PROVIDER = "provider";

    /** An Integrated Care Board. */
    public static final String ICB = "icb";

    /** An NHS England region. */
    public static final String REGION = "region";

    /** NHS England nationally. */
    public static final String NATIONAL = "national";

    /** A regulator such as the CQC. */
    public static final String REGULATOR = "regulator";

    /** Every value above. */
    public static final Set<String> ALL = Set.of(PROVIDER, ICB, REGION, NATIONAL, REGULATOR);

    private OrgTypes() {}
}
