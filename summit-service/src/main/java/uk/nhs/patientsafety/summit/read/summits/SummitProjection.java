package uk.nhs.patientsafety.summit.read.summits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import uk.nhs.patientsafety.eventsourcing.projection.BatchedWrites;
import uk.nhs.patientsafety.summit.events.SummitEvents.*;
import uk.nhs.patientsafety.summit.events.SummitStatus;

/** Keeps {@code summit_view} and {@code summit_action_view} in step with the event store; a replay rebuilds both. */
@ApplicationScoped
@ProcessingGroup(SummitProjection.GROUP)
public class SummitProjection {

    public static final String GROUP = "summit.summits";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @ResetHandler
    void reset() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM summit_action_view");
            delete.executeUpdate("DELETE FROM summit_view");
        }
    }

    @EventHandler
    void on(RiskSummitRequested event, @Timestamp Instant at) {
        execute(
                "INSERT INTO summit_view (summit_id, provider_ods, format, convenor_ods, concern_id, status,"
                        + " requested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                event.summitId(),
                event.providerOds(),
                event.format(),
                event.convenorOds(),
                event.concernId(),
                status(event),
                event.requestedAt(),
                at);
    }

    @EventHandler
    void on(RiskSummitConvened event, @Timestamp Instant at) throws JsonProcessingException {
        execute(
                "UPDATE summit_view SET status = ?, round = ?, chair = ?, held_on = ?, invitees = ARRAY(SELECT DISTINCT o"
                        + " FROM unnest(invitees || string_to_array(?, ',')) o WHERE o <> '' ORDER BY o),"
                        + " intelligence_pack = ?::jsonb, updated_at = ? WHERE summit_id = ?",
                status(event),
                event.round(),
                event.chair(),
                event.heldOn(),
                String.join(",", event.invitees()),
                json.writeValueAsString(event.intelligencePack() == null ? List.of() : event.intelligencePack()),
                at,
                event.summitId());
    }

    @EventHandler
    void on(RiskSummitHeld event, @Timestamp Instant at) {
        execute(
                "UPDATE summit_view SET status = ?, attendees = string_to_array(?, ','), updated_at = ?"
                        + " WHERE summit_id = ?",
                status(event),
                String.join(",", event.attendees()),
                at,
                event.summitId());
    }

    @EventHandler
    void on(RiskSummitOutcomeRecorded event, @Timestamp Instant at) {
        execute(
                "UPDATE summit_view SET status = ?, escalation_decision = ?, follow_up_needed = ?,"
                        + " communications_line = ?, updated_at = ? WHERE summit_id = ?",
                status(event),
                event.escalationDecision(),
                event.followUpNeeded(),
                event.communicationsLine(),
                at,
                event.summitId());
    }

    @EventHandler
    void on(RiskSummitActionAssigned event, @Timestamp Instant at) {
        execute(
                "INSERT INTO summit_action_view (action_id, summit_id, round, description, owner_ods, due_on, state,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, 'assigned', ?)",
                event.actionId(),
                event.summitId(),
                event.round(),
                event.description(),
                event.ownerOds(),
                event.dueOn(),
                at);
    }

    @EventHandler
    void on(RiskSummitActionOverdue event, @Timestamp Instant at) {
        execute(
                "UPDATE summit_action_view SET overdue = true, updated_at = ? WHERE action_id = ?",
                at,
                event.actionId());
    }

    @EventHandler
    void on(SummitActionCompleted event, @Timestamp Instant at) {
        actionState(event.actionId(), "completed", at);
    }

    @EventHandler
    void on(SummitActionCancelled event, @Timestamp Instant at) {
        actionState(event.actionId(), "cancelled", at);
    }

    @EventHandler
    void on(FollowUpSummitScheduled event, @Timestamp Instant at) {
        execute(
                "UPDATE summit_view SET status = ?, round = ?, held_on = ?, attendees = '{}', updated_at = ?"
                        + " WHERE summit_id = ?",
                status(event),
                event.round(),
                event.heldOn(),
                at,
                event.summitId());
    }

    @EventHandler
    void on(RiskSummitConcluded event, @Timestamp Instant at) {
        execute(
                "UPDATE summit_view SET status = ?, deescalated_to = ?, updated_at = ? WHERE summit_id = ?",
                status(event),
                event.deescalatedTo(),
                at,
                event.summitId());
    }

    private void actionState(String actionId, String state, Instant at) {
        execute("UPDATE summit_action_view SET state = ?, updated_at = ? WHERE action_id = ?", state, at, actionId);
    }

    private static String status(SummitEvent event) {
        return SummitStatus.after(event).orElseThrow().code();
    }

    private void execute(String sql, Object... parameters) {
        BatchedWrites.current(dataSource).add(sql, parameters);
    }
}
