package uk.nhs.patientsafety.incident.write.intake;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The stored results of requests sent with an {@code Idempotency-Key}, per provider, for replaying retries. */
@ApplicationScoped
public class IdempotencyKeys {

    /** What a request with this key was and what it got. */
    public record Stored(String requestHash, int status, String incidentId, String response) {}

    @Inject
    AgroalDataSource dataSource;

    Optional<Stored> find(String providerOds, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT request_hash, status, incident_id, response FROM idempotency_key"
                                + " WHERE provider_ods = ? AND key = ?")) {
            query.setString(1, providerOds);
            query.setString(2, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new Stored(row.getString(1), row.getInt(2), row.getString(3), row.getString(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency keys could not be read", e);
        }
    }

    void remember(String providerOds, String key, Stored result) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO idempotency_key (provider_ods, key, request_hash, status, incident_id, response)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, providerOds);
            insert.setString(2, key);
            insert.setString(3, result.requestHash());
            insert.setInt(4, result.status());
            insert.setString(5, result.incidentId());
            insert.setString(6, result.response());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new Duplicates.Wrapped(e);
        }
    }
}
