package uk.nhs.patientsafety.assurance.write.awareness;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.nhs.patientsafety.assurance.events.AwarenessEvents.*;
import uk.nhs.patientsafety.assurance.events.AwarenessKey;
import uk.nhs.patientsafety.assurance.reference.AwarenessPolicy;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineState;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineTrigger;
import uk.nhs.patientsafety.eventsourcing.deadlines.Deadlines;
import uk.nhs.patientsafety.reference.England;

/**
 * One incident on one ICB's awareness feed (DOMAIN §13 G2): raised when the incident first qualifies, told of further
 * reasons, acknowledged once by a quality lead of that ICB; flagged when not acknowledged within one working day.
 */
public class AwarenessItem {

    static final String APPROACHING = "awareness-approaching";
    static final String DUE = "awareness-due";

    /** One item per incident and ICB: its id follows from both. */
    public static String itemIdFor(String incidentId, String icbOds) {
        return java.util
                .UUID
                .nameUUIDFromBytes(
                        ("awareness:" + incidentId + ":" + icbOds).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /** The incident qualifies for the feed, for these reasons, as of {@code qualifiedAt}. */
    public record RaiseAwareness(
            @TargetAggregateIdentifier String itemId,
            String incidentId,
            String providerOds,
            String icbOds,
            String framework,
            List<String> reasons,
            String neverEventType,
            Instant qualifiedAt,
            Instant at) {}

    public record Acknowledge(@TargetAggregateIdentifier String itemId, String by, Instant at) {}

    /** Acknowledging twice: answered {@code 409}. */
    public static class AlreadyAcknowledged extends RuntimeException {
        public AlreadyAcknowledged(String by) {
            super("This awareness item was already acknowledged by " + by + ".");
        }
    }

    /** The item as it stands after a command. */
    public record Result(String id, String incidentId, String status, LocalDate dueOn, List<String> reasons) {}

    @AggregateIdentifier
    private String itemId;

    private AwarenessKey key;
    private LocalDate dueOn;
    private String acknowledgedBy;
    private final Set<String> reasons = new LinkedHashSet<>();
    private final Deadlines deadlines = new Deadlines(APPROACHING, DUE);

    protected AwarenessItem() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Result handle(RaiseAwareness command, AwarenessPolicy policy, DeadlineManager timers) {
        if (key == null) {
            AwarenessKey newKey = new AwarenessKey(
                    command.itemId(),
                    command.incidentId(),
                    command.providerOds(),
                    command.icbOds(),
                    command.framework());
            LocalDate due = policy.dueDate(England.dateOf(command.qualifiedAt()));
            apply(new AwarenessItemRaised(
                    newKey, List.copyOf(command.reasons()), command.neverEventType(), command.qualifiedAt(), due));
            // No warning before: the whole period is one working day.
            Deadlines.Scheduled set =
                    deadlines.schedule(AwarenessPolicy.ACKNOWLEDGE_DEADLINE, due, due, command.at(), timers);
            apply(new AwarenessDeadlineSet(
                    key, set.type(), set.dueOn(), set.dueAt(), set.approachingId(), set.breachId()));
        } else {
            List<String> added = command.reasons().stream()
                    .filter(reason -> !reasons.contains(reason))
                    .distinct()
                    .toList();
            if (!added.isEmpty()) {
                apply(new AwarenessReasonsAdded(key, added));
            }
        }
        return result();
    }

    @CommandHandler
    Result handle(Acknowledge command, DeadlineManager timers) {
        if (acknowledgedBy != null) {
            throw new AlreadyAcknowledged(acknowledgedBy);
        }
        apply(new AwarenessItemAcknowledged(key, command.by()));
        if (deadlines.stop(AwarenessPolicy.ACKNOWLEDGE_DEADLINE, timers)) {
            apply(new AwarenessDeadlineMet(key, AwarenessPolicy.ACKNOWLEDGE_DEADLINE));
        }
        return result();
    }

    @DeadlineHandler(deadlineName = APPROACHING)
    void approaching(DeadlineTrigger trigger) {
        // One working day has no useful warning point; the flag is the breach.
    }

    @DeadlineHandler(deadlineName = DUE)
    void due(DeadlineTrigger trigger) {
        deadlines
                .breached(trigger)
                .ifPresent(
                        d -> apply(new AwarenessItemUnacknowledged(key, d.type(), d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    private Result result() {
        return new Result(
                itemId,
                key.incidentId(),
                acknowledgedBy == null ? "unacknowledged" : "acknowledged",
                dueOn,
                List.copyOf(reasons));
    }

    @EventSourcingHandler
    void on(AwarenessItemRaised event) {
        itemId = event.key().itemId();
        key = event.key();
        dueOn = event.dueOn();
        reasons.addAll(event.reasons());
    }

    @EventSourcingHandler
    void on(AwarenessReasonsAdded event) {
        reasons.addAll(event.reasons());
    }

    @EventSourcingHandler
    void on(AwarenessItemAcknowledged event) {
        acknowledgedBy = event.by();
    }

    @EventSourcingHandler
    void on(AwarenessDeadlineSet event) {
        deadlines.recordSet(
                event.deadlineType(), event.dueOn(), event.dueAt(), event.approachingId(), event.breachId());
    }

    @EventSourcingHandler
    void on(AwarenessDeadlineMet event) {
        deadlines.recordState(event.deadlineType(), DeadlineState.MET);
    }

    @EventSourcingHandler
    void on(AwarenessItemUnacknowledged event) {
        deadlines.recordState(event.deadlineType(), DeadlineState.BREACHED);
    }
}
