package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;

/**
 * An attempt to contact the relevant person was recorded (reg 20(5) record of attempts). Schema: {@code schemas/candour/CandourContactAttempted.v1.json}.
 */
public record CandourContactAttempted(
        String candourCaseId,
        String incidentId,
        String providerOds,
        Instant occurredAt,
        Instant attemptedAt,
        String method,
        boolean successful,
        int attempt)
        implements CandourEvent {

    public static final String TYPE = "candour.CandourContactAttempted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
