package uk.nhs.patientsafety.assurance.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The assurance case aggregate's internal events (DOMAIN §4.2). Only {@code integration/outbound} turns some of them
 * into published events. Who acted travels as metadata ({@code actor}, {@code actorOrg}, {@code requestId}); the
 * deciding commissioner is also recorded as {@code by}, because the published decision names it.
 */
public final class CaseEvents {

    private CaseEvents() {}

    public sealed interface CaseEvent {
        CaseKey key();
    }

    /** The provider's investigation report reached its lead commissioner; the review is due on {@code reviewDueOn}. */
    @Revision("1")
    public record AssuranceCaseOpened(CaseKey key, Instant receivedAt, LocalDate reviewDueOn) implements CaseEvent {}

    @Revision("1")
    public record AssuranceReviewStarted(CaseKey key, String by) implements CaseEvent {}

    /**
     * The review as recorded: its method, its panel, the quality checklist (every item answered) and comments. A later
     * record replaces an earlier one for the same submission.
     */
    @Revision("1")
    public record ReviewRecorded(
            CaseKey key,
            int submission,
            String method,
            List<PanelMember> panel,
            List<ChecklistAnswer> checklist,
            String comments,
            String by)
            implements CaseEvent {}

    /** The report goes back to the provider: the incident returns to investigation. */
    @Revision("1")
    public record FurtherInformationRequested(CaseKey key, String request, String by) implements CaseEvent {}

    /** The provider's next report after further information was requested (or after the incident was reopened). */
    @Revision("1")
    public record ReportResubmitted(CaseKey key, int submission, Instant receivedAt, LocalDate reviewDueOn)
            implements CaseEvent {}

    /**
     * Closure agreed; {@code monitoringAgreed} when the SI closes with actions still open and the monitoring of its
     * action plan is agreed, described in {@code monitoringArrangement}.
     */
    @Revision("1")
    public record ClosureAgreed(
            CaseKey key,
            boolean monitoringAgreed,
            String monitoringArrangement,
            int openActions,
            String comments,
            String by)
            implements CaseEvent {}

    @Revision("1")
    public record ClosureRefused(CaseKey key, List<String> reasonCodes, String comments, String by)
            implements CaseEvent {}

    @Revision("1")
    public record EscalatedToQualityForum(CaseKey key, String forum, String reason, String by) implements CaseEvent {}

    /** A safety action of this incident opened or completed (from the action plan): closure needs to know. */
    @Revision("1")
    public record CaseActionOpened(CaseKey key, String actionId) implements CaseEvent {}

    @Revision("1")
    public record CaseActionCompleted(CaseKey key, String actionId) implements CaseEvent {}

    /** The review clock: set (or moved), met, suspended, approaching, breached. */
    @Revision("1")
    public record DeadlineSet(
            CaseKey key,
            String deadlineType,
            LocalDate dueOn,
            Instant dueAt,
            String duration,
            String approachingId,
            String breachId)
            implements CaseEvent {}

    @Revision("1")
    public record DeadlineMet(CaseKey key, String deadlineType) implements CaseEvent {}

    @Revision("1")
    public record DeadlineSuspended(CaseKey key, String deadlineType) implements CaseEvent {}

    @Revision("1")
    public record DeadlineApproaching(CaseKey key, String deadlineType, Instant dueAt) implements CaseEvent {}

    @Revision("1")
    public record DeadlineBreached(CaseKey key, String deadlineType, Instant dueAt) implements CaseEvent {}

    /** A member of the review panel: their name and role inside the ICB (never published). */
    public record PanelMember(String name, String role) {}

    /** One item of the quality checklist: its code, the answer ({@code yes|no|partial|not_applicable}), a comment. */
    public record ChecklistAnswer(String item, String answer, String comment) {}
}
