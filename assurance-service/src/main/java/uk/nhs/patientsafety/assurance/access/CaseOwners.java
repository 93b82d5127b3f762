package uk.nhs.patientsafety.assurance.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Which provider's incident each case assures, in table {@code case_owner}: written in the same transaction as the
 * case's first event (by the inbound listener), so an authorisation is never behind the event store.
 */
@ApplicationScoped
public class CaseOwners {

    @Inject
    AgroalDataSource dataSource;

    public void record(String caseId, String incidentId, String providerOds) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO case_owner (case_id, incident_id, provider_ods) VALUES (?, ?, ?)"
                                + " ON CONFLICT (case_id) DO NOTHING")) {
            insert.setString(1, caseId);
            insert.setString(2, incidentId);
            insert.setString(3, providerOds);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("A case's owner could not be recorded", e);
        }
    }

    public Optional<String> providerOf(String caseId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT provider_ods FROM case_owner WHERE case_id = ?")) {
            query.setString(1, caseId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("A case's owner could not be read", e);
        }
    }
}
