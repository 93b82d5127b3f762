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
 * Incidents that may carry an action plan, and whose they are (table {@code known_incident}): recorded from
 * incident-service's events, so a provider records actions only for its own incidents whose response reached that
 * point.
 */
@ApplicationScoped
public class KnownIncidents {

    public record Known(String incidentId, String providerOds, String framework) {}

    @Inject
    AgroalDataSource dataSource;

    public void record(String incidentId, String providerOds, String framework) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO known_incident (incident_id, provider_ods, framework) VALUES (?, ?, ?)"
                                + " ON CONFLICT (incident_id) DO NOTHING")) {
            insert.setString(1, incidentId);
            insert.setString(2, providerOds);
            insert.setString(3, framework);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("A known incident could not be recorded", e);
        }
    }

    public Optional<Known> find(String incidentId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT provider_ods, framework FROM known_incident WHERE incident_id = ?")) {
            query.setString(1, incidentId);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new Known(incidentId, row.getString(1), row.getString(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Known incidents could not be read", e);
        }
    }

    /** Records which provider and framework a new safety action belongs to, in the caller's transaction. */
    public void recordAction(String actionId, String providerOds, String framework) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO safety_action_owner (action_id, provider_ods, framework) VALUES (?, ?, ?)")) {
            insert.setString(1, actionId);
            insert.setString(2, providerOds);
            insert.setString(3, framework);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("A safety action's owner could not be recorded", e);
        }
    }

    public Optional<Known> actionOwner(String actionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT provider_ods, framework FROM safety_action_owner WHERE action_id = ?")) {
            query.setString(1, actionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new Known(actionId, row.getString(1), row.getString(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Safety action owners could not be read", e);
        }
    }
}
