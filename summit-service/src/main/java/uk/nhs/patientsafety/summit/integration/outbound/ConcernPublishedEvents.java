package uk.nhs.patientsafety.summit.integration.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.summit.QualityConcernRaised;
import uk.nhs.patientsafety.contracts.summit.QualityConcernScreened;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboundEventMapper;
import uk.nhs.patientsafety.summit.events.ConcernEvents;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * What the platform hears about quality concerns ({@code summit.events.v1}): ids, codes and dates — never the
 * description, the service named or a screening reason, which are free text. Review clocks and closure stay inside.
 */
@ApplicationScoped
public class ConcernPublishedEvents implements OutboundEventMapper {

    @Inject
    Commissioning commissioning;

    @Override
    public List<ContractEvent> toContractEvents(EventMessage<?> message) {
        if (!(message.getPayload() instanceof ConcernEvents.ConcernEvent event)) {
            return List.of();
        }
        Instant at = message.getTimestamp();
        String region = commissioning.regionOf(event.providerOds()).orElse(null);
        if (event instanceof ConcernEvents.QualityConcernRaised e) {
            return List.of(new QualityConcernRaised(
                    e.concernId(),
                    e.providerOds(),
                    region,
                    e.raisedByOds(),
                    e.source(),
                    e.rule(),
                    e.linkedIncidents() == null ? List.of() : e.linkedIncidents(),
                    at));
        }
        if (event instanceof ConcernEvents.QualityConcernScreened e) {
            return List.of(new QualityConcernScreened(
                    e.concernId(), e.providerOds(), region, e.outcome(), e.reviewOn(), null, e.screenedByOds(), at));
        }
        if (event instanceof ConcernEvents.ConcernSummitRequested e) {
            return List.of(new QualityConcernScreened(
                    e.concernId(),
                    e.providerOds(),
                    region,
                    "summit_requested",
                    null,
                    e.summitId(),
                    e.requestedByOds(),
                    at));
        }
        return List.of();
    }
}
