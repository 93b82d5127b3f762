package uk.nhs.patientsafety.summit.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An escalation's internal events (DOMAIN §5.2, {@code Escalation}): up the hierarchy, feedback mandatory, SLA clocks
 * on acknowledgement and response, automatic re-escalation one level up when a clock passes. The summary and the
 * response's actions are free text: shown to the raiser, the recipients and the region, never published. Its history
 * is its own event stream, so a re-escalated escalation carries everything that happened before.
 */
public final class EscalationEvents {

    private EscalationEvents() {}

    public sealed interface EscalationEvent {
        String escalationId();

        String providerOds();
    }

    /** One level of the hierarchy above the raiser: the direction and who answers at that level. */
    public record Step(String direction, String recipientOds) {}

    /** {@code path}: this level and every level above it, in order; re-escalation follows it. */
    @Revision("1")
    public record EscalationRaised(
            String escalationId,
            String providerOds,
            String region,
            String direction,
            String raisedByOds,
            String raisedToOds,
            List<Step> path,
            String summary,
            String concernId,
            String summitId,
            Instant raisedAt)
            implements EscalationEvent {}

    /** A clock ({@code acknowledgement} or {@code response}) was set: due by the end of {@code dueOn} in England. */
    @Revision("1")
    public record EscalationClockSet(
            String escalationId,
            String providerOds,
            String stage,
            LocalDate dueOn,
            Instant dueAt,
            String approachingId,
            String breachId)
            implements EscalationEvent {}

    @Revision("1")
    public record EscalationClockMet(String escalationId, String providerOds, String stage)
            implements EscalationEvent {}

    @Revision("1")
    public record EscalationClockApproaching(String escalationId, String providerOds, String stage, Instant dueAt)
            implements EscalationEvent {}

    /** A clock passed: who should have acted ({@code raisedToOds}, at {@code direction}) and when it was due. */
    @Revision("1")
    public record EscalationOverdue(
            String escalationId,
            String providerOds,
            String stage,
            String direction,
            String raisedToOds,
            LocalDate dueOn,
            Instant dueAt,
            String reEscalatedToOds)
            implements EscalationEvent {}

    /** The escalation went one level up because a clock passed; it must be acknowledged again there. */
    @Revision("1")
    public record EscalationReEscalated(
            String escalationId,
            String providerOds,
            String raisedByOds,
            String fromDirection,
            String toDirection,
            String previousRaisedToOds,
            String raisedToOds,
            String reason)
            implements EscalationEvent {}

    @Revision("1")
    public record EscalationAcknowledged(String escalationId, String providerOds, String byOds)
            implements EscalationEvent {}

    /** The response: the decision, the actions (free text) and who owns them. */
    @Revision("1")
    public record EscalationResponseIssued(
            String escalationId, String providerOds, String decision, String actions, String ownerOds, String byOds)
            implements EscalationEvent {}

    /** The raiser confirmed they received the response (G3: feedback is mandatory). */
    @Revision("1")
    public record EscalationFeedbackAcknowledged(String escalationId, String providerOds, String byOds)
            implements EscalationEvent {}

    @Revision("1")
    public record EscalationClosed(String escalationId, String providerOds, String byOds) implements EscalationEvent {}
}
