package uk.nhs.patientsafety.summit.write.level;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineState;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineTrigger;
import uk.nhs.patientsafety.eventsourcing.deadlines.Deadlines;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.summit.events.LevelEvents.*;
import uk.nhs.patientsafety.summit.reference.ClockPolicy;
import uk.nhs.patientsafety.summit.reference.EscalationLevels;
import uk.nhs.patientsafety.web.refusals.RuleViolation;

/**
 * One provider's escalation level (DOMAIN §5.1, §5.2): routine ⇄ enhanced surveillance ⇄ intensive support, names
 * from versioned configuration ({@link EscalationLevels}, {@code [UNV]}). Every provider starts at the lowest level;
 * each change moves one step, records the decision-maker, rationale and review date, and the review date is a
 * deadline flagged when it passes without a new decision.
 */
public class ProviderEscalationStatus {

    static final String REVIEW_APPROACHING = "level-review-approaching";
    static final String REVIEW_DUE = "level-review-due";
    static final String REVIEW = "review";

    @AggregateIdentifier
    private String providerOds;

    private String level;
    private final Deadlines deadlines = new Deadlines(REVIEW_APPROACHING, REVIEW_DUE);

    protected ProviderEscalationStatus() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    LevelResult handle(ChangeLevel command, EscalationLevels levels, ClockPolicy policy, DeadlineManager timers) {
        List<String> names = levels.on(England.dateOf(command.at()));
        String from = level != null ? level : names.get(0);
        int now = names.indexOf(from);
        int to = names.indexOf(command.toLevel());
        if (to < 0) {
            throw new RuleViolation("toLevel", "Levels are " + names + ".");
        }
        if (to == now) {
            throw new RuleViolation("toLevel", "The provider is at " + from + " already.");
        }
        if (now >= 0 && Math.abs(to - now) != 1) {
            throw new RuleViolation(
                    "toLevel",
                    "A level changes one step at a time: from " + from + " to " + stepsFrom(names, now) + ".");
        }
        if (!command.reviewOn().isAfter(England.dateOf(command.at()))) {
            throw new RuleViolation("reviewOn", "The review date must be after today.");
        }
        apply(new EscalationLevelChanged(
                command.providerOds(),
                from,
                command.toLevel(),
                command.decisionMaker(),
                command.decidedByOds(),
                command.rationale(),
                command.reviewOn()));
        Deadlines.Scheduled set = deadlines.schedule(
                REVIEW, command.reviewOn(), policy.levelReviewApproachingOn(command.reviewOn()), command.at(), timers);
        apply(new LevelReviewScheduled(
                command.providerOds(), set.dueOn(), set.dueAt(), set.approachingId(), set.breachId()));
        return new LevelResult(command.providerOds(), command.toLevel(), from, command.reviewOn());
    }

    private static String stepsFrom(List<String> names, int index) {
        StringBuilder steps = new StringBuilder();
        if (index > 0) {
            steps.append(names.get(index - 1));
        }
        if (index + 1 < names.size()) {
            steps.append(steps.isEmpty() ? "" : " or ").append(names.get(index + 1));
        }
        return steps.toString();
    }

    @DeadlineHandler(deadlineName = REVIEW_APPROACHING)
    void approaching(DeadlineTrigger trigger) {
        deadlines
                .approaching(trigger)
                .ifPresent(d -> apply(new LevelReviewApproaching(providerOds, d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    @DeadlineHandler(deadlineName = REVIEW_DUE)
    void due(DeadlineTrigger trigger) {
        deadlines
                .breached(trigger)
                .ifPresent(
                        d -> apply(new LevelReviewOverdue(providerOds, d.dueOn(), d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    @EventSourcingHandler
    void on(EscalationLevelChanged event) {
        providerOds = event.providerOds();
        level = event.toLevel();
    }

    @EventSourcingHandler
    void on(LevelReviewScheduled event) {
        deadlines.recordSet(REVIEW, event.dueOn(), event.dueAt(), event.approachingId(), event.breachId());
    }

    @EventSourcingHandler
    void on(LevelReviewApproaching event) {
        deadlines.recordWarned(REVIEW);
    }

    @EventSourcingHandler
    void on(LevelReviewOverdue event) {
        deadlines.recordState(REVIEW, DeadlineState.BREACHED);
    }
}
