package uk.nhs.patientsafety.assurance.read.awareness;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import uk.nhs.patientsafety.assurance.events.AwarenessEvents.*;
import uk.nhs.patientsafety.eventsourcing.projection.BatchedWrites;

/** Keeps {@code awareness_view}, each ICB's feed, in step with the event store. */
@ApplicationScoped
@ProcessingGroup(AwarenessProjection.GROUP)
public class AwarenessProjection {

    public static final String GROUP = "assurance.awareness";

    @Inject
    AgroalDataSource dataSource;

    @ResetHandler
    void reset() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM awareness_view")) {
            delete.executeUpdate();
        }
    }

    @EventHandler
    void on(AwarenessItemRaised event) {
        execute(
                "INSERT INTO awareness_view (item_id, incident_id, provider_ods, icb_ods, framework, reasons,"
                        + " never_event_type, qualified_at, due_on) VALUES (?, ?, ?, ?, ?, string_to_array(?, ','),"
                        + " ?, ?, ?)",
                event.key().itemId(),
                event.key().incidentId(),
                event.key().providerOds(),
                event.key().icbOds(),
                event.key().framework(),
                String.join(",", event.reasons()),
                event.neverEventType(),
                event.qualifiedAt(),
                event.dueOn());
    }

    @EventHandler
    void on(AwarenessReasonsAdded event) {
        execute(
                "UPDATE awareness_view SET reasons = reasons || string_to_array(?, ',') WHERE item_id = ?",
                String.join(",", event.reasons()),
                event.key().itemId());
    }

    @EventHandler
    void on(AwarenessItemAcknowledged event, @Timestamp Instant at) {
        execute(
                "UPDATE awareness_view SET acknowledged_by = ?, acknowledged_at = ? WHERE item_id = ?",
                event.by(),
                at,
                event.key().itemId());
    }

    @EventHandler
    void on(AwarenessDeadlineSet event) {
        execute(
                "UPDATE awareness_view SET due_at = ? WHERE item_id = ?",
                event.dueAt(),
                event.key().itemId());
    }

    @EventHandler
    void on(AwarenessItemUnacknowledged event) {
        execute(
                "UPDATE awareness_view SET unacknowledged_past_due = true WHERE item_id = ?",
                event.key().itemId());
    }

    private void execute(String sql, Object... parameters) {
        BatchedWrites.current(dataSource).add(sql, parameters);
    }
}
