package uk.nhs.patientsafety.assurance.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The awareness feed's internal events (DOMAIN §13 G2): an incident of a commissioned provider that is a never event,
 * a death or severe harm, a serious incident or a PSII, listed for each ICB that commissions the provider, to be
 * acknowledged by one of its quality leads within one working day.
 */
public final class AwarenessEvents {

    private AwarenessEvents() {}

    public sealed interface AwarenessEvent {
        AwarenessKey key();
    }

    /** Why an incident is on the feed: {@code never_event}, {@code death}, {@code severe_harm}, {@code serious_incident}, {@code psii}. */
    @Revision("1")
    public record AwarenessItemRaised(
            AwarenessKey key, List<String> reasons, String neverEventType, Instant qualifiedAt, LocalDate dueOn)
            implements AwarenessEvent {}

    /** More became known (e.g. harm regraded to death): the item says so; its clock does not restart. */
    @Revision("1")
    public record AwarenessReasonsAdded(AwarenessKey key, List<String> reasons) implements AwarenessEvent {}

    @Revision("1")
    public record AwarenessItemAcknowledged(AwarenessKey key, String by) implements AwarenessEvent {}

    @Revision("1")
    public record AwarenessDeadlineSet(
            AwarenessKey key,
            String deadlineType,
            LocalDate dueOn,
            Instant dueAt,
            String approachingId,
            String breachId)
            implements AwarenessEvent {}

    @Revision("1")
    public record AwarenessDeadlineMet(AwarenessKey key, String deadlineType) implements AwarenessEvent {}

    /** Not acknowledged within one working day: flagged. */
    @Revision("1")
    public record AwarenessItemUnacknowledged(AwarenessKey key, String deadlineType, Instant dueAt)
            implements AwarenessEvent {}
}
