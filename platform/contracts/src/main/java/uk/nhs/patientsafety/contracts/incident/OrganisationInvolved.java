package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * Another organisation is involved in a cross-organisation incident; it can be notified from this. Schema: {@code schemas/incident/OrganisationInvolved.v1.json}.
 */
public record OrganisationInvolved(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String organisationOds,
        boolean coordinating)
        implements ContractEvent {

    public static final String TYPE = "incident.OrganisationInvolved.v1";
    public static final String TOPIC = Topics.INCIDENT_EVENTS;

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return incidentId;
    }
}
