package uk.nhs.patientsafety.contracts.summit;

import java.time.Instant;
import java.util.List;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A quality concern was raised about a provider, by a person or by an automatic rule; its description stays in summit-service. Schema: {@code schemas/summit/QualityConcernRaised.v1.json}.
 *
 * <p>Optional (may be null): region, rule.
 */
public record QualityConcernRaised(
        String concernId,
        String providerOds,
        String region,
        String raisedByOds,
        String source,
        String rule,
        List<String> linkedIncidentIds,
        Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "summit.QualityConcernRaised.v1";

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
