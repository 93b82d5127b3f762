package uk.nhs.patientsafety.summit.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A provider's escalation level's internal events (DOMAIN §5.2, {@code ProviderEscalationStatus}), one stream per
 * provider. The decision-maker and rationale are free text: shown to the provider, its commissioners and its region,
 * never published.
 */
public final class LevelEvents {

    private LevelEvents() {}

    public sealed interface LevelEvent {
        String providerOds();
    }

    @Revision("1")
    public record EscalationLevelChanged(
            String providerOds,
            String fromLevel,
            String toLevel,
            String decisionMaker,
            String decidedByOds,
            String rationale,
            LocalDate reviewOn)
            implements LevelEvent {}

    /** The level's review date, a deadline: due by the end of {@code dueOn} in England. */
    @Revision("1")
    public record LevelReviewScheduled(
            String providerOds, LocalDate dueOn, Instant dueAt, String approachingId, String breachId)
            implements LevelEvent {}

    @Revision("1")
    public record LevelReviewApproaching(String providerOds, Instant dueAt) implements LevelEvent {}

    /** The review date passed without a new decision on the level. */
    @Revision("1")
    public record LevelReviewOverdue(String providerOds, LocalDate dueOn, Instant dueAt) implements LevelEvent {}
}
