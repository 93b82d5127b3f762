package uk.nhs.patientsafety.eventsourcing.inbound;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Kafka delivers at least once, so every consumer sees duplicates. This records each (consumer, CloudEvents id) in
 * the same transaction as the consumer's effect: the effect happens once, or not at all if it fails.
 */
@ApplicationScoped
public class Deduplicator {

    private static final String CLAIM =
            "INSERT INTO processed_message (consumer, message_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

    @Inject
    AgroalDataSource dataSource;

    /**
     * Runs {@code effect} unless {@code consumer} has already processed {@code messageId}.
     *
     * @return whether the effect ran
     */
    @Transactional
    public boolean once(String consumer, String messageId, Runnable effect) {
        if (!claim(consumer, messageId)) {
            return false;
        }
        effect.run();
        return true;
    }

    private boolean claim(String consumer, String messageId) {
        // A concurrent duplicate blocks on the uncommitted row, then finds it (or claims it if the first rolled back).
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(CLAIM)) {
            insert.setString(1, consumer);
            insert.setString(2, messageId);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record processed message " + messageId, e);
        }
    }
}
