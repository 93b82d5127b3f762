package uk.nhs.patientsafety.candour.read.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import uk.nhs.patientsafety.candour.events.CandourEvents.*;
import uk.nhs.patientsafety.candour.events.Status;
import uk.nhs.patientsafety.eventsourcing.projection.BatchedWrites;

/**
 * Keeps {@code candour_case_view}, one row per case, in step with the event store. Every write depends only on the
 * events, so a replay rebuilds the table exactly.
 */
@ApplicationScoped
@ProcessingGroup(CaseProjection.GROUP)
public class CaseProjection {

    public static final String GROUP = "candour.cases";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @ResetHandler
    void reset() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM candour_case_view")) {
            delete.executeUpdate();
        }
    }

    @EventHandler
    void on(CaseOpened event, @Timestamp Instant at) {
        execute(
                "INSERT INTO candour_case_view (case_id, incident_id, provider_ods, patient_ref, status, provider_type,"
                        + " incident_date, incident_reported_at, never_event, opened_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.key().caseId(),
                event.key().incidentId(),
                event.key().providerOds(),
                event.key().patientRef(),
                Status.after(event).orElseThrow().code(),
                event.providerType(),
                event.incidentDate(),
                event.incidentReportedAt(),
                event.neverEvent(),
                at,
                at);
    }

    @EventHandler
    void on(CaseScreened event, @Timestamp Instant at) {
        execute(
                "UPDATE candour_case_view SET screened_harm = ?, harm_uncertain = ?,"
                        + " ruleset = COALESCE(ruleset, ?), updated_at = ? WHERE case_id = ?",
                event.screenedHarm(),
                event.uncertain(),
                event.ruleset(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(CandourAssessmentRequired event, @Timestamp Instant at) {
        execute(
                "UPDATE candour_case_view SET status = ?, assessment_required = true, updated_at = ? WHERE case_id = ?",
                Status.after(event).orElseThrow().code(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(CandourAssessed event, @Timestamp Instant at) {
        ObjectNode assessment = json.createObjectNode()
                .put("ruleset", event.ruleset())
                .put("providerType", event.providerType())
                .put("unintendedOrUnexpected", event.unintendedOrUnexpected())
                .put("duringRegulatedActivity", event.duringRegulatedActivity())
                .put("harmCategory", event.harmCategory())
                .put("potential", event.potential())
                .put("rationale", event.rationale())
                .put("applicable", event.applicable())
                .put("notApplicableReason", event.notApplicableReason())
                .put("assessedAt", at.toString());
        execute(
                "UPDATE candour_case_view SET status = ?, ruleset = ?, applicable = ?, assessment = ?::jsonb,"
                        + " updated_at = ? WHERE case_id = ?",
                Status.after(event).orElseThrow().code(),
                event.ruleset(),
                event.applicable(),
                assessment.toString(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(RelevantPersonIdentified event, @Timestamp Instant at) {
        execute(
                "UPDATE candour_case_view SET status = ?, relevant_basis = ?, person_ref = ?, sealed_person = ?,"
                        + " updated_at = ? WHERE case_id = ?",
                Status.after(event).orElseThrow().code(),
                event.basis(),
                event.personRef(),
                event.sealedPerson(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(ContactAttempted event, @Timestamp Instant at) {
        ObjectNode attempt = json.createObjectNode()
                .put("attempt", event.attempt())
                .put("attemptedAt", event.attemptedAt().toString())
                .put("method", event.method())
                .put("successful", event.successful())
                .put("note", event.note());
        execute(
                "UPDATE candour_case_view SET attempts = attempts || jsonb_build_array(?::jsonb), updated_at = ?"
                        + " WHERE case_id = ?",
                attempt.toString(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(VerbalNotificationGiven event, @Timestamp Instant at) {
        ObjectNode notification = json.createObjectNode()
                .put("givenBy", event.givenBy())
                .put("givenAt", event.givenAt().toString())
                .put("place", event.place())
                .put("account", event.account())
                .put("furtherEnquiries", event.furtherEnquiries())
                .put("supportOffered", event.supportOffered())
                .put("apology", event.apology());
        execute(
                "UPDATE candour_case_view SET status = ?, notification = ?::jsonb, notified_on = ?, within_target = ?,"
                        + " updated_at = ? WHERE case_id = ?",
                Status.after(event).orElseThrow().code(),
                notification.toString(),
                event.notifiedOn(),
                event.withinTarget(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(StatutoryStepsClosed event, @Timestamp Instant at) {
        execute(
                "UPDATE candour_case_view SET status = ?, exemption = ?, exemption_reason = ?, updated_at = ?"
                        + " WHERE case_id = ?",
                Status.after(event).orElseThrow().code(),
                event.exemption(),
                event.reason(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(WrittenNotificationDrafted event, @Timestamp Instant at) {
        execute(
                "UPDATE candour_case_view SET written_document_id = ?, updated_at = ? WHERE case_id = ?",
                event.documentId(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(WrittenNotificationSent event, @Timestamp Instant at) {
        execute(
                "UPDATE candour_case_view SET status = ?, written_sent_on = ?, written_within_target = ?,"
                        + " written_document_id = ?, updated_at = ? WHERE case_id = ?",
                Status.after(event).orElseThrow().code(),
                event.sentOn(),
                event.withinTarget(),
                event.documentId(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(CandourUpdateProvided event, @Timestamp Instant at) {
        ObjectNode update = json.createObjectNode()
                .put("providedOn", event.providedOn().toString())
                .put("method", event.method())
                .put("summary", event.summary());
        execute(
                "UPDATE candour_case_view SET updates = updates || jsonb_build_array(?::jsonb), updated_at = ?"
                        + " WHERE case_id = ?",
                update.toString(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(IncidentResponseConcluded event, @Timestamp Instant at) {
        execute(
                "UPDATE candour_case_view SET response_concluded = ?, updated_at = ? WHERE case_id = ?",
                event.how(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(CandourFindingsShared event, @Timestamp Instant at) {
        ObjectNode findings = json.createObjectNode()
                .put("sharedOn", event.sharedOn().toString())
                .put("method", event.method())
                .put("summary", event.summary());
        execute(
                "UPDATE candour_case_view SET status = ?, findings_shared_on = ?, findings = ?::jsonb, updated_at = ?"
                        + " WHERE case_id = ?",
                Status.after(event).orElseThrow().code(),
                event.sharedOn(),
                findings.toString(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(CandourCompleted event, @Timestamp Instant at) {
        execute(
                "UPDATE candour_case_view SET status = ?, completed_at = ?, updated_at = ? WHERE case_id = ?",
                Status.after(event).orElseThrow().code(),
                at,
                at,
                event.key().caseId());
    }

    // ---- family involvement ----------------------------------------------------------------------------------------

    @EventHandler
    void on(FamilyInvolvementRequired event, @Timestamp Instant at) {
        execute(
                "UPDATE candour_case_view SET family_involvement = ?, updated_at = ? WHERE case_id = ?",
                event.responseType(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(FamilyMeetingHeld event, @Timestamp Instant at) {
        ObjectNode meeting = json.createObjectNode()
                .put("meeting", event.meeting())
                .put("heldOn", event.heldOn().toString())
                .put("place", event.place())
                .put("purposeExplainedOrally", event.purposeExplainedOrally())
                .put("purposeExplainedInWriting", event.purposeExplainedInWriting())
                .put("notes", event.notes());
        append("family_meetings", meeting, at, event.key().caseId());
    }

    @EventHandler
    void on(FamilyConcernRaised event, @Timestamp Instant at) {
        ObjectNode concern = json.createObjectNode()
                .put("concern", event.concern())
                .put("raisedOn", event.raisedOn().toString())
                .put("text", event.text());
        append("family_concerns", concern, at, event.key().caseId());
    }

    @EventHandler
    void on(FamilyConcernAnswered event, @Timestamp Instant at) {
        ObjectNode answer = json.createObjectNode()
                .put("answeredOn", event.answeredOn().toString())
                .put("answer", event.answer());
        execute(
                "UPDATE candour_case_view SET family_concerns = jsonb_set(family_concerns, ARRAY[?]::text[],"
                        + " family_concerns->(?) || ?::jsonb), updated_at = ? WHERE case_id = ?",
                String.valueOf(event.concern() - 1),
                event.concern() - 1,
                answer.toString(),
                at,
                event.key().caseId());
    }

    @EventHandler
    void on(InvestigationDocumentShared event, @Timestamp Instant at) {
        ObjectNode shared = json.createObjectNode()
                .put("document", event.document())
                .put("sharedOn", event.sharedOn().toString())
                .put("asAgreed", event.asAgreed());
        append("family_documents", shared, at, event.key().caseId());
    }

    private void append(String column, ObjectNode entry, Instant at, String caseId) {
        execute(
                "UPDATE candour_case_view SET " + column + " = " + column + " || jsonb_build_array(?::jsonb),"
                        + " updated_at = ? WHERE case_id = ?",
                entry.toString(),
                at,
                caseId);
    }

    // ---- the two targets: in person (due_*, deadline_*) and in writing (written_*) --------------------------------

    @EventHandler
    void on(CandourDeadlineSet event) {
        if (written(event.step())) {
            execute(
                    "UPDATE candour_case_view SET written_due_on = ?, written_due_at = ?, written_state = 'open'"
                            + " WHERE case_id = ?",
                    event.dueOn(),
                    event.dueAt(),
                    event.key().caseId());
        } else {
            execute(
                    "UPDATE candour_case_view SET due_on = ?, due_at = ?, deadline_state = 'open',"
                            + " deadline_approaching = false WHERE case_id = ?",
                    event.dueOn(),
                    event.dueAt(),
                    event.key().caseId());
        }
    }

    @EventHandler
    void on(CandourDeadlineMet event) {
        deadline(event.key().caseId(), event.step(), "met");
    }

    @EventHandler
    void on(CandourDeadlineStopped event) {
        deadline(event.key().caseId(), event.step(), "suspended");
    }

    @EventHandler
    void on(CandourOverdue event) {
        deadline(event.key().caseId(), event.step(), "breached");
    }

    @EventHandler
    void on(CandourDeadlineApproaching event) {
        if (!written(event.step())) {
            execute(
                    "UPDATE candour_case_view SET deadline_approaching = true WHERE case_id = ?",
                    event.key().caseId());
        }
    }

    private static boolean written(String step) {
        return "written_notification".equals(step);
    }

    private void deadline(String caseId, String step, String state) {
        execute(
                "UPDATE candour_case_view SET " + (written(step) ? "written_state" : "deadline_state")
                        + " = ? WHERE case_id = ?",
                state,
                caseId);
    }

    private void execute(String sql, Object... parameters) {
        BatchedWrites.current(dataSource).add(sql, parameters);
    }
}
