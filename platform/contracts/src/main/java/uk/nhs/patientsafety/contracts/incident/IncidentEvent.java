package uk.nhs.patientsafety.contracts.incident;

import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/** An event published on {@code incident.events.v1}, keyed by its {@code incidentId}. */
public interface IncidentEvent extends ContractEvent {

    @Override
    default String topic() {
        return Topics.INCIDENT_EVENTS;
    }

    /** The aggregate id. */
    String incidentId();

    @Override
    default String subject() {
        return incidentId();
    }
}
