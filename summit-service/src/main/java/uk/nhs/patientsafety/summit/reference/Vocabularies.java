package uk.nhs.patientsafety.summit.reference;

import java.util.List;

/** The context's own small vocabularies, as their wire codes. */
public final class Vocabularies {

    private Vocabularies() {}

    /**
     * Where a quality concern came from (DOMAIN §5.2): the organisations and groups that raise them, staff, patients
     * and carers (recorded by the organisation that received them, G11), an SI trend, and a never event (raised by
     * the service's own rule).
     */
    public static final List<String> CONCERN_SOURCES = List.of(
            "provider",
            "icb",
            "region",
            "cqc",
            "staff",
            "patient_or_carer",
            "quality_group",
            "si_trend",
            "never_event");

    /** What screening decides when no summit is asked for. */
    public static final List<String> SCREENING_OUTCOMES = List.of("no_action", "monitor");

    /** A risk summit, or the 2022 NQB rapid quality review (DOMAIN §5.1). */
    public static final List<String> SUMMIT_FORMATS = List.of("risk_summit", "rapid_quality_review");

    /** What an intelligence pack refers to: an incident or concern of the platform, or an external report. */
    public static final List<String> PACK_KINDS = List.of("incident", "concern", "external_report");

    /** An escalation response's decision. */
    public static final List<String> RESPONSE_DECISIONS =
            List.of("accepted", "accepted_with_actions", "declined", "referred");

    /** A summit's escalation decision: no change, or the escalation level it recommends (see EscalationLevels). */
    public static final String NO_CHANGE = "no_change";
}
