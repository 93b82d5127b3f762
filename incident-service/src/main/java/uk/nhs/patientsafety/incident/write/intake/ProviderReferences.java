package uk.nhs.patientsafety.incident.write.intake;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The provider's own reference of each incident and its latest revision, kept in step with the event store (same
 * transaction), so that ownership is known the moment an incident exists — before any projection has caught up.
 */
@ApplicationScoped
public class ProviderReferences {

    public record Entry(String providerOds, String reference, String incidentId, int revision) {}

    @Inject
    AgroalDataSource dataSource;

    /** Locks the row for the rest of the transaction, so two revisions of one record queue up. */
    Optional<Entry> lockByReference(String providerOds, String reference) {
        return one(
                "SELECT provider_ods, reference, incident_id, revision FROM provider_reference"
                        + " WHERE provider_ods = ? AND reference = ? FOR UPDATE",
                providerOds,
                reference);
    }

    /** Records a new reference, unless the provider already has it: returns whether this call recorded it. */
    boolean claim(Entry entry) {
        return execute(
                        "INSERT INTO provider_reference (provider_ods, reference, incident_id, revision) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (provider_ods, reference) DO NOTHING",
                        entry.providerOds(),
                        entry.reference(),
                        entry.incidentId(),
                        entry.revision())
                == 1;
    }

    void updateRevision(Entry entry) {
        execute(
                "UPDATE provider_reference SET revision = ? WHERE provider_ods = ? AND reference = ?"
                        + " AND incident_id = ?",
                entry.revision(),
                entry.providerOds(),
                entry.reference(),
                entry.incidentId());
    }

    private Optional<Entry> one(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new Entry(row.getString(1), row.getString(2), row.getString(3), row.getInt(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Provider references could not be read", e);
        }
    }

    private int execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            // A unique violation here is a concurrent claim: IdempotentRequests recognises it and answers again.
            throw new IllegalStateException("Provider references could not be written", e);
        }
    }
}
