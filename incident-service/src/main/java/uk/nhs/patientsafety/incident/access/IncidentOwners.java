package uk.nhs.patientsafety.incident.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Which provider reported an incident, from intake's {@code provider_reference} table: written in the same
 * transaction as the incident's first event, so it is never behind the event store (the read model may be).
 */
@ApplicationScoped
public class IncidentOwners {

    @Inject
    AgroalDataSource dataSource;

    public Optional<String> providerOf(String incidentId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT provider_ods FROM provider_reference WHERE incident_id = ?")) {
            query.setString(1, incidentId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Incident owners could not be read", e);
        }
    }
}
