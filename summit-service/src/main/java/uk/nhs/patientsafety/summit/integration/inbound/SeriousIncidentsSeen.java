package uk.nhs.patientsafety.summit.integration.inbound;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The serious incidents this service has heard of, per provider ({@code serious_incident_seen}), for the repeat-SI
 * rule. Written in the consumed event's transaction, so a redelivery neither counts twice nor loses a count.
 */
@ApplicationScoped
public class SeriousIncidentsSeen {

    @Inject
    AgroalDataSource dataSource;

    /** Records the incident; false when it was already recorded. */
    public boolean record(String incidentId, String providerOds, LocalDate identifiedOn) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO serious_incident_seen (incident_id, provider_ods, identified_on) VALUES (?, ?, ?)"
                                + " ON CONFLICT (incident_id) DO NOTHING")) {
            insert.setString(1, incidentId);
            insert.setString(2, providerOds);
            insert.setObject(3, identifiedOn);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("A serious incident could not be recorded", e);
        }
    }

    /** The provider's serious incidents identified from {@code from} to {@code to}, inclusive, oldest first. */
    public List<String> between(String providerOds, LocalDate from, LocalDate to) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT incident_id FROM serious_incident_seen WHERE provider_ods = ?"
                                + " AND identified_on BETWEEN ? AND ? ORDER BY identified_on, incident_id")) {
            query.setString(1, providerOds);
            query.setObject(2, from);
            query.setObject(3, to);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Serious incidents could not be read", e);
        }
    }
}
