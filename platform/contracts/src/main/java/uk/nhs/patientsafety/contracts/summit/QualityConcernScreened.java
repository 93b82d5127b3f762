package uk.nhs.patientsafety.contracts.summit;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A quality concern was screened: no action, monitoring until a review date, or a summit requested. Schema: {@code schemas/summit/QualityConcernScreened.v1.json}.
 *
 * <p>Optional (may be null): region, reviewOn, summitId.
 */
public record QualityConcernScreened(
        String concernId,
        String providerOds,
        String region,
        String outcome,
        LocalDate reviewOn,
        String summitId,
        String screenedByOds,
        Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "summit.QualityConcernScreened.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.SUMMIT_EVENTS;
    }

    @Override
    public String subject() {
        return concernId;
    }
}
