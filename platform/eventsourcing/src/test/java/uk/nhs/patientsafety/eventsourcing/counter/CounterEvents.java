package uk.nhs.patientsafety.eventsourcing.counter;

import java.time.Duration;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** A deliberately small aggregate's commands and events, to exercise the platform's wiring. */
public final class CounterEvents {

    private CounterEvents() {}

    public record OpenCounter(@TargetAggregateIdentifier String counterId, String label) {}

    public record Increment(@TargetAggregateIdentifier String counterId) {}

    public record ScheduleReminder(@TargetAggregateIdentifier String counterId, Duration after) {}

    /** Revision 2 added {@code label}; {@link CounterOpened_1_to_2Upcaster} fills it in for revision 1 events. */
    @Revision("2")
    public record CounterOpened(String counterId, String label) {}

    public record CounterIncremented(String counterId, int value) {}

    public record ReminderScheduled(String counterId) {}

    public record ReminderFired(String counterId) {}
}
