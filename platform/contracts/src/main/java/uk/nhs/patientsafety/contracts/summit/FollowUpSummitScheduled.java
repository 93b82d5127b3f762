package uk.nhs.patientsafety.contracts.summit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up risk summit was scheduled; it is convened again. Schema: {@code schemas/summit/FollowUpSummitScheduled.v1.json}.
 *
 * <p>Optional (may be null): region.
 */
public record FollowUpSummitScheduled(
        String summitId, String providerOds, String region, int round, LocalDate heldOn, Instant occurredAt)
        implements SummitEvent {

    public static final String TYPE = "summit.FollowUpSummitScheduled.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return summitId;
    }
}
