package uk.nhs.patientsafety.candour.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Which provider a case belongs to ({@code candour_case_owner}): written by the inbound listener in the same
 * transaction as the case's first event, so an action is authorised even before the read model has caught up.
 */
@ApplicationScoped
public class CaseOwners {

    @Inject
    AgroalDataSource dataSource;

    public void register(String caseId, String incidentId, String providerOds) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO candour_case_owner (case_id, incident_id, provider_ods) VALUES (?, ?, ?)"
                                + " ON CONFLICT (case_id) DO NOTHING")) {
            insert.setString(1, caseId);
            insert.setString(2, incidentId);
            insert.setString(3, providerOds);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("A candour case's owner could not be recorded", e);
        }
    }

    /** The cases of an incident, one per patient. */
    public java.util.List<String> casesOf(String incidentId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT case_id FROM candour_case_owner WHERE incident_id = ? ORDER BY case_id")) {
            query.setString(1, incidentId);
            java.util.List<String> cases = new java.util.ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    cases.add(row.getString(1));
                }
            }
            return cases;
        } catch (SQLException e) {
            throw new IllegalStateException("Candour case owners could not be read", e);
        }
    }

    public Optional<String> providerOf(String caseId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT provider_ods FROM candour_case_owner WHERE case_id = ?")) {
            query.setString(1, caseId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Candour case owners could not be read", e);
        }
    }
}
