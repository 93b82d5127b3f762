package uk.nhs.patientsafety.eventsourcing.deadlines;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A test aggregate holding {@link Deadlines} as a real one does: it decides, applies its events, evolves. */
public class Errand {

    static final String APPROACHING = "errand-deadline-approaching";
    static final String DUE = "errand-deadline-due";

    public record Start(@TargetAggregateIdentifier String id) {}

    public record SetDue(
            @TargetAggregateIdentifier String id, String type, LocalDate dueOn, LocalDate warnOn, Instant at) {}

    public record Finish(@TargetAggregateIdentifier String id, String type) {}

    public record PauseAll(@TargetAggregateIdentifier String id) {}

    public record Started(String id) {}

    public record DueSet(
            String id, String type, LocalDate dueOn, Instant dueAt, String approachingId, String breachId) {}

    public record Finished(String id, String type) {}

    public record Paused(String id, String type) {}

    public record Approaching(String id, String type, Instant dueAt) {}

    public record Breached(String id, String type, Instant dueAt) {}

    @AggregateIdentifier
    private String id;

    private final Deadlines deadlines = new Deadlines(APPROACHING, DUE);

    protected Errand() {}

    @CommandHandler
    public Errand(Start command) {
        apply(new Started(command.id()));
    }

    @CommandHandler
    void handle(SetDue command, DeadlineManager timers) {
        Deadlines.Scheduled s =
                deadlines.schedule(command.type(), command.dueOn(), command.warnOn(), command.at(), timers);
        apply(new DueSet(id, s.type(), s.dueOn(), s.dueAt(), s.approachingId(), s.breachId()));
    }

    @CommandHandler
    void handle(Finish command, DeadlineManager timers) {
        if (deadlines.stop(command.type(), timers)) {
            apply(new Finished(id, command.type()));
        }
    }

    @CommandHandler
    void handle(PauseAll command, DeadlineManager timers) {
        deadlines.stopAll(timers).forEach(type -> apply(new Paused(id, type)));
    }

    @DeadlineHandler(deadlineName = APPROACHING)
    void approaching(DeadlineTrigger trigger) {
        deadlines.approaching(trigger).ifPresent(d -> apply(new Approaching(id, d.type(), d.dueAt())));
    }

    @DeadlineHandler(deadlineName = DUE)
    void due(DeadlineTrigger trigger) {
        deadlines.breached(trigger).ifPresent(d -> apply(new Breached(id, d.type(), d.dueAt())));
    }

    @EventSourcingHandler
    void on(Started event) {
        id = event.id();
    }

    @EventSourcingHandler
    void on(DueSet event) {
        deadlines.recordSet(event.type(), event.dueOn(), event.dueAt(), event.approachingId(), event.breachId());
    }

    @EventSourcingHandler
    void on(Finished event) {
        deadlines.recordState(event.type(), DeadlineState.MET);
    }

    @EventSourcingHandler
    void on(Paused event) {
        deadlines.recordState(event.type(), DeadlineState.SUSPENDED);
    }

    @EventSourcingHandler
    void on(Approaching event) {
        deadlines.recordWarned(event.type());
    }

    @EventSourcingHandler
    void on(Breached event) {
        deadlines.recordState(event.type(), DeadlineState.BREACHED);
    }
}
