package uk.nhs.patientsafety.summit.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A quality concern's internal events (DOMAIN §5.2, {@code QualityConcern}). The description is free text: it stays
 * in this service's event store and read model, shown only to those who may see the concern, and is never published
 * or logged. Who caused each event travels as metadata ({@code actor}, {@code actorOrg}, {@code requestId}).
 */
public final class ConcernEvents {

    private ConcernEvents() {}

    /** Every concern event names its concern and the provider it is about. */
    public sealed interface ConcernEvent {
        String concernId();

        String providerOds();
    }

    /**
     * {@code rule} names the automatic rule that raised it ({@code never_event}, {@code repeat_serious_incidents}),
     * null when a person raised it; {@code service} optionally narrows it to one of the provider's services.
     */
    @Revision("1")
    public record QualityConcernRaised(
            String concernId,
            String providerOds,
            String service,
            String source,
            String raisedByOds,
            String description,
            List<String> linkedIncidents,
            String rule,
            Instant raisedAt)
            implements ConcernEvent {}

    /** {@code outcome}: {@code no_action} (with its reason) or {@code monitor} (with its review date). */
    @Revision("1")
    public record QualityConcernScreened(
            String concernId,
            String providerOds,
            String outcome,
            String reason,
            LocalDate reviewOn,
            String screenedByOds)
            implements ConcernEvent {}

    /** The monitoring review's deadline was set: due by the end of {@code dueOn} in England. */
    @Revision("1")
    public record ConcernReviewScheduled(
            String concernId, String providerOds, LocalDate dueOn, Instant dueAt, String approachingId, String breachId)
            implements ConcernEvent {}

    @Revision("1")
    public record ConcernReviewApproaching(String concernId, String providerOds, Instant dueAt)
            implements ConcernEvent {}

    /** The review date passed without the concern being screened again, escalated or closed. */
    @Revision("1")
    public record ConcernReviewOverdue(String concernId, String providerOds, Instant dueAt) implements ConcernEvent {}

    /** The review no longer runs: the concern was screened again, escalated to a summit or closed. */
    @Revision("1")
    public record ConcernReviewEnded(String concernId, String providerOds) implements ConcernEvent {}

    /** A summit was asked for: {@code summitId} is the summit this concern's request creates. */
    @Revision("1")
    public record ConcernSummitRequested(
            String concernId, String providerOds, String summitId, String format, String requestedByOds)
            implements ConcernEvent {}

    @Revision("1")
    public record QualityConcernClosed(String concernId, String providerOds, String reason, String closedByOds)
            implements ConcernEvent {}
}
