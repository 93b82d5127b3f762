package uk.nhs.patientsafety.summit.read.escalations;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import uk.nhs.patientsafety.eventsourcing.projection.BatchedWrites;
import uk.nhs.patientsafety.eventsourcing.readmodel.Sql;
import uk.nhs.patientsafety.summit.events.EscalationEvents.*;
import uk.nhs.patientsafety.summit.events.EscalationStatus;

/** Keeps {@code escalation_view} in step with the event store; a replay rebuilds it. */
@ApplicationScoped
@ProcessingGroup(EscalationProjection.GROUP)
public class EscalationProjection {

    public static final String GROUP = "summit.escalations";

    @Inject
    AgroalDataSource dataSource;

    @ResetHandler
    void reset() {
        Sql.deleteAll(dataSource, "escalation_view");
    }

    @EventHandler
    void on(EscalationRaised event, @Timestamp Instant at) {
        execute(
                "INSERT INTO escalation_view (escalation_id, provider_ods, region, direction, raised_by_ods,"
                        + " raised_to_ods, recipients, status, summary, concern_id, summit_id, raised_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ARRAY[?], ?, ?, ?, ?, ?, ?)",
                event.escalationId(),
                event.providerOds(),
                event.region(),
                event.direction(),
                event.raisedByOds(),
                event.raisedToOds(),
                event.raisedToOds(),
                status(event),
                event.summary(),
                event.concernId(),
                event.summitId(),
                event.raisedAt(),
                at);
    }

    @EventHandler
    void on(EscalationClockSet event, @Timestamp Instant at) {
        String column = event.stage().equals("acknowledgement") ? "acknowledge_by" : "respond_by";
        execute(
                "UPDATE escalation_view SET " + column + " = ?, updated_at = ? WHERE escalation_id = ?",
                event.dueOn(),
                at,
                event.escalationId());
    }

    @EventHandler
    void on(EscalationClockMet event, @Timestamp Instant at) {
        execute(
                "UPDATE escalation_view SET overdue = false, updated_at = ? WHERE escalation_id = ?",
                at,
                event.escalationId());
    }

    @EventHandler
    void on(EscalationOverdue event, @Timestamp Instant at) {
        execute(
                "UPDATE escalation_view SET overdue = true, updated_at = ? WHERE escalation_id = ?",
                at,
                event.escalationId());
    }

    @EventHandler
    void on(EscalationReEscalated event, @Timestamp Instant at) {
        execute(
                "UPDATE escalation_view SET status = ?, direction = ?, raised_to_ods = ?,"
                        + " recipients = array_append(recipients, ?), overdue = false, respond_by = NULL,"
                        + " re_escalations = re_escalations + 1, updated_at = ? WHERE escalation_id = ?",
                status(event),
                event.toDirection(),
                event.raisedToOds(),
                event.raisedToOds(),
                at,
                event.escalationId());
    }

    @EventHandler
    void on(EscalationAcknowledged event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(EscalationResponseIssued event, @Timestamp Instant at) {
        execute(
                "UPDATE escalation_view SET status = ?, decision = ?, response_actions = ?, action_owner_ods = ?,"
                        + " updated_at = ? WHERE escalation_id = ?",
                status(event),
                event.decision(),
                event.actions(),
                event.ownerOds(),
                at,
                event.escalationId());
    }

    @EventHandler
    void on(EscalationFeedbackAcknowledged event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(EscalationClosed event, @Timestamp Instant at) {
        status(event, at);
    }

    private void status(EscalationEvent event, Instant at) {
        execute(
                "UPDATE escalation_view SET status = ?, updated_at = ? WHERE escalation_id = ?",
                status(event),
                at,
                event.escalationId());
    }

    private static String status(EscalationEvent event) {
        return EscalationStatus.after(event).orElseThrow().code();
    }

    private void execute(String sql, Object... parameters) {
        BatchedWrites.current(dataSource).add(sql, parameters);
    }
}
