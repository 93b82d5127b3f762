package uk.nhs.patientsafety.web;

import java.util.Set;

/**
 * The realm roles of the {@code patient-safety} realm (BRIEF §4), as constants for {@code @RolesAllowed} and
 * {@link Caller#hasRole(String)}. {@code RolesTest} checks them against {@code deploy/keycloak/patient-safety-realm.json},
 * so the code and the realm cannot drift apart.
 */
public final class Roles {

    /** A provider's system or member of staff that reports patient safety events. */
    public static final String PROVIDER_REPORTER = "provider-reporter";

    /** A provider's patient safety lead: runs the provider's incidents and responses. */
    public static final String PROVIDER_PATIENT_SAFETY_LEAD = "provider-patient-safety-lead";

    /** A provider's Duty of Candour lead. */
    public static final String PROVIDER_CANDOUR_LEAD = "provider-candour-lead";

    /** An ICB's quality lead: assures the providers it commissions. */
    public static final String ICB_QUALITY_LEAD = "icb-quality-lead";

    /** An ICB's read-only viewer. */
    public static final String ICB_VIEWER = "icb-viewer";

    /** An NHS England regional team. */
    public static final String NHSE_REGIONAL = "nhse-regional";

    /** An NHS England national team. */
    public static final String NHSE_NATIONAL = "nhse-national";

    /** A Care Quality Commission inspector. */
    public static final String CQC_INSPECTOR = "cqc-inspector";

    /** Runs the platform. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    /** Every realm role above. */
    public static final Set<String> ALL = Set.of(
            PROVIDER_REPORTER,
            PROVIDER_PATIENT_SAFETY_LEAD,
            PROVIDER_CANDOUR_LEAD,
            ICB_QUALITY_LEAD,
            ICB_VIEWER,
            NHSE_REGIONAL,
            NHSE_NATIONAL,
            CQC_INSPECTOR,
            PLATFORM_ADMIN);

    private Roles() {}
}
