package uk.nhs.patientsafety.eventsourcing.counter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.patientsafety.eventsourcing.AggregateTypes;

@ApplicationScoped
public class CounterAggregates implements AggregateTypes {

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Counter.class);
    }
}
