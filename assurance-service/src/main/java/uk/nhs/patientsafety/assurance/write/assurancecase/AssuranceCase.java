package uk.nhs.patientsafety.assurance.write.assurancecase;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.nhs.patientsafety.assurance.events.CaseEvents.*;
import uk.nhs.patientsafety.assurance.events.CaseKey;
import uk.nhs.patientsafety.assurance.events.CaseStatus;
import uk.nhs.patientsafety.assurance.reference.ReviewPolicy;
import uk.nhs.patientsafety.assurance.write.assurancecase.CaseCommands.*;
import uk.nhs.patientsafety.eventsourcing.deadlines.Deadline;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineState;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineTrigger;
import uk.nhs.patientsafety.eventsourcing.deadlines.Deadlines;
import uk.nhs.patientsafety.reference.England;

/**
 * The lead commissioner's assurance of one serious incident's investigation (DOMAIN §4.1, §4.2): opened when the
 * provider's report arrives, reviewed within the review period of receipt, sent back for further information (the
 * next report is a resubmission, reviewed again with a new due date), closed, refused closure with reasons, or
 * escalated to a quality forum. Every lifecycle command checks {@link Action}'s table first.
 */
public class AssuranceCase {

    static final String DEADLINE_APPROACHING = "assurance-review-approaching";
    static final String DEADLINE_DUE = "assurance-review-due";

    @AggregateIdentifier
    private String caseId;

    private CaseKey key;
    private CaseStatus status;
    private int submission;
    private int reviewedSubmission;
    private final Set<String> openActions = new LinkedHashSet<>();
    private final Deadlines deadlines = new Deadlines(DEADLINE_APPROACHING, DEADLINE_DUE);

    protected AssuranceCase() {}

    /**
     * A report for the case's incident: the first opens the case; any later one (after further information was
     * requested, or the incident was reopened) is a resubmission, in review again with a new due date.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(ReceiveReport command, ReviewPolicy policy, DeadlineManager timers) {
        LocalDate received = England.dateOf(command.receivedAt());
        String commissioner = key == null ? command.commissionerOds() : key.commissionerOds();
        LocalDate due = policy.dueDate(commissioner, received);
        if (key == null) {
            CaseKey newKey = new CaseKey(
                    command.caseId(),
                    command.incidentId(),
                    command.providerOds(),
                    command.commissionerOds(),
                    command.framework());
            apply(new AssuranceCaseOpened(newKey, command.receivedAt(), due));
        } else {
            apply(new ReportResubmitted(key, submission + 1, command.receivedAt(), due));
        }
        Deadlines.Scheduled set =
                deadlines.schedule(ReviewPolicy.REVIEW_DEADLINE, due, policy.approachingOn(due), command.at(), timers);
        apply(new DeadlineSet(
                key,
                set.type(),
                set.dueOn(),
                set.dueAt(),
                policy.reviewDuration(commissioner, received).text(),
                set.approachingId(),
                set.breachId()));
        return result();
    }

    @CommandHandler
    CommandResult handle(StartReview command) {
        guard(command);
        apply(new AssuranceReviewStarted(key, command.by()));
        return result();
    }

    @CommandHandler
    CommandResult handle(RecordReview command) {
        guard(command);
        apply(new ReviewRecorded(
                key,
                submission,
                command.method(),
                command.panel(),
                command.checklist(),
                command.comments(),
                command.by()));
        return result();
    }

    @CommandHandler
    CommandResult handle(RequestFurtherInformation command, DeadlineManager timers) {
        guard(command);
        apply(new FurtherInformationRequested(key, command.request(), command.by()));
        meetReview(timers);
        return result();
    }

    @CommandHandler
    CommandResult handle(AgreeClosure command, DeadlineManager timers) {
        guard(command);
        if (reviewedSubmission != submission) {
            throw new RuleViolation(
                    "review",
                    "Record the review of submission " + submission
                            + " (method, panel and quality checklist) before agreeing closure.");
        }
        if (!openActions.isEmpty() && !command.monitoringAgreed()) {
            throw new RuleViolation(
                    "monitoringAgreed",
                    openActions.size() + " safety action(s) are still open: a serious incident closes with open"
                            + " actions only when monitoring of the action plan is agreed.");
        }
        apply(new ClosureAgreed(
                key,
                command.monitoringAgreed(),
                command.monitoringArrangement(),
                openActions.size(),
                command.comments(),
                command.by()));
        meetReview(timers);
        return result();
    }

    @CommandHandler
    CommandResult handle(RefuseClosure command, DeadlineManager timers) {
        guard(command);
        apply(new ClosureRefused(key, command.reasonCodes(), command.comments(), command.by()));
        meetReview(timers);
        return result();
    }

    @CommandHandler
    CommandResult handle(EscalateToQualityForum command, DeadlineManager timers) {
        guard(command);
        apply(new EscalatedToQualityForum(key, command.forum(), command.reason(), command.by()));
        // The forum decides on its own timetable: the review clock stops while it does.
        if (deadlines.stop(ReviewPolicy.REVIEW_DEADLINE, timers)) {
            apply(new DeadlineSuspended(key, ReviewPolicy.REVIEW_DEADLINE));
        }
        return result();
    }

    @CommandHandler
    void handle(NoteActionOpened command) {
        if (!openActions.contains(command.actionId())) {
            apply(new CaseActionOpened(key, command.actionId()));
        }
    }

    @CommandHandler
    void handle(NoteActionCompleted command) {
        if (openActions.contains(command.actionId())) {
            apply(new CaseActionCompleted(key, command.actionId()));
        }
    }

    // ---- clock ---------------------------------------------------------------------------------------------------

    @DeadlineHandler(deadlineName = DEADLINE_APPROACHING)
    void approaching(DeadlineTrigger trigger) {
        deadlines
                .approaching(trigger)
                .ifPresent(d -> apply(new DeadlineApproaching(key, d.type(), d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    @DeadlineHandler(deadlineName = DEADLINE_DUE)
    void due(DeadlineTrigger trigger) {
        deadlines
                .breached(trigger)
                .ifPresent(d -> apply(new DeadlineBreached(key, d.type(), d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    /** A decision meets the review deadline, late if it was already breached. */
    private void meetReview(DeadlineManager timers) {
        if (deadlines.stop(ReviewPolicy.REVIEW_DEADLINE, timers)) {
            apply(new DeadlineMet(key, ReviewPolicy.REVIEW_DEADLINE));
        }
    }

    private void guard(LifecycleCommand command) {
        if (!command.action().allowedIn(status)) {
            throw new IllegalTransition(command.action(), status);
        }
    }

    private CommandResult result() {
        Optional<Deadline> review = deadlines.get(ReviewPolicy.REVIEW_DEADLINE);
        return new CommandResult(
                caseId,
                key.incidentId(),
                key.providerOds(),
                status.code(),
                submission,
                Action.allowedFrom(status),
                review.map(d -> new CommandResult.Review(
                                d.dueOn(), d.dueAt(), d.state().code()))
                        .orElse(null));
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    private void advance(CaseEvent event) {
        CaseStatus.after(event).ifPresent(next -> status = next);
    }

    @EventSourcingHandler
    void on(AssuranceCaseOpened event) {
        caseId = event.key().caseId();
        key = event.key();
        submission = 1;
        advance(event);
    }

    @EventSourcingHandler
    void on(AssuranceReviewStarted event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(ReviewRecorded event) {
        reviewedSubmission = event.submission();
    }

    @EventSourcingHandler
    void on(FurtherInformationRequested event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(ReportResubmitted event) {
        submission = event.submission();
        advance(event);
    }

    @EventSourcingHandler
    void on(ClosureAgreed event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(ClosureRefused event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(EscalatedToQualityForum event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(CaseActionOpened event) {
        openActions.add(event.actionId());
    }

    @EventSourcingHandler
    void on(CaseActionCompleted event) {
        openActions.remove(event.actionId());
    }

    @EventSourcingHandler
    void on(DeadlineSet event) {
        deadlines.recordSet(
                event.deadlineType(), event.dueOn(), event.dueAt(), event.approachingId(), event.breachId());
    }

    @EventSourcingHandler
    void on(DeadlineMet event) {
        deadlines.recordState(event.deadlineType(), DeadlineState.MET);
    }

    @EventSourcingHandler
    void on(DeadlineSuspended event) {
        deadlines.recordState(event.deadlineType(), DeadlineState.SUSPENDED);
    }

    @EventSourcingHandler
    void on(DeadlineApproaching event) {
        deadlines.recordWarned(event.deadlineType());
    }

    @EventSourcingHandler
    void on(DeadlineBreached event) {
        deadlines.recordState(event.deadlineType(), DeadlineState.BREACHED);
    }
}
