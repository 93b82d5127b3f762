package uk.nhs.patientsafety.summit.write.escalation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.nhs.patientsafety.eventsourcing.deadlines.Deadline;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineState;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineTrigger;
import uk.nhs.patientsafety.eventsourcing.deadlines.Deadlines;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.summit.events.EscalationEvents.*;
import uk.nhs.patientsafety.summit.events.EscalationStatus;
import uk.nhs.patientsafety.summit.reference.ClockPolicy;
import uk.nhs.patientsafety.summit.reference.Direction;
import uk.nhs.patientsafety.summit.write.escalation.EscalationCommands.*;
import uk.nhs.patientsafety.web.refusals.IllegalTransition;
import uk.nhs.patientsafety.web.refusals.RuleViolation;

/**
 * An escalation up the hierarchy, provider to ICB, ICB to region, region to national (DOMAIN §5.2, G3): raised, then
 * acknowledged within its SLA, considered, answered (decision, actions, owner), its feedback acknowledged by the
 * raiser, closed. It cannot close without a response and the raiser's acknowledgement. When the acknowledgement or
 * response clock passes it is overdue and goes one level up by itself, its history with it (one event stream); at
 * national level it stays overdue. SLAs are versioned configuration ({@link ClockPolicy}).
 */
public class Escalation {

    static final String CLOCK_APPROACHING = "escalation-clock-approaching";
    static final String CLOCK_DUE = "escalation-clock-due";
    public static final String ACKNOWLEDGEMENT = "acknowledgement";
    public static final String RESPONSE = "response";

    @AggregateIdentifier
    private String escalationId;

    private String providerOds;
    private String raisedByOds;
    private EscalationStatus status;
    private final List<Step> path = new ArrayList<>();
    private int level;
    private final Deadlines clocks = new Deadlines(CLOCK_APPROACHING, CLOCK_DUE);

    protected Escalation() {}

    @CommandHandler
    public Escalation(RaiseEscalation command, ClockPolicy policy, DeadlineManager timers) {
        if (command.path().isEmpty()) {
            throw new RuleViolation("direction", "An escalation needs someone to answer it.");
        }
        Step first = command.path().get(0);
        apply(new EscalationRaised(
                        command.escalationId(),
                        command.providerOds(),
                        command.region(),
                        first.direction(),
                        command.raisedByOds(),
                        first.recipientOds(),
                        command.path(),
                        command.summary(),
                        command.concernId(),
                        command.summitId(),
                        command.at()))
                // A creating handler's events apply once it returns: start the clock after that.
                .andThen(() -> startClock(ACKNOWLEDGEMENT, command.at(), policy, timers));
    }

    @CommandHandler
    EscalationResult handle(AcknowledgeEscalation command, ClockPolicy policy, DeadlineManager timers) {
        guard(command);
        apply(new EscalationAcknowledged(escalationId, providerOds, command.by()));
        meet(ACKNOWLEDGEMENT, timers);
        startClock(RESPONSE, command.at(), policy, timers);
        return result();
    }

    @CommandHandler
    EscalationResult handle(Respond command, DeadlineManager timers) {
        guard(command);
        apply(new EscalationResponseIssued(
                escalationId, providerOds, command.decision(), command.actions(), command.ownerOds(), command.by()));
        meet(RESPONSE, timers);
        return result();
    }

    @CommandHandler
    EscalationResult handle(AcknowledgeFeedback command) {
        guard(command);
        apply(new EscalationFeedbackAcknowledged(escalationId, providerOds, command.by()));
        return result();
    }

    @CommandHandler
    EscalationResult handle(CloseEscalation command) {
        guard(command);
        apply(new EscalationClosed(escalationId, providerOds, command.by()));
        return result();
    }

    @DeadlineHandler(deadlineName = CLOCK_APPROACHING)
    void approaching(DeadlineTrigger trigger) {
        clocks.approaching(trigger)
                .ifPresent(d -> apply(
                        new EscalationClockApproaching(escalationId, providerOds, d.type(), d.dueAt()),
                        Deadlines.BY_THE_CLOCK));
    }

    /** A clock passed: overdue, and one level up if there is one, where it must be acknowledged again. */
    @DeadlineHandler(deadlineName = CLOCK_DUE)
    void due(DeadlineTrigger trigger, ClockPolicy policy, DeadlineManager timers) {
        Optional<Deadline> passed = clocks.breached(trigger);
        if (passed.isEmpty()) {
            return;
        }
        Deadline clock = passed.get();
        Step current = path.get(level);
        Step next = level + 1 < path.size() ? path.get(level + 1) : null;
        apply(
                new EscalationOverdue(
                        escalationId,
                        providerOds,
                        clock.type(),
                        current.direction(),
                        current.recipientOds(),
                        clock.dueOn(),
                        clock.dueAt(),
                        next == null ? null : next.recipientOds()),
                Deadlines.BY_THE_CLOCK);
        if (next != null) {
            clocks.stopAll(timers);
            apply(
                    new EscalationReEscalated(
                            escalationId,
                            providerOds,
                            raisedByOds,
                            current.direction(),
                            next.direction(),
                            current.recipientOds(),
                            next.recipientOds(),
                            clock.type() + "_overdue"),
                    Deadlines.BY_THE_CLOCK);
            startClock(ACKNOWLEDGEMENT, clock.dueAt(), policy, timers);
        }
    }

    private void startClock(String stage, Instant now, ClockPolicy policy, DeadlineManager timers) {
        Direction direction = Direction.fromCode(path.get(level).direction()).orElseThrow();
        LocalDate start = England.dateOf(now);
        LocalDate dueOn = stage.equals(ACKNOWLEDGEMENT)
                ? policy.acknowledgeBy(direction, start)
                : policy.respondBy(direction, start);
        Deadlines.Scheduled set = clocks.schedule(stage, dueOn, policy.escalationApproachingOn(dueOn), now, timers);
        apply(
                new EscalationClockSet(
                        escalationId,
                        providerOds,
                        stage,
                        set.dueOn(),
                        set.dueAt(),
                        set.approachingId(),
                        set.breachId()),
                Deadlines.BY_THE_CLOCK);
    }

    private void meet(String stage, DeadlineManager timers) {
        if (clocks.stop(stage, timers)) {
            apply(new EscalationClockMet(escalationId, providerOds, stage));
        }
    }

    private void guard(LifecycleCommand command) {
        if (!command.action().allowedIn(status)) {
            throw new IllegalTransition(
                    "'" + command.action().code() + "' is not allowed in status '" + status.code() + "'.",
                    status.code(),
                    Action.allowedFrom(status));
        }
    }

    private EscalationResult result() {
        Step current = path.get(level);
        return new EscalationResult(
                escalationId,
                providerOds,
                current.direction(),
                current.recipientOds(),
                status.code(),
                Action.allowedFrom(status),
                clocks.all().stream()
                        .map(d -> new EscalationResult.Clock(
                                d.type(), d.dueOn(), d.state().code()))
                        .toList());
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    private void advance(EscalationEvent event) {
        EscalationStatus.after(event).ifPresent(next -> status = next);
    }

    @EventSourcingHandler
    void on(EscalationRaised event) {
        escalationId = event.escalationId();
        providerOds = event.providerOds();
        raisedByOds = event.raisedByOds();
        path.addAll(event.path());
        level = 0;
        advance(event);
    }

    @EventSourcingHandler
    void on(EscalationClockSet event) {
        clocks.recordSet(event.stage(), event.dueOn(), event.dueAt(), event.approachingId(), event.breachId());
    }

    @EventSourcingHandler
    void on(EscalationClockMet event) {
        clocks.recordState(event.stage(), DeadlineState.MET);
    }

    @EventSourcingHandler
    void on(EscalationClockApproaching event) {
        clocks.recordWarned(event.stage());
    }

    @EventSourcingHandler
    void on(EscalationOverdue event) {
        clocks.recordState(event.stage(), DeadlineState.BREACHED);
    }

    @EventSourcingHandler
    void on(EscalationReEscalated event) {
        level++;
        // The previous level's clocks no longer run: a new acknowledgement clock starts at the new level.
        for (Deadline clock : clocks.all()) {
            if (clock.state().running()) {
                clocks.recordState(clock.type(), DeadlineState.SUSPENDED);
            }
        }
        advance(event);
    }

    @EventSourcingHandler
    void on(EscalationAcknowledged event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(EscalationResponseIssued event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(EscalationFeedbackAcknowledged event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(EscalationClosed event) {
        advance(event);
    }
}
