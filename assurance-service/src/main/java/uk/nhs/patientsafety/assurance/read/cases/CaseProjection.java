package uk.nhs.patientsafety.assurance.read.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import uk.nhs.patientsafety.assurance.events.CaseEvents.*;
import uk.nhs.patientsafety.assurance.events.CaseStatus;
import uk.nhs.patientsafety.eventsourcing.projection.BatchedWrites;

/**
 * Keeps {@code assurance_case_view}, one row per case, in step with the event store. Every write depends only on the
 * events, so a replay rebuilds the table exactly.
 */
@ApplicationScoped
@ProcessingGroup(CaseProjection.GROUP)
public class CaseProjection {

    public static final String GROUP = "assurance.cases";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @ResetHandler
    void reset() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM assurance_case_view")) {
            delete.executeUpdate();
        }
    }

    @EventHandler
    void on(AssuranceCaseOpened event, @Timestamp Instant at) {
        execute(
                "INSERT INTO assurance_case_view (case_id, incident_id, provider_ods, commissioner_ods, framework,"
                        + " status, submission, received_at, opened_at, updated_at, review_due_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
                event.key().caseId(),
                event.key().incidentId(),
                event.key().providerOds(),
                event.key().commissionerOds(),
                event.key().framework(),
                status(event),
                event.receivedAt(),
                at,
                at,
                event.reviewDueOn());
    }

    @EventHandler
    void on(AssuranceReviewStarted event, @Timestamp Instant at) {
        update(event, at, "status = ?", status(event));
    }

    @EventHandler
    void on(ReviewRecorded event, @Timestamp Instant at) {
        update(
                event,
                at,
                "reviewed_submission = ?, review_method = ?, review_panel = ?::jsonb, review_checklist = ?::jsonb,"
                        + " review_comments = ?",
                event.submission(),
                event.method(),
                write(event.panel()),
                write(event.checklist()),
                event.comments());
    }

    @EventHandler
    void on(FurtherInformationRequested event, @Timestamp Instant at) {
        update(event, at, "status = ?, further_information = ?", status(event), event.request());
    }

    @EventHandler
    void on(ReportResubmitted event, @Timestamp Instant at) {
        // A new submission is a new review: the previous review, refusal and closure no longer describe it.
        update(
                event,
                at,
                "status = ?, submission = ?, received_at = ?, review_due_on = ?, reviewed_submission = NULL,"
                        + " review_method = NULL, review_panel = NULL, review_checklist = NULL, review_comments = NULL,"
                        + " refusal_reasons = NULL, refusal_comments = NULL, closed_at = NULL",
                status(event),
                event.submission(),
                event.receivedAt(),
                event.reviewDueOn());
    }

    @EventHandler
    void on(ClosureAgreed event, @Timestamp Instant at) {
        update(
                event,
                at,
                "status = ?, monitoring_agreed = ?, monitoring_arrangement = ?, closure_comments = ?, closed_at = ?",
                status(event),
                event.monitoringAgreed(),
                event.monitoringArrangement(),
                event.comments(),
                at);
    }

    @EventHandler
    void on(ClosureRefused event, @Timestamp Instant at) {
        update(
                event,
                at,
                "status = ?, refusal_reasons = string_to_array(?, ','), refusal_comments = ?",
                status(event),
                String.join(",", event.reasonCodes()),
                event.comments());
    }

    @EventHandler
    void on(EscalatedToQualityForum event, @Timestamp Instant at) {
        update(
                event,
                at,
                "status = ?, forum = ?, escalation_reason = ?, escalated = true",
                status(event),
                event.forum(),
                event.reason());
    }

    @EventHandler
    void on(CaseActionOpened event, @Timestamp Instant at) {
        update(
                event,
                at,
                "open_actions = ARRAY(SELECT DISTINCT a FROM unnest(open_actions || ARRAY[?]::text[]) a ORDER BY a)",
                event.actionId());
    }

    @EventHandler
    void on(CaseActionCompleted event, @Timestamp Instant at) {
        update(event, at, "open_actions = array_remove(open_actions, ?)", event.actionId());
    }

    @EventHandler
    void on(DeadlineSet event) {
        execute(
                "UPDATE assurance_case_view SET review_due_on = ?, review_due_at = ?, review_duration = ?,"
                        + " review_state = 'open', review_approaching = false WHERE case_id = ?",
                event.dueOn(),
                event.dueAt(),
                event.duration(),
                event.key().caseId());
    }

    @EventHandler
    void on(DeadlineMet event) {
        reviewState(event, "met");
    }

    @EventHandler
    void on(DeadlineSuspended event) {
        reviewState(event, "suspended");
    }

    @EventHandler
    void on(DeadlineBreached event) {
        reviewState(event, "breached");
    }

    @EventHandler
    void on(DeadlineApproaching event) {
        execute(
                "UPDATE assurance_case_view SET review_approaching = true WHERE case_id = ?",
                event.key().caseId());
    }

    private void reviewState(CaseEvent event, String state) {
        execute(
                "UPDATE assurance_case_view SET review_state = ? WHERE case_id = ?",
                state,
                event.key().caseId());
    }

    private static String status(CaseEvent event) {
        return CaseStatus.after(event).orElseThrow().code();
    }

    private void update(CaseEvent event, Instant at, String set, Object... values) {
        Object[] parameters = new Object[values.length + 2];
        System.arraycopy(values, 0, parameters, 0, values.length);
        parameters[values.length] = at;
        parameters[values.length + 1] = event.key().caseId();
        execute("UPDATE assurance_case_view SET " + set + ", updated_at = ? WHERE case_id = ?", parameters);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... parameters) {
        BatchedWrites.current(dataSource).add(sql, parameters);
    }
}
