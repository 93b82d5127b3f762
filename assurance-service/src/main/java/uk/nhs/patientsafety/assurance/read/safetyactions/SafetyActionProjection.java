package uk.nhs.patientsafety.assurance.read.safetyactions;

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
import uk.nhs.patientsafety.assurance.events.ActionEvents.*;
import uk.nhs.patientsafety.assurance.events.ActionStatus;
import uk.nhs.patientsafety.eventsourcing.projection.BatchedWrites;

/** Keeps {@code safety_action_view}, one row per safety action, in step with the event store. */
@ApplicationScoped
@ProcessingGroup(SafetyActionProjection.GROUP)
public class SafetyActionProjection {

    public static final String GROUP = "assurance.safety-actions";

    @Inject
    AgroalDataSource dataSource;

    @ResetHandler
    void reset() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM safety_action_view")) {
            delete.executeUpdate();
        }
    }

    @EventHandler
    void on(SafetyActionProposed event, @Timestamp Instant at) {
        execute(
                "INSERT INTO safety_action_view (action_id, plan_id, incident_id, provider_ods, framework,"
                        + " commissioner_ods, status, description, owner_ods, owner_role, due_on, measure_of_success,"
                        + " proposed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.key().actionId(),
                event.key().planId(),
                event.key().incidentId(),
                event.key().providerOds(),
                event.key().framework(),
                event.key().commissionerOds(),
                status(event),
                event.description(),
                event.ownerOds(),
                event.ownerRole(),
                event.dueOn(),
                event.measureOfSuccess(),
                event.proposedAt(),
                at);
    }

    @EventHandler
    void on(SafetyActionAgreed event, @Timestamp Instant at) {
        update(event, at, "status = ?, agreed_by = ?", status(event), event.by());
    }

    @EventHandler
    void on(SafetyActionStarted event, @Timestamp Instant at) {
        update(event, at, "status = ?", status(event));
    }

    @EventHandler
    void on(SafetyActionEvidenceSubmitted event, @Timestamp Instant at) {
        update(event, at, "status = ?, evidence = ?, overdue = false", status(event), event.evidence());
    }

    @EventHandler
    void on(SafetyActionEvidenceRejected event, @Timestamp Instant at) {
        update(event, at, "status = ?, rejection_reasons = ?", status(event), event.reasons());
    }

    @EventHandler
    void on(SafetyActionVerified event, @Timestamp Instant at) {
        update(
                event,
                at,
                "status = ?, verified_by = ?, verified_at = ?, overdue = false",
                status(event),
                event.by(),
                at);
    }

    @EventHandler
    void on(SafetyActionEscalated event, @Timestamp Instant at) {
        update(event, at, "escalated_forum = ?, escalation_reason = ?", event.forum(), event.reason());
    }

    @EventHandler
    void on(ActionDeadlineSet event) {
        execute(
                "UPDATE safety_action_view SET due_at = ?, clock_state = 'open', due_soon = false WHERE action_id = ?",
                event.dueAt(),
                event.key().actionId());
    }

    @EventHandler
    void on(ActionDeadlineMet event) {
        execute(
                "UPDATE safety_action_view SET clock_state = 'met' WHERE action_id = ?",
                event.key().actionId());
    }

    @EventHandler
    void on(ActionDueSoon event) {
        execute(
                "UPDATE safety_action_view SET due_soon = true WHERE action_id = ?",
                event.key().actionId());
    }

    @EventHandler
    void on(SafetyActionOverdue event) {
        execute(
                "UPDATE safety_action_view SET clock_state = 'breached', overdue = true WHERE action_id = ?",
                event.key().actionId());
    }

    private static String status(ActionEvent event) {
        return ActionStatus.after(event).orElseThrow().code();
    }

    private void update(ActionEvent event, Instant at, String set, Object... values) {
        Object[] parameters = new Object[values.length + 2];
        System.arraycopy(values, 0, parameters, 0, values.length);
        parameters[values.length] = at;
        parameters[values.length + 1] = event.key().actionId();
        execute("UPDATE safety_action_view SET " + set + ", updated_at = ? WHERE action_id = ?", parameters);
    }

    private void execute(String sql, Object... parameters) {
        BatchedWrites.current(dataSource).add(sql, parameters);
    }
}
