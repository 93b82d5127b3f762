package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A meeting with the family of a serious incident or PSII was held away from the site of the incident. Schema: {@code schemas/candour/FamilyMeetingHeld.v1.json}.
 */
public record FamilyMeetingHeld(
        String candourCaseId,
        String incidentId,
        String providerOds,
        Instant occurredAt,
        int meeting,
        LocalDate heldOn,
        boolean purposeExplainedOrally,
        boolean purposeExplainedInWriting)
        implements CandourEvent {

    public static final String TYPE = "candour.FamilyMeetingHeld.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
