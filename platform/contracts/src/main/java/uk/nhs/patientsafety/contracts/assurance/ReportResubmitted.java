package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;
import java.time.LocalDate;

/** The provider resubmitted its report after further information was requested; the case is in review again, due on reviewDueOn. Schema: {@code schemas/assurance/ReportResubmitted.v1.json}. */
public record ReportResubmitted(
        String assuranceCaseId,
        String incidentId,
        String providerOds,
        String commissionerOds,
        Instant occurredAt,
        int submission,
        LocalDate reviewDueOn)
        implements AssuranceEvent {

    public static final String TYPE = "assurance.ReportResubmitted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
