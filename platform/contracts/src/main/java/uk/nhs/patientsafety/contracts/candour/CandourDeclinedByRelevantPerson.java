package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;

/**
 * The relevant person declined to speak, or could not be contacted: the statutory steps close with the record of attempts kept (reg 20(5)). Schema: {@code schemas/candour/CandourDeclinedByRelevantPerson.v1.json}.
 */
public record CandourDeclinedByRelevantPerson(
        String candourCaseId, String incidentId, String providerOds, Instant occurredAt, String exemption, int attempts)
        implements CandourEvent {

    public static final String TYPE = "candour.CandourDeclinedByRelevantPerson.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
