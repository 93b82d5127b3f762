package uk.nhs.patientsafety.incident.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.eventsourcing.readmodel.Sql;

/**
 * Which provider reported an incident, from intake's {@code provider_reference} table: written in the same
 * transaction as the incident's first event, so it is never behind the event store (the read model may be).
 */
@ApplicationScoped
public class IncidentOwners {

    @Inject
    AgroalDataSource dataSource;

    public Optional<String> providerOf(String incidentId) {
        return Sql.firstText(
                dataSource, "SELECT provider_ods FROM provider_reference WHERE incident_id = ?", List.of(incidentId));
    }
}
