package uk.nhs.patientsafety.contracts.summit;

import java.time.Instant;
import java.util.List;

/**
 * A risk summit's outcomes were recorded; every participant, the provider included, is told (participantOds). Schema: {@code schemas/summit/RiskSummitOutcomeRecorded.v1.json}.
 *
 * <p>Optional (may be null): region.
 */
public record RiskSummitOutcomeRecorded(
        String summitId,
        String providerOds,
        String region,
        int round,
        String escalationDecision,
        boolean followUpNeeded,
        int actionCount,
        List<String> participantOds,
        Instant occurredAt)
        implements SummitEvent {

    public static final String TYPE = "summit.RiskSummitOutcomeRecorded.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return summitId;
    }
}
