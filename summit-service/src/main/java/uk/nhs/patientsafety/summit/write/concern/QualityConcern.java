package uk.nhs.patientsafety.summit.write.concern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineState;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineTrigger;
import uk.nhs.patientsafety.eventsourcing.deadlines.Deadlines;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.summit.events.ConcernEvents.*;
import uk.nhs.patientsafety.summit.events.ConcernStatus;
import uk.nhs.patientsafety.summit.reference.ClockPolicy;
import uk.nhs.patientsafety.summit.write.concern.ConcernCommands.*;
import uk.nhs.patientsafety.web.refusals.IllegalTransition;
import uk.nhs.patientsafety.web.refusals.RuleViolation;

/**
 * A quality concern, the input signal from any organisation (DOMAIN §5.2): raised, then screened to no action (with
 * the reason), monitoring (until a review date, a deadline that is flagged when it passes) or a summit request; then
 * closed. Every lifecycle command checks {@link Action}'s table first.
 */
public class QualityConcern {

    static final String REVIEW_APPROACHING = "concern-review-approaching";
    static final String REVIEW_DUE = "concern-review-due";
    static final String REVIEW = "review";

    @AggregateIdentifier
    private String concernId;

    private String providerOds;
    private ConcernStatus status;
    private LocalDate reviewOn;
    private String summitId;
    private final Deadlines deadlines = new Deadlines(REVIEW_APPROACHING, REVIEW_DUE);

    protected QualityConcern() {}

    @CommandHandler
    public QualityConcern(RaiseConcern command) {
        apply(new QualityConcernRaised(
                command.concernId(),
                command.providerOds(),
                command.service(),
                command.source(),
                command.raisedByOds(),
                command.description(),
                command.linkedIncidents(),
                command.rule(),
                command.at()));
    }

    @CommandHandler
    ConcernResult handle(ScreenConcern command, ClockPolicy policy, DeadlineManager timers) {
        guard(command);
        endReview(timers);
        if ("monitor".equals(command.outcome())) {
            if (command.reviewOn() == null) {
                throw new RuleViolation("reviewOn", "Monitoring needs a review date.");
            }
            if (!command.reviewOn().isAfter(England.dateOf(command.at()))) {
                throw new RuleViolation("reviewOn", "The review date must be after today.");
            }
            apply(new QualityConcernScreened(
                    concernId, providerOds, command.outcome(), command.reason(), command.reviewOn(), command.by()));
            Deadlines.Scheduled set = deadlines.schedule(
                    REVIEW,
                    command.reviewOn(),
                    policy.concernReviewApproachingOn(command.reviewOn()),
                    command.at(),
                    timers);
            apply(new ConcernReviewScheduled(
                    concernId, providerOds, set.dueOn(), set.dueAt(), set.approachingId(), set.breachId()));
        } else {
            if (command.reason() == null || command.reason().isBlank()) {
                throw new RuleViolation("reason", "Deciding to take no action needs the reason.");
            }
            apply(new QualityConcernScreened(
                    concernId, providerOds, command.outcome(), command.reason(), null, command.by()));
        }
        return result();
    }

    @CommandHandler
    ConcernResult handle(RequestSummit command, DeadlineManager timers) {
        guard(command);
        endReview(timers);
        apply(new ConcernSummitRequested(concernId, providerOds, command.summitId(), command.format(), command.by()));
        return result();
    }

    @CommandHandler
    ConcernResult handle(CloseConcern command, DeadlineManager timers) {
        guard(command);
        endReview(timers);
        apply(new QualityConcernClosed(concernId, providerOds, command.reason(), command.by()));
        return result();
    }

    @DeadlineHandler(deadlineName = REVIEW_APPROACHING)
    void approaching(DeadlineTrigger trigger) {
        deadlines
                .approaching(trigger)
                .ifPresent(d ->
                        apply(new ConcernReviewApproaching(concernId, providerOds, d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    @DeadlineHandler(deadlineName = REVIEW_DUE)
    void due(DeadlineTrigger trigger) {
        deadlines
                .breached(trigger)
                .ifPresent(d ->
                        apply(new ConcernReviewOverdue(concernId, providerOds, d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    private void endReview(DeadlineManager timers) {
        if (deadlines.stop(REVIEW, timers)) {
            apply(new ConcernReviewEnded(concernId, providerOds));
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

    private ConcernResult result() {
        return new ConcernResult(concernId, providerOds, status.code(), Action.allowedFrom(status), reviewOn, summitId);
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    private void advance(ConcernEvent event) {
        ConcernStatus.after(event).ifPresent(next -> status = next);
    }

    @EventSourcingHandler
    void on(QualityConcernRaised event) {
        concernId = event.concernId();
        providerOds = event.providerOds();
        advance(event);
    }

    @EventSourcingHandler
    void on(QualityConcernScreened event) {
        reviewOn = event.reviewOn();
        advance(event);
    }

    @EventSourcingHandler
    void on(ConcernReviewScheduled event) {
        deadlines.recordSet(REVIEW, event.dueOn(), event.dueAt(), event.approachingId(), event.breachId());
    }

    @EventSourcingHandler
    void on(ConcernReviewApproaching event) {
        deadlines.recordWarned(REVIEW);
    }

    @EventSourcingHandler
    void on(ConcernReviewOverdue event) {
        deadlines.recordState(REVIEW, DeadlineState.BREACHED);
    }

    @EventSourcingHandler
    void on(ConcernReviewEnded event) {
        deadlines.recordState(REVIEW, DeadlineState.MET);
        reviewOn = null;
    }

    @EventSourcingHandler
    void on(ConcernSummitRequested event) {
        summitId = event.summitId();
        advance(event);
    }

    @EventSourcingHandler
    void on(QualityConcernClosed event) {
        advance(event);
    }
}
