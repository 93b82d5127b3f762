package uk.nhs.patientsafety.assurance.write.safetyaction;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.nhs.patientsafety.assurance.events.ActionEvents.*;
import uk.nhs.patientsafety.assurance.events.ActionKey;
import uk.nhs.patientsafety.assurance.events.ActionStatus;
import uk.nhs.patientsafety.assurance.reference.ActionPolicy;
import uk.nhs.patientsafety.assurance.write.safetyaction.ActionCommands.*;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineState;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineTrigger;
import uk.nhs.patientsafety.eventsourcing.deadlines.Deadlines;
import uk.nhs.patientsafety.reference.England;

/**
 * One safety action of an incident's response, in either framework (DOMAIN §4.2): proposed by the provider with its
 * SMART fields, agreed, in progress, evidence submitted, verified complete by the ICB or evidence rejected with
 * reasons; overdue when its due date passes without evidence, and then escalated by the ICB. It outlives the
 * closure of its incident: nothing here depends on the incident's or the case's status.
 */
public class SafetyAction {

    static final String DUE_SOON = "safety-action-approaching";
    static final String DUE = "safety-action-due";

    @AggregateIdentifier
    private String actionId;

    private ActionKey key;
    private ActionStatus status;
    private LocalDate dueOn;
    private String ownerOds;
    private boolean overdue;
    private final Deadlines deadlines = new Deadlines(DUE_SOON, DUE);

    protected SafetyAction() {}

    @CommandHandler
    public SafetyAction(ProposeSafetyAction command) {
        if (command.dueOn().isBefore(England.dateOf(command.at()))) {
            throw new RuleViolation("dueOn", "A safety action cannot be due in the past.");
        }
        apply(new SafetyActionProposed(
                new ActionKey(
                        command.actionId(),
                        command.planId(),
                        command.incidentId(),
                        command.providerOds(),
                        command.framework(),
                        command.commissionerOds()),
                command.description(),
                command.ownerOds(),
                command.ownerRole(),
                command.dueOn(),
                command.measureOfSuccess(),
                command.at()));
    }

    @CommandHandler
    ActionResult handle(AgreeSafetyAction command, ActionPolicy policy, DeadlineManager timers) {
        guard(command);
        apply(new SafetyActionAgreed(key, ownerOds, dueOn, command.by()));
        setDeadline(policy, command, timers);
        return result();
    }

    @CommandHandler
    ActionResult handle(StartSafetyAction command) {
        guard(command);
        apply(new SafetyActionStarted(key));
        return result();
    }

    @CommandHandler
    ActionResult handle(SubmitEvidence command, DeadlineManager timers) {
        guard(command);
        apply(new SafetyActionEvidenceSubmitted(key, command.evidence()));
        // The owner has done its part: the clock stops while the ICB looks at the evidence.
        if (deadlines.stop(ActionPolicy.ACTION_DEADLINE, timers)) {
            apply(new ActionDeadlineMet(key, ActionPolicy.ACTION_DEADLINE));
        }
        return result();
    }

    @CommandHandler
    ActionResult handle(RejectEvidence command, ActionPolicy policy, DeadlineManager timers) {
        guard(command);
        apply(new SafetyActionEvidenceRejected(key, command.reasons(), command.by()));
        // Back in progress against the same due date: if it has passed, the action is overdue at once.
        setDeadline(policy, command, timers);
        return result();
    }

    @CommandHandler
    ActionResult handle(VerifySafetyAction command) {
        guard(command);
        apply(new SafetyActionVerified(key, command.by()));
        return result();
    }

    @CommandHandler
    ActionResult handle(EscalateSafetyAction command) {
        guard(command);
        if (!overdue) {
            throw new RuleViolation(
                    "overdue", "Only an overdue safety action is escalated: this one is due on " + dueOn + ".");
        }
        apply(new SafetyActionEscalated(key, command.forum(), command.reason(), command.by()));
        return result();
    }

    @DeadlineHandler(deadlineName = DUE_SOON)
    void dueSoon(DeadlineTrigger trigger) {
        deadlines
                .approaching(trigger)
                .ifPresent(d -> apply(new ActionDueSoon(key, d.type(), d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    @DeadlineHandler(deadlineName = DUE)
    void due(DeadlineTrigger trigger) {
        deadlines
                .breached(trigger)
                .ifPresent(d ->
                        apply(new SafetyActionOverdue(key, d.type(), d.dueOn(), d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    private void setDeadline(ActionPolicy policy, Step command, DeadlineManager timers) {
        Deadlines.Scheduled set = deadlines.schedule(
                ActionPolicy.ACTION_DEADLINE, dueOn, policy.approachingOn(dueOn), command.at(), timers);
        apply(new ActionDeadlineSet(key, set.type(), set.dueOn(), set.dueAt(), set.approachingId(), set.breachId()));
    }

    private void guard(Step command) {
        if (!command.action().allowedIn(status)) {
            throw new IllegalTransition(command.action(), status);
        }
    }

    private ActionResult result() {
        return new ActionResult(actionId, key.incidentId(), status.code(), dueOn, overdue, Action.allowedFrom(status));
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    private void advance(ActionEvent event) {
        ActionStatus.after(event).ifPresent(next -> status = next);
    }

    @EventSourcingHandler
    void on(SafetyActionProposed event) {
        actionId = event.key().actionId();
        key = event.key();
        dueOn = event.dueOn();
        ownerOds = event.ownerOds();
        advance(event);
    }

    @EventSourcingHandler
    void on(SafetyActionAgreed event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(SafetyActionStarted event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(SafetyActionEvidenceSubmitted event) {
        overdue = false;
        advance(event);
    }

    @EventSourcingHandler
    void on(SafetyActionEvidenceRejected event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(SafetyActionVerified event) {
        overdue = false;
        advance(event);
    }

    @EventSourcingHandler
    void on(ActionDeadlineSet event) {
        deadlines.recordSet(
                event.deadlineType(), event.dueOn(), event.dueAt(), event.approachingId(), event.breachId());
    }

    @EventSourcingHandler
    void on(ActionDeadlineMet event) {
        deadlines.recordState(event.deadlineType(), DeadlineState.MET);
    }

    @EventSourcingHandler
    void on(ActionDueSoon event) {
        deadlines.recordWarned(event.deadlineType());
    }

    @EventSourcingHandler
    void on(SafetyActionOverdue event) {
        overdue = true;
        deadlines.recordState(event.deadlineType(), DeadlineState.BREACHED);
    }
}
