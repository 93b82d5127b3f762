package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;

/**
 * An incident was assessed for the statutory Duty of Candour. Schema: {@code schemas/candour/CandourAssessed.v1.json}.
 *
 * <p>Optional (may be null): ruleset, harmCategory, potential (absent in events published before 2026-12-01).
 */
public record CandourAssessed(
        String candourCaseId,
        String incidentId,
        String providerOds,
        boolean applicable,
        Instant occurredAt,
        String ruleset,
        String harmCategory,
        Boolean potential)
        implements CandourEvent {

    public static final String TYPE = "candour.CandourAssessed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
