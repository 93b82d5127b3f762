package uk.nhs.patientsafety.assurance.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The safety action aggregate's internal events (DOMAIN §4.2, both frameworks): proposed with its SMART fields,
 * agreed, in progress, evidence submitted, verified complete or evidence rejected; overdue by its clock, escalated.
 */
public final class ActionEvents {

    private ActionEvents() {}

    public sealed interface ActionEvent {
        ActionKey key();
    }

    /** The provider recorded the action: what, who owns it (organisation and role), by when, how success is measured. */
    @Revision("1")
    public record SafetyActionProposed(
            ActionKey key,
            String description,
            String ownerOds,
            String ownerRole,
            LocalDate dueOn,
            String measureOfSuccess,
            Instant proposedAt)
            implements ActionEvent {}

    /** Agreed by {@code by}: from now the action is due on {@code dueOn}, owned by {@code ownerOds}. */
    @Revision("1")
    public record SafetyActionAgreed(ActionKey key, String ownerOds, LocalDate dueOn, String by)
            implements ActionEvent {}

    @Revision("1")
    public record SafetyActionStarted(ActionKey key) implements ActionEvent {}

    @Revision("1")
    public record SafetyActionEvidenceSubmitted(ActionKey key, String evidence) implements ActionEvent {}

    /** The ICB found the evidence wanting: the action is in progress again. */
    @Revision("1")
    public record SafetyActionEvidenceRejected(ActionKey key, String reasons, String by) implements ActionEvent {}

    @Revision("1")
    public record SafetyActionVerified(ActionKey key, String by) implements ActionEvent {}

    /** An overdue action raised with the provider's board or a quality forum by the ICB. */
    @Revision("1")
    public record SafetyActionEscalated(ActionKey key, String forum, String reason, String by) implements ActionEvent {}

    /** The action's clock: set when agreed (and again when evidence is rejected), met, approaching, breached. */
    @Revision("1")
    public record ActionDeadlineSet(
            ActionKey key, String deadlineType, LocalDate dueOn, Instant dueAt, String approachingId, String breachId)
            implements ActionEvent {}

    @Revision("1")
    public record ActionDeadlineMet(ActionKey key, String deadlineType) implements ActionEvent {}

    @Revision("1")
    public record ActionDueSoon(ActionKey key, String deadlineType, Instant dueAt) implements ActionEvent {}

    @Revision("1")
    public record SafetyActionOverdue(ActionKey key, String deadlineType, LocalDate dueOn, Instant dueAt)
            implements ActionEvent {}
}
