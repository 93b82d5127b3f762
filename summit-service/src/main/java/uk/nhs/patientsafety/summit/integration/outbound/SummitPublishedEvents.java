package uk.nhs.patientsafety.summit.integration.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.summit.FollowUpSummitScheduled;
import uk.nhs.patientsafety.contracts.summit.RiskSummitActionAssigned;
import uk.nhs.patientsafety.contracts.summit.RiskSummitActionOverdue;
import uk.nhs.patientsafety.contracts.summit.RiskSummitConcluded;
import uk.nhs.patientsafety.contracts.summit.RiskSummitConvened;
import uk.nhs.patientsafety.contracts.summit.RiskSummitHeld;
import uk.nhs.patientsafety.contracts.summit.RiskSummitOutcomeRecorded;
import uk.nhs.patientsafety.contracts.summit.RiskSummitRequested;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboundEventMapper;
import uk.nhs.patientsafety.summit.events.SummitEvents;
import uk.nhs.patientsafety.summit.events.SummitEvents.SummitEvent;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * What the platform hears about risk summits ({@code summit.events.v1}): ids, ODS codes, codes, dates and counts. The
 * chair, the actions' descriptions, the communications line and the pack stay inside; the outcome event names every
 * participant so each, the provider included, can be told (G3). Action warnings and completions stay inside.
 */
@ApplicationScoped
public class SummitPublishedEvents implements OutboundEventMapper {

    @Inject
    Commissioning commissioning;

    @Override
    public List<ContractEvent> toContractEvents(EventMessage<?> message) {
        if (!(message.getPayload() instanceof SummitEvent event)) {
            return List.of();
        }
        Instant at = message.getTimestamp();
        String id = event.summitId();
        String ods = event.providerOds();
        String region = commissioning.regionOf(ods).orElse(null);
        ContractEvent published = null;
        if (event instanceof SummitEvents.RiskSummitRequested e) {
            published = new RiskSummitRequested(id, ods, region, e.convenorOds(), e.format(), e.concernId(), at);
        } else if (event instanceof SummitEvents.RiskSummitConvened e) {
            published = new RiskSummitConvened(
                    id, ods, e.convenorOds(), region, e.format(), e.heldOn(), at, e.round(), e.invitees());
        } else if (event instanceof SummitEvents.RiskSummitHeld e) {
            published = new RiskSummitHeld(id, ods, region, e.round(), e.attendees(), at);
        } else if (event instanceof SummitEvents.RiskSummitOutcomeRecorded e) {
            published = new RiskSummitOutcomeRecorded(
                    id,
                    ods,
                    region,
                    e.round(),
                    e.escalationDecision(),
                    e.followUpNeeded(),
                    e.actionCount(),
                    e.participants(),
                    at);
        } else if (event instanceof SummitEvents.RiskSummitActionAssigned e) {
            published = new RiskSummitActionAssigned(id, ods, region, e.actionId(), e.ownerOds(), e.dueOn(), at);
        } else if (event instanceof SummitEvents.RiskSummitActionOverdue e) {
            published = new RiskSummitActionOverdue(
                    id, ods, region, e.actionId(), e.ownerOds(), e.convenorOds(), e.dueOn(), at);
        } else if (event instanceof SummitEvents.FollowUpSummitScheduled e) {
            published = new FollowUpSummitScheduled(id, ods, region, e.round(), e.heldOn(), at);
        } else if (event instanceof SummitEvents.RiskSummitConcluded e) {
            published = new RiskSummitConcluded(id, ods, region, e.deescalatedTo(), at);
        }
        return published == null ? List.of() : List.of(published);
    }
}
