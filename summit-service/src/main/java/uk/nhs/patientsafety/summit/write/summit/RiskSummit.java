package uk.nhs.patientsafety.summit.write.summit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineState;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineTrigger;
import uk.nhs.patientsafety.eventsourcing.deadlines.Deadlines;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.summit.events.SummitEvents.*;
import uk.nhs.patientsafety.summit.events.SummitStatus;
import uk.nhs.patientsafety.summit.reference.ClockPolicy;
import uk.nhs.patientsafety.summit.write.summit.SummitCommands.*;
import uk.nhs.patientsafety.web.refusals.IllegalTransition;
import uk.nhs.patientsafety.web.refusals.RuleViolation;

/**
 * A risk summit or rapid quality review about one provider (DOMAIN §5.1, §5.2): requested, convened with its chair,
 * date, invitees and intelligence pack, held, its outcomes recorded (actions with owners and due dates, the
 * escalation decision, whether to meet again, the communications line), then its actions in progress until a
 * follow-up summit is scheduled (and convened again) or it concludes. Each action is a deadline: overdue actions are
 * flagged to the chair. It cannot conclude with actions open or a follow-up it decided it needs.
 */
public class RiskSummit {

    static final String ACTION_APPROACHING = "summit-action-approaching";
    static final String ACTION_DUE = "summit-action-due";

    @AggregateIdentifier
    private String summitId;

    private String providerOds;
    private String format;
    private String convenorOds;
    private SummitStatus status;
    private int round;
    private LocalDate heldOn;
    private boolean followUpNeeded;
    private final Set<String> invitees = new LinkedHashSet<>();
    private final Set<String> attendees = new LinkedHashSet<>();
    /** Each agreed action: its owner and state ({@code assigned}, {@code completed}, {@code cancelled}). */
    private final Map<String, ActionState> actions = new LinkedHashMap<>();

    private final Deadlines deadlines = new Deadlines(ACTION_APPROACHING, ACTION_DUE);

    private record ActionState(String ownerOds, LocalDate dueOn, String state, boolean overdue) {
        ActionState in(String newState) {
            return new ActionState(ownerOds, dueOn, newState, overdue);
        }

        boolean open() {
            return state.equals("assigned");
        }
    }

    protected RiskSummit() {}

    @CommandHandler
    public RiskSummit(RequestRiskSummit command) {
        apply(new RiskSummitRequested(
                command.summitId(),
                command.providerOds(),
                command.format(),
                command.convenorOds(),
                command.concernId(),
                command.at()));
    }

    @CommandHandler
    SummitResult handle(Convene command) {
        guard(command);
        LocalDate today = England.dateOf(command.at());
        if (command.heldOn().isBefore(today)) {
            throw new RuleViolation("heldOn", "A summit is convened for today or a later date.");
        }
        apply(new RiskSummitConvened(
                summitId,
                providerOds,
                convenorOds,
                format,
                status == SummitStatus.REQUESTED ? 1 : round,
                command.chair(),
                command.heldOn(),
                command.invitees(),
                command.intelligencePack()));
        return result();
    }

    @CommandHandler
    SummitResult handle(RecordHeld command) {
        guard(command);
        if (England.dateOf(command.at()).isBefore(heldOn)) {
            throw new RuleViolation("attendees", "The summit is convened for " + heldOn + ": it has not met yet.");
        }
        apply(new RiskSummitHeld(summitId, providerOds, round, command.attendees()));
        return result();
    }

    @CommandHandler
    SummitResult handle(RecordOutcomes command, ClockPolicy policy, DeadlineManager timers) {
        guard(command);
        LocalDate today = England.dateOf(command.at());
        for (int i = 0; i < command.actions().size(); i++) {
            AgreedAction action = command.actions().get(i);
            if (!action.dueOn().isAfter(today)) {
                throw new RuleViolation("actions[" + i + "].dueOn", "An agreed action is due after today.");
            }
            if (actions.containsKey(action.actionId())) {
                throw new RuleViolation("actions[" + i + "]", "This action was agreed already.");
            }
        }
        Set<String> participants = new LinkedHashSet<>();
        participants.add(convenorOds);
        participants.add(providerOds);
        participants.addAll(invitees);
        participants.addAll(attendees);
        apply(new RiskSummitOutcomeRecorded(
                summitId,
                providerOds,
                round,
                command.escalationDecision(),
                command.followUpNeeded(),
                command.communicationsLine(),
                List.copyOf(participants),
                command.actions().size()));
        for (AgreedAction action : command.actions()) {
            Deadlines.Scheduled set = deadlines.schedule(
                    action.actionId(),
                    action.dueOn(),
                    policy.summitActionApproachingOn(action.dueOn()),
                    command.at(),
                    timers);
            apply(new RiskSummitActionAssigned(
                    summitId,
                    providerOds,
                    action.actionId(),
                    round,
                    action.description(),
                    action.ownerOds(),
                    set.dueOn(),
                    set.dueAt(),
                    set.approachingId(),
                    set.breachId()));
        }
        return result();
    }

    @CommandHandler
    SummitResult handle(ScheduleFollowUp command) {
        guard(command);
        if (!command.heldOn().isAfter(England.dateOf(command.at()))) {
            throw new RuleViolation("heldOn", "A follow-up summit is scheduled for a later date.");
        }
        apply(new FollowUpSummitScheduled(summitId, providerOds, round + 1, command.heldOn()));
        return result();
    }

    @CommandHandler
    SummitResult handle(Conclude command) {
        guard(command);
        if (followUpNeeded) {
            throw new RuleViolation(
                    "followUpNeeded", "The summit decided it must meet again: schedule the follow-up summit.");
        }
        List<String> open = actions.entrySet().stream()
                .filter(e -> e.getValue().open())
                .map(Map.Entry::getKey)
                .toList();
        if (!open.isEmpty()) {
            throw new RuleViolation(
                    "actions", "Actions are still open (" + open.size() + "): complete or cancel them first.");
        }
        apply(new RiskSummitConcluded(summitId, providerOds, command.deescalatedTo()));
        return result();
    }

    @CommandHandler
    SummitResult handle(CompleteSummitAction command, DeadlineManager timers) {
        guard(command);
        openAction(command.actionId());
        deadlines.stop(command.actionId(), timers);
        apply(new SummitActionCompleted(summitId, providerOds, command.actionId(), command.by()));
        return result();
    }

    @CommandHandler
    SummitResult handle(CancelSummitAction command, DeadlineManager timers) {
        guard(command);
        openAction(command.actionId());
        deadlines.stop(command.actionId(), timers);
        apply(new SummitActionCancelled(summitId, providerOds, command.actionId(), command.reason()));
        return result();
    }

    @DeadlineHandler(deadlineName = ACTION_APPROACHING)
    void approaching(DeadlineTrigger trigger) {
        deadlines
                .approaching(trigger)
                .ifPresent(d -> apply(
                        new SummitActionApproaching(summitId, providerOds, d.type(), d.dueAt()),
                        Deadlines.BY_THE_CLOCK));
    }

    @DeadlineHandler(deadlineName = ACTION_DUE)
    void due(DeadlineTrigger trigger) {
        deadlines.breached(trigger).ifPresent(d -> {
            ActionState action = actions.get(d.type());
            if (action != null && action.open()) {
                apply(
                        new RiskSummitActionOverdue(
                                summitId, providerOds, d.type(), action.ownerOds(), convenorOds, d.dueOn(), d.dueAt()),
                        Deadlines.BY_THE_CLOCK);
            }
        });
    }

    private void openAction(String actionId) {
        ActionState action = actions.get(actionId);
        if (action == null) {
            throw new RuleViolation("actionId", "The summit agreed no such action.");
        }
        if (!action.open()) {
            throw new IllegalTransition("This action is " + action.state() + " already.", action.state(), List.of());
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

    private SummitResult result() {
        List<SummitResult.ActionItem> items = new ArrayList<>();
        actions.forEach((id, a) -> items.add(new SummitResult.ActionItem(
                id, a.ownerOds(), a.dueOn(), a.open() && a.overdue() ? "overdue" : a.state())));
        return new SummitResult(summitId, providerOds, format, status.code(), round, Action.allowedFrom(status), items);
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    private void advance(SummitEvent event) {
        SummitStatus.after(event).ifPresent(next -> status = next);
    }

    @EventSourcingHandler
    void on(RiskSummitRequested event) {
        summitId = event.summitId();
        providerOds = event.providerOds();
        format = event.format();
        convenorOds = event.convenorOds();
        advance(event);
    }

    @EventSourcingHandler
    void on(RiskSummitConvened event) {
        round = event.round();
        heldOn = event.heldOn();
        invitees.addAll(event.invitees());
        advance(event);
    }

    @EventSourcingHandler
    void on(RiskSummitHeld event) {
        attendees.addAll(event.attendees());
        advance(event);
    }

    @EventSourcingHandler
    void on(RiskSummitOutcomeRecorded event) {
        followUpNeeded = event.followUpNeeded();
        advance(event);
    }

    @EventSourcingHandler
    void on(RiskSummitActionAssigned event) {
        deadlines.recordSet(event.actionId(), event.dueOn(), event.dueAt(), event.approachingId(), event.breachId());
        actions.put(event.actionId(), new ActionState(event.ownerOds(), event.dueOn(), "assigned", false));
    }

    @EventSourcingHandler
    void on(SummitActionApproaching event) {
        deadlines.recordWarned(event.actionId());
    }

    @EventSourcingHandler
    void on(RiskSummitActionOverdue event) {
        deadlines.recordState(event.actionId(), DeadlineState.BREACHED);
        actions.computeIfPresent(
                event.actionId(), (id, a) -> new ActionState(a.ownerOds(), a.dueOn(), a.state(), true));
    }

    @EventSourcingHandler
    void on(SummitActionCompleted event) {
        deadlines.recordState(event.actionId(), DeadlineState.MET);
        actions.computeIfPresent(event.actionId(), (id, a) -> a.in("completed"));
    }

    @EventSourcingHandler
    void on(SummitActionCancelled event) {
        deadlines.recordState(event.actionId(), DeadlineState.SUSPENDED);
        actions.computeIfPresent(event.actionId(), (id, a) -> a.in("cancelled"));
    }

    @EventSourcingHandler
    void on(FollowUpSummitScheduled event) {
        round = event.round();
        heldOn = event.heldOn();
        followUpNeeded = false;
        attendees.clear();
        advance(event);
    }

    @EventSourcingHandler
    void on(RiskSummitConcluded event) {
        advance(event);
    }
}
