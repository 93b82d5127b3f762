package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The provisional screen of an incident's harm and provider type says the Duty of Candour must be assessed for one patient. Schema: {@code schemas/candour/CandourAssessmentRequired.v1.json}.
 *
 * <p>Optional (may be null): screenedHarm, ruleset.
 */
public record CandourAssessmentRequired(
        String candourCaseId,
        String incidentId,
        String providerOds,
        Instant occurredAt,
        String patientRef,
        String trigger,
        String screenedHarm,
        String ruleset,
        Instant incidentReportedAt,
        LocalDate notificationDueOn)
        implements CandourEvent {

    public static final String TYPE = "candour.CandourAssessmentRequired.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
