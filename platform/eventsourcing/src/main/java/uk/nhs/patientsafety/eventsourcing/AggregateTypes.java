package uk.nhs.patientsafety.eventsourcing;

import java.util.List;

/**
 * Declares a service's event-sourced aggregates. Aggregates are not CDI beans (Axon builds them), so a service lists
 * them in one bean implementing this interface; event, query and command handler beans are found on their own.
 */
public interface AggregateTypes {

    List<Class<?>> aggregates();
}
