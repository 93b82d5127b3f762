package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;

/** The lead commissioner escalated the case to a quality forum. Schema: {@code schemas/assurance/EscalatedToQualityForum.v1.json}. */
public record EscalatedToQualityForum(
        String assuranceCaseId,
        String incidentId,
        String providerOds,
        String commissionerOds,
        Instant occurredAt,
        String forum)
        implements AssuranceEvent {

    public static final String TYPE = "assurance.EscalatedToQualityForum.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
