package uk.nhs.patientsafety.eventsourcing.counter;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents.CounterIncremented;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents.CounterOpened;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents.Increment;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents.OpenCounter;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents.ReminderFired;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents.ReminderScheduled;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents.ScheduleReminder;

public class Counter {

    static final String REMINDER = "counter-reminder";

    @AggregateIdentifier
    private String counterId;

    private int value;

    protected Counter() {}

    @CommandHandler
    public Counter(OpenCounter command) {
        apply(new CounterOpened(command.counterId(), command.label()));
    }

    @CommandHandler
    int handle(Increment command) {
        int previous = value;
        apply(new CounterIncremented(counterId, value + 1));
        return previous;
    }

    /** Takes the deadline manager as a handler parameter, as aggregates do with any platform bean. */
    @CommandHandler
    void handle(ScheduleReminder command, DeadlineManager deadlines) {
        deadlines.schedule(command.after(), REMINDER);
        apply(new ReminderScheduled(counterId));
    }

    @DeadlineHandler(deadlineName = REMINDER)
    void remind() {
        apply(new ReminderFired(counterId));
    }

    @EventSourcingHandler
    void on(CounterOpened event) {
        counterId = event.counterId();
    }

    @EventSourcingHandler
    void on(CounterIncremented event) {
        value = event.value();
    }
}
