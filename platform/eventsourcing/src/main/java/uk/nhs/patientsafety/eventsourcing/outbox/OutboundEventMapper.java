package uk.nhs.patientsafety.eventsourcing.outbox;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import uk.nhs.patientsafety.contracts.ContractEvent;

/**
 * A service's translation of its internal events into the published language. Internal events that are not
 * published map to an empty list; this is where patient identifiers are left behind.
 */
public interface OutboundEventMapper {

    List<ContractEvent> toContractEvents(EventMessage<?> event);
}
