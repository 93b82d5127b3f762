package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;

/**
 * The relevant person for a Duty of Candour case was identified (their identity stays sealed in candour-service). Schema: {@code schemas/candour/RelevantPersonIdentified.v1.json}.
 */
public record RelevantPersonIdentified(
        String candourCaseId, String incidentId, String providerOds, Instant occurredAt, String basis)
        implements CandourEvent {

    public static final String TYPE = "candour.RelevantPersonIdentified.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
