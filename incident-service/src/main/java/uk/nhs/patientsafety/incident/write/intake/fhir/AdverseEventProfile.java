package uk.nhs.patientsafety.incident.write.intake.fhir;

/**
 * The URLs of our LFPSE-shaped {@code AdverseEvent} profile: extension URLs, code systems and identifier systems. The
 * extensions carry the LFPSE taxonomy sections that R4 {@code AdverseEvent} has no element for (DOMAIN §3.4, §11).
 * Sub-extensions of a complex extension use a bare name, as FHIR does for extensions defined inside their parent.
 */
public final class AdverseEventProfile {

    public static final String BASE = "https://patient-safety.nhs.uk/fhir/";
    public static final String EXTENSION_BASE = BASE + "StructureDefinition/";

    /** {@code AdverseEvent.event.coding.system} whose code is {@code incident | outcome | risk | good_care}. */
    public static final String EVENT_TYPE_SYSTEM = BASE + "CodeSystem/event-type";

    /** Suggested {@code AdverseEvent.identifier.system} for the provider's local reference; any system is accepted. */
    public static final String LOCAL_REFERENCE_SYSTEM = BASE + "Id/local-reference";

    public static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
    public static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

    public static final String DESCRIPTION = EXTENSION_BASE + "description";
    public static final String IMMEDIATE_ACTIONS = EXTENSION_BASE + "immediate-actions";
    public static final String NEAR_MISS = EXTENSION_BASE + "near-miss";
    public static final String NEVER_EVENT_TYPE = EXTENSION_BASE + "never-event-type";
    public static final String OUTCOME_TYPE = EXTENSION_BASE + "outcome-type";
    public static final String RISK = EXTENSION_BASE + "risk";
    public static final String RISK_THEME = "theme";
    public static final String RISK_IMMINENT = "imminent";
    public static final String GOOD_CARE = EXTENSION_BASE + "good-care";
    public static final String NATIONAL_REQUIREMENT = EXTENSION_BASE + "national-requirement";
    public static final String INVOLVED_ORGANISATION = EXTENSION_BASE + "involved-organisation";
    public static final String COORDINATING_ORGANISATION = EXTENSION_BASE + "coordinating-organisation";

    /** On a contained {@code Patient}: a complex extension holding the patient's harm. */
    public static final String PATIENT_INFORMATION = EXTENSION_BASE + "patient-information";

    public static final String PHYSICAL_HARM = "physical-harm";
    public static final String PSYCHOLOGICAL_HARM = "psychological-harm";

    private AdverseEventProfile() {}
}
