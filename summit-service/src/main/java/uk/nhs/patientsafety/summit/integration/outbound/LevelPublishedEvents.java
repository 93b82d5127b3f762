package uk.nhs.patientsafety.summit.integration.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.escalation.EscalationLevelChanged;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboundEventMapper;
import uk.nhs.patientsafety.summit.events.LevelEvents;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * A provider's level changes on {@code escalation.events.v1}, with the provider's {@code region} (from commissioning)
 * so the gateway's escalation stream reaches that region only. The decision-maker and rationale stay inside; review
 * clocks too.
 */
@ApplicationScoped
public class LevelPublishedEvents implements OutboundEventMapper {

    @Inject
    Commissioning commissioning;

    @Override
    public List<ContractEvent> toContractEvents(EventMessage<?> message) {
        if (message.getPayload() instanceof LevelEvents.EscalationLevelChanged e) {
            return List.of(new EscalationLevelChanged(
                    e.providerOds(),
                    commissioning.regionOf(e.providerOds()).orElse(null),
                    e.fromLevel(),
                    e.toLevel(),
                    e.reviewOn(),
                    message.getTimestamp(),
                    e.decidedByOds()));
        }
        return List.of();
    }
}
