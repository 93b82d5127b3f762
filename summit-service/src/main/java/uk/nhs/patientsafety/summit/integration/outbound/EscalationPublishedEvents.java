package uk.nhs.patientsafety.summit.integration.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.escalation.EscalationAcknowledged;
import uk.nhs.patientsafety.contracts.escalation.EscalationClosed;
import uk.nhs.patientsafety.contracts.escalation.EscalationFeedbackAcknowledged;
import uk.nhs.patientsafety.contracts.escalation.EscalationOverdue;
import uk.nhs.patientsafety.contracts.escalation.EscalationRaised;
import uk.nhs.patientsafety.contracts.escalation.EscalationResponseIssued;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboundEventMapper;
import uk.nhs.patientsafety.summit.events.EscalationEvents;
import uk.nhs.patientsafety.summit.events.EscalationEvents.EscalationEvent;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * What NHS England regions and the platform hear about escalations ({@code escalation.events.v1}), each event with
 * the provider's {@code region} so the gateway's stream reaches that region only: ids, ODS codes, codes and dates —
 * never the summary or the response's actions. An automatic re-escalation is published as a new
 * {@code EscalationRaised} at the next level (with who failed to act below), after the {@code EscalationOverdue}.
 */
@ApplicationScoped
public class EscalationPublishedEvents implements OutboundEventMapper {

    @Inject
    Commissioning commissioning;

    @Override
    public List<ContractEvent> toContractEvents(EventMessage<?> message) {
        if (!(message.getPayload() instanceof EscalationEvent event)) {
            return List.of();
        }
        Instant at = message.getTimestamp();
        String id = event.escalationId();
        String ods = event.providerOds();
        String region = commissioning.regionOf(ods).orElse(null);
        ContractEvent published = null;
        if (event instanceof EscalationEvents.EscalationRaised e) {
            published = new EscalationRaised(
                    id, ods, e.raisedByOds(), e.raisedToOds(), e.region(), at, e.direction(), null);
        } else if (event instanceof EscalationEvents.EscalationReEscalated e) {
            published = new EscalationRaised(
                    id, ods, e.raisedByOds(), e.raisedToOds(), region, at, e.toDirection(), e.previousRaisedToOds());
        } else if (event instanceof EscalationEvents.EscalationAcknowledged e) {
            published = new EscalationAcknowledged(id, ods, region, e.byOds(), at);
        } else if (event instanceof EscalationEvents.EscalationResponseIssued e) {
            published = new EscalationResponseIssued(id, ods, region, e.decision(), e.ownerOds(), e.byOds(), at);
        } else if (event instanceof EscalationEvents.EscalationFeedbackAcknowledged e) {
            published = new EscalationFeedbackAcknowledged(id, ods, region, e.byOds(), at);
        } else if (event instanceof EscalationEvents.EscalationOverdue e) {
            published = new EscalationOverdue(
                    id, ods, region, e.stage(), e.direction(), e.raisedToOds(), e.dueOn(), e.reEscalatedToOds(), at);
        } else if (event instanceof EscalationEvents.EscalationClosed e) {
            published = new EscalationClosed(id, ods, region, e.byOds(), at);
        }
        return published == null ? List.of() : List.of(published);
    }
}
