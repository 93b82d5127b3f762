package uk.nhs.patientsafety.incident.read.incidents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import uk.nhs.patientsafety.eventsourcing.projection.BatchedWrites;
import uk.nhs.patientsafety.incident.events.IncidentEvents.*;
import uk.nhs.patientsafety.incident.events.Status;
import uk.nhs.patientsafety.incident.reference.HarmCodes;

/**
 * Keeps {@code incident_view}, one row per incident, in step with the event store. Every write depends only on the
 * events, so a replay (reset, then the whole stream again) rebuilds the table exactly.
 */
@ApplicationScoped
@ProcessingGroup(IncidentProjection.GROUP)
public class IncidentProjection {

    public static final String GROUP = "incident.incidents";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @ResetHandler
    void reset() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM incident_view")) {
            delete.executeUpdate();
        }
    }

    @EventHandler
    void on(IncidentReported event, @Timestamp Instant at) {
        IncidentContent content = event.content();
        execute(
                "INSERT INTO incident_view (incident_id, provider_ods, provider_reference, revision, framework, kind,"
                        + " status, occurred_on, identified_at, reported_at, updated_at, description, immediate_actions,"
                        + " near_miss, never_event_type, outcome_type, risk_theme, risk_imminent, good_care, worst_harm,"
                        + " patients, national_requirement)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)",
                event.key().incidentId(),
                event.key().providerOds(),
                event.providerReference(),
                event.revision(),
                event.key().framework(),
                event.kind(),
                Status.after(event).orElseThrow().code(),
                content.occurredOn(),
                content.identifiedAt(),
                event.reportedAt(),
                at,
                content.description(),
                content.immediateActions(),
                content.nearMiss(),
                content.neverEventType(),
                content.outcomeType(),
                content.riskTheme(),
                content.riskImminent(),
                content.goodCare(),
                HarmCodes.worstOf(content.patients()),
                write(content.patients()),
                content.nationalRequirement());
    }

    @EventHandler
    void on(IncidentUpdated event, @Timestamp Instant at) {
        IncidentContent content = event.content();
        execute(
                "UPDATE incident_view SET revision = ?, occurred_on = ?, identified_at = ?, description = ?,"
                        + " immediate_actions = ?, near_miss = ?, never_event_type = ?, outcome_type = ?, risk_theme = ?,"
                        + " risk_imminent = ?, good_care = ?, worst_harm = ?, patients = ?::jsonb,"
                        + " national_requirement = ?, updated_at = ? WHERE incident_id = ?",
                event.revision(),
                content.occurredOn(),
                content.identifiedAt(),
                content.description(),
                content.immediateActions(),
                content.nearMiss(),
                content.neverEventType(),
                content.outcomeType(),
                content.riskTheme(),
                content.riskImminent(),
                content.goodCare(),
                HarmCodes.worstOf(content.patients()),
                write(content.patients()),
                content.nationalRequirement(),
                at,
                event.key().incidentId());
    }

    @EventHandler
    void on(HarmRegraded event, @Timestamp Instant at) throws SQLException, JsonProcessingException {
        String id = event.key().incidentId();
        ArrayNode patients =
                (ArrayNode) json.readTree(queryString("SELECT patients FROM incident_view WHERE incident_id = ?", id));
        List<PatientRecord> regraded = new java.util.ArrayList<>();
        for (var node : patients) {
            PatientRecord patient = json.treeToValue(node, PatientRecord.class);
            regraded.add(
                    patient.ref().equals(event.patientRef())
                            ? new PatientRecord(
                                    patient.ref(),
                                    patient.sealedIdentity(),
                                    patient.ageBand(),
                                    event.physicalHarm(),
                                    event.psychologicalHarm())
                            : patient);
        }
        execute(
                "UPDATE incident_view SET patients = ?::jsonb, worst_harm = ?, updated_at = ? WHERE incident_id = ?",
                write(regraded),
                HarmCodes.worstOf(regraded),
                at,
                id);
    }

    @EventHandler
    void on(OrganisationsInvolvedIdentified event, @Timestamp Instant at) {
        execute(
                "UPDATE incident_view SET involved_ods = ARRAY(SELECT DISTINCT o FROM unnest(involved_ods"
                        + " || string_to_array(?, ',')) o WHERE o <> '' ORDER BY o), coordinating_ods = ?,"
                        + " updated_at = ? WHERE incident_id = ?",
                String.join(",", event.organisations()),
                event.coordinating(),
                at,
                event.key().incidentId());
    }

    @EventHandler
    void on(SeriousIncidentDeclared event, @Timestamp Instant at) {
        execute(
                "UPDATE incident_view SET serious_incident = true, status = ?, identified_at = ?, updated_at = ?"
                        + " WHERE incident_id = ?",
                Status.after(event).orElseThrow().code(),
                event.identifiedAt(),
                at,
                event.key().incidentId());
    }

    @EventHandler
    void on(SeriousIncidentLoggedOnSteis event, @Timestamp Instant at) {
        set(event, at, "steis_log_number", event.logNumber());
    }

    @EventHandler
    void on(InitialReviewSubmitted event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(DowngradeRequested event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(DowngradeAgreed event, @Timestamp Instant at) {
        execute(
                "UPDATE incident_view SET serious_incident = false, status = ?, updated_at = ? WHERE incident_id = ?",
                Status.after(event).orElseThrow().code(),
                at,
                event.key().incidentId());
    }

    @EventHandler
    void on(DowngradeRefused event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(InvestigationLevelSet event, @Timestamp Instant at) {
        set(event, at, "investigation_level", event.level());
    }

    @EventHandler
    void on(InvestigationClockStopRequested event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(InvestigationClockStopRefused event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(InvestigationClockStopped event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(InvestigationClockRestarted event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(InvestigationReportSubmitted event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(FurtherInformationRequested event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(SeriousIncidentClosed event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(SeriousIncidentReopened event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(LearningResponseChosen event, @Timestamp Instant at) {
        execute(
                "UPDATE incident_view SET learning_response = ?, external_body = ?, status = ?, updated_at = ?"
                        + " WHERE incident_id = ?",
                event.responseType(),
                event.externalBody(),
                Status.after(event).orElseThrow().code(),
                at,
                event.key().incidentId());
    }

    @EventHandler
    void on(LearningResponseTimeframeAgreed event, @Timestamp Instant at) {
        set(event, at, "target_date", event.targetDate());
    }

    @EventHandler
    void on(FindingsAgreed event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(SafetyActionsAgreed event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(LearningResponseClosed event, @Timestamp Instant at) {
        status(event, at);
    }

    @EventHandler
    void on(DeadlineSet event) {
        ObjectNode deadline = json.createObjectNode()
                .put("dueOn", event.dueOn().toString())
                .put("dueAt", event.dueAt().toString())
                .put("state", "open");
        deadline(event.key().incidentId(), event.deadlineType(), deadline.toString());
    }

    @EventHandler
    void on(DeadlineMet event) {
        deadlineState(event.key().incidentId(), event.deadlineType(), "met");
    }

    @EventHandler
    void on(DeadlineSuspended event) {
        deadlineState(event.key().incidentId(), event.deadlineType(), "suspended");
    }

    @EventHandler
    void on(DeadlineBreached event) {
        deadlineState(event.key().incidentId(), event.deadlineType(), "breached");
    }

    @EventHandler
    void on(DeadlineApproaching event) {
        execute(
                "UPDATE incident_view SET deadlines = jsonb_set(deadlines, ARRAY[?]::text[], deadlines->? || '{\"approaching\":true}')"
                        + " WHERE incident_id = ? AND (deadlines->?) IS NOT NULL",
                event.deadlineType(),
                event.deadlineType(),
                event.key().incidentId(),
                event.deadlineType());
    }

    private void deadlineState(String incidentId, String type, String state) {
        execute(
                "UPDATE incident_view SET deadlines = jsonb_set(deadlines, ARRAY[?]::text[], deadlines->? || jsonb_build_object('state', ?::text))"
                        + " WHERE incident_id = ? AND (deadlines->?) IS NOT NULL",
                type,
                type,
                state,
                incidentId,
                type);
        nextDue(incidentId);
    }

    private void deadline(String incidentId, String type, String deadline) {
        execute(
                "UPDATE incident_view SET deadlines = jsonb_set(deadlines, ARRAY[?]::text[], ?::jsonb) WHERE incident_id = ?",
                type,
                deadline,
                incidentId);
        nextDue(incidentId);
    }

    /** The earliest deadline still running (open, or breached and not yet met): what "overdue" is judged by. */
    private void nextDue(String incidentId) {
        execute(
                "UPDATE incident_view SET next_due_at = (SELECT min((d.value->>'dueAt')::timestamptz)"
                        + " FROM jsonb_each(deadlines) d WHERE d.value->>'state' IN ('open', 'breached'))"
                        + " WHERE incident_id = ?",
                incidentId);
    }

    /** An event whose only effect on the view is the status it moves the incident to. */
    private void status(IncidentEvent event, Instant at) {
        execute(
                "UPDATE incident_view SET status = ?, updated_at = ? WHERE incident_id = ?",
                Status.after(event).orElseThrow().code(),
                at,
                event.key().incidentId());
    }

    private void set(IncidentEvent event, Instant at, String column, Object value) {
        execute(
                "UPDATE incident_view SET status = ?, " + column + " = ?, updated_at = ? WHERE incident_id = ?",
                Status.after(event).orElseThrow().code(),
                value,
                at,
                event.key().incidentId());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String queryString(String sql, String parameter) throws SQLException {
        BatchedWrites.current(dataSource).flush();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "[]";
            }
        }
    }

    private void execute(String sql, Object... parameters) {
        BatchedWrites.current(dataSource).add(sql, parameters);
    }
}
