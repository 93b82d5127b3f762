package uk.nhs.patientsafety.candour.read.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The two shapes a candour case is shown in, each built field by field from an allow-list (never by hiding fields of
 * a fuller one): {@link Full} for the provider's own candour lead and patient safety team, {@link StatusOnly} for its
 * commissioners — status, codes and dates, never the relevant person, the account or the letters.
 */
public final class CaseViews {

    private CaseViews() {}

    /** A case as shown; {@code view} says which shape it is. */
    public sealed interface CaseView {
        String id();

        String view();
    }

    /** The contractual target for notification in person. */
    public record Deadline(
            String step, LocalDate dueOn, Instant dueAt, String state, boolean approaching, boolean overdue) {}

    public record Full(
            String id,
            String view,
            String incidentId,
            String providerOds,
            String patientRef,
            String status,
            String providerType,
            String ruleset,
            LocalDate incidentDate,
            Instant incidentReportedAt,
            boolean neverEvent,
            Screening screening,
            JsonNode assessment,
            Person relevantPerson,
            JsonNode notification,
            LocalDate notifiedOn,
            Boolean withinTarget,
            JsonNode attempts,
            String exemption,
            String exemptionReason,
            Deadline deadline,
            Written written,
            JsonNode updates,
            String responseConcluded,
            JsonNode findings,
            Instant completedAt,
            Family family,
            Instant openedAt,
            Instant updatedAt)
            implements CaseView {}

    /** Family involvement for an SI or PSII: meetings, questions and concerns, what was shared (null otherwise). */
    public record Family(String responseType, JsonNode meetings, JsonNode concerns, JsonNode documentsShared) {}

    /** Family involvement as a commissioner sees it: dates and codes, never the notes, concerns or answers. */
    public record FamilyStatus(
            String responseType,
            int meetingsHeld,
            LocalDate firstMeetingOn,
            boolean purposeExplainedOrally,
            boolean purposeExplainedInWriting,
            int concernsRaised,
            int concernsAnswered,
            JsonNode documentsShared) {}

    /** The written notification (20(4)): its target, when it was sent, and the latest draft or the one sent. */
    public record Written(
            LocalDate dueOn,
            Instant dueAt,
            String state,
            boolean overdue,
            LocalDate sentOn,
            Boolean withinTarget,
            String documentId) {}

    /** The latest screen: the harm judged by ({@code null} when uncertain) and whether an assessment is required. */
    public record Screening(String harm, boolean uncertain, boolean assessmentRequired) {}

    /**
     * The relevant person, opened from the vault for the provider only; {@code erased} once their key was destroyed,
     * with every identifying field null.
     */
    public record Person(
            String basis,
            String ref,
            boolean erased,
            String name,
            String relationship,
            String telephone,
            String email,
            String address) {}

    public record StatusOnly(
            String id,
            String view,
            String incidentId,
            String providerOds,
            String status,
            String ruleset,
            Boolean applicable,
            LocalDate incidentDate,
            Instant incidentReportedAt,
            Instant assessedAt,
            LocalDate notifiedOn,
            Boolean withinTarget,
            String exemption,
            Deadline deadline,
            LocalDate writtenDueOn,
            LocalDate writtenSentOn,
            Boolean writtenWithinTarget,
            boolean writtenOverdue,
            LocalDate findingsSharedOn,
            Instant completedAt,
            FamilyStatus family,
            Instant updatedAt)
            implements CaseView {}

    /** One page of cases. */
    public record Page(List<CaseView> items, int page, int size, long totalItems, long totalPages) {}
}
