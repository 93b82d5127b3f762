package uk.nhs.patientsafety.summit.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A risk summit's (or rapid quality review's) internal events (DOMAIN §5.2, {@code RiskSummit}). The chair, the
 * actions' descriptions and the communications line are free text: shown to the summit's participants, never
 * published. {@code round} counts the meetings: 1 for the first, 2 for the first follow-up, and so on.
 */
public final class SummitEvents {

    private SummitEvents() {}

    public sealed interface SummitEvent {
        String summitId();

        String providerOds();
    }

    /** An intelligence pack item by reference: an incident or concern id, or an external report's reference. */
    public record PackItem(String kind, String reference) {}

    @Revision("1")
    public record RiskSummitRequested(
            String summitId,
            String providerOds,
            String format,
            String convenorOds,
            String concernId,
            Instant requestedAt)
            implements SummitEvent {}

    @Revision("1")
    public record RiskSummitConvened(
            String summitId,
            String providerOds,
            String convenorOds,
            String format,
            int round,
            String chair,
            LocalDate heldOn,
            List<String> invitees,
            List<PackItem> intelligencePack)
            implements SummitEvent {}

    @Revision("1")
    public record RiskSummitHeld(String summitId, String providerOds, int round, List<String> attendees)
            implements SummitEvent {}

    /**
     * {@code participants}: every organisation told of the outcome — convenor, invitees, attendees and the provider
     * (G3: "the providers get no feedback").
     */
    @Revision("1")
    public record RiskSummitOutcomeRecorded(
            String summitId,
            String providerOds,
            int round,
            String escalationDecision,
            boolean followUpNeeded,
            String communicationsLine,
            List<String> participants,
            int actionCount)
            implements SummitEvent {}

    /** One agreed action with its owner and deadline; its timers fire the approaching and overdue events. */
    @Revision("1")
    public record RiskSummitActionAssigned(
            String summitId,
            String providerOds,
            String actionId,
            int round,
            String description,
            String ownerOds,
            LocalDate dueOn,
            Instant dueAt,
            String approachingId,
            String breachId)
            implements SummitEvent {}

    @Revision("1")
    public record SummitActionApproaching(String summitId, String providerOds, String actionId, Instant dueAt)
            implements SummitEvent {}

    /** An action passed its due date unfinished: flagged to the chair (the convenor). */
    @Revision("1")
    public record RiskSummitActionOverdue(
            String summitId,
            String providerOds,
            String actionId,
            String ownerOds,
            String convenorOds,
            LocalDate dueOn,
            Instant dueAt)
            implements SummitEvent {}

    @Revision("1")
    public record SummitActionCompleted(String summitId, String providerOds, String actionId, String byOds)
            implements SummitEvent {}

    @Revision("1")
    public record SummitActionCancelled(String summitId, String providerOds, String actionId, String reason)
            implements SummitEvent {}

    @Revision("1")
    public record FollowUpSummitScheduled(String summitId, String providerOds, int round, LocalDate heldOn)
            implements SummitEvent {}

    /** {@code deescalatedTo}: the escalation level the provider returns to, if the summit decided one. */
    @Revision("1")
    public record RiskSummitConcluded(String summitId, String providerOds, String deescalatedTo)
            implements SummitEvent {}
}
